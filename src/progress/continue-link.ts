/** Fills the home page's "continue where you left off" link (`[data-continue]`) from the last lesson visit. */
import { browserStorage } from "./browser-storage.ts";
import { lastVisit } from "./last-visit.ts";

/** Shows the link when the learner has opened a lesson before (and the lesson still exists). */
export function showContinueLink(): void {
  const box = document.querySelector<HTMLElement>("[data-continue]");
  const link = box?.querySelector<HTMLAnchorElement>("a");
  const visit = lastVisit(browserStorage());
  if (!box || !link || !visit) return;
  const known = document.querySelector<HTMLAnchorElement>(
    `[data-progress-lesson="${CSS.escape(visit.slug)}"] a`,
  );
  if (!known) return;
  link.href = known.href;
  link.textContent = known.querySelector(".ll-map-title")?.textContent ?? visit.title;
  box.hidden = false;
}
