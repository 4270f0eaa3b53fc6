/**
 * Fills the progress badges of the lesson map (`[data-progress-exercise]`), the rows of the
 * progress table (`[data-progress-row]` with `[data-progress-field]` cells) and the summary
 * (`[data-progress-summary]`) from the stored progress, and keeps them current when another tab
 * changes it.
 */
import { browserStorage } from "./browser-storage.ts";
import { loadProgress, STORAGE_KEY } from "./progress-store.ts";
import { loadPageText, text } from "../i18n/page-lang.ts";

function render(): void {
  const doc = loadProgress(browserStorage());
  const { badge: labels, progress: words } = text();
  const badges = document.querySelectorAll<HTMLElement>("[data-progress-exercise]");
  let passed = 0;
  for (const badge of badges) {
    const entry = doc.exercises[badge.dataset.progressExercise ?? ""];
    if (!entry) {
      badge.hidden = true;
      continue;
    }
    const status = entry.passed ? "pass" : entry.status;
    if (entry.passed) passed++;
    badge.hidden = false;
    badge.dataset.status = status;
    badge.textContent = labels[status];
  }
  for (const row of document.querySelectorAll<HTMLElement>("[data-progress-row]")) {
    const entry = doc.exercises[row.dataset.progressRow ?? ""];
    for (const cell of row.querySelectorAll<HTMLElement>("[data-progress-field]")) {
      const field = cell.dataset.progressField;
      if (field === "none") cell.hidden = entry !== undefined;
      else if (field === "attempts") cell.textContent = String(entry?.attempts ?? 0);
      else if (field === "hintsShown") cell.textContent = String(entry?.hintsShown ?? 0);
      else if (field === "solutionViewed") cell.textContent = entry?.solutionViewed ? words.yes : words.no;
    }
  }
  for (const summary of document.querySelectorAll<HTMLElement>("[data-progress-summary]")) {
    summary.textContent = badges.length === 0 ? "" : words.summary(String(passed), String(badges.length));
  }
}

/** Shows the stored progress now and after every change made in another tab. */
export async function showProgressMarks(): Promise<void> {
  await loadPageText();
  render();
  window.addEventListener("storage", (event) => {
    if (event.key === STORAGE_KEY) render();
  });
}
