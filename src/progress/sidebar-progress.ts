/**
 * The sidebar's lesson links with the learner's progress ("2/3": exercises passed of the lesson's
 * exercises), kept current after a Check on the page or in another tab; and the visit of a lesson page,
 * remembered for the home page's "continue where you left off".
 *
 * The lesson → exercises map comes from the page (`<script type="application/json"
 * data-lesson-exercises>`, written by `src/components/Sidebar.astro`).
 */
import { browserStorage } from "./browser-storage.ts";
import { recordVisit } from "./last-visit.ts";
import { loadProgress, STORAGE_KEY } from "./progress-store.ts";

function exercisesByLesson(): Record<string, string[]> {
  const data = document.querySelector("script[data-lesson-exercises]")?.textContent;
  try {
    return JSON.parse(data ?? "{}") as Record<string, string[]>;
  } catch {
    return {};
  }
}

function render(map: Record<string, string[]>): void {
  const doc = loadProgress(browserStorage());
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-lesson]")) {
    const slugs = map[link.dataset.lesson ?? ""] ?? [];
    if (slugs.length === 0) continue;
    const passed = slugs.filter((slug) => doc.exercises[slug]?.passed).length;
    let mark = link.querySelector<HTMLElement>(".ll-side-progress");
    if (!mark) {
      mark = document.createElement("span");
      mark.className = "ll-side-progress";
      link.append(mark);
    }
    mark.dataset.complete = String(passed === slugs.length);
    mark.replaceChildren(
      Object.assign(document.createElement("span"), {
        className: "sr-only",
        textContent: passedLabel,
      }),
      `${passed}/${slugs.length}`,
    );
  }
}

const map = exercisesByLesson();
/** What a screen reader hears before the marks, in the page's language (from Sidebar.astro). */
const passedLabel =
  document.querySelector<HTMLElement>("script[data-lesson-exercises]")?.dataset.passedLabel ?? "";
render(map);
window.addEventListener("storage", (event) => {
  if (event.key === STORAGE_KEY) render(map);
});
// A Check on this page (the playgrounds' bubbling `looplab:graded` event).
document.addEventListener("looplab:graded", () => render(map));

const current = document.querySelector<HTMLAnchorElement>('a[data-lesson][aria-current="page"]');
if (current?.dataset.lesson) {
  recordVisit(browserStorage(), {
    slug: current.dataset.lesson,
    title: document.querySelector("h1")?.textContent?.trim() ?? current.textContent?.trim() ?? "",
    href: window.location.pathname,
    at: new Date().toISOString(),
  });
}
