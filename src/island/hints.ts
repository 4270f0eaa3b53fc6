/** The Hint button of an exercise: hints revealed one at a time, the count kept in the progress. */
import { browserStorage } from "../progress/browser-storage.ts";
import { exerciseEntry, loadProgress } from "../progress/progress-store.ts";
import { h } from "./dom.ts";
import { text } from "../i18n/page-lang.ts";
import { now, type PlaygroundShell } from "./shell.ts";

/** Shows the hints the learner already revealed and labels the button with the next one. */
export function refreshHints(shell: PlaygroundShell): void {
  const { payload, slug } = shell;
  const hint = shell.button("hint");
  const container = shell.role("hints");
  if (payload.kind === "example" || !hint || !container || !slug) return;
  const total = payload.hints.length;
  const shown = Math.min(loadProgress(browserStorage()).exercises[slug]?.hintsShown ?? 0, total);
  const m = text().hints;
  container.replaceChildren(
    ...payload.hints.slice(0, shown).map((html, index) => {
      const body = h("span");
      body.innerHTML = html;
      return h(
        "div",
        { class: "ll-hint", tabindex: -1 },
        h("strong", {}, m.numbered(String(index + 1))),
        body,
      );
    }),
  );
  hint.textContent = shown >= total ? m.none : m.next(String(shown + 1), String(total));
  hint.disabled = shown >= total;
}

/** Reveals the next hint and moves focus to it. */
export function showHint(shell: PlaygroundShell): void {
  const { payload, slug } = shell;
  if (!slug || payload.kind === "example") return;
  const total = payload.hints.length;
  shell.saver.save((doc) => {
    const entry = exerciseEntry(doc, slug);
    entry.hintsShown = Math.min(entry.hintsShown + 1, total);
    entry.updatedAt = now();
  });
  refreshHints(shell);
  (shell.role("hints")?.lastElementChild as HTMLElement | null)?.focus();
}
