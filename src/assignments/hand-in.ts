/**
 * The hand-in box of an assignment page: exports the learner's progress file with the
 * assignment's id and only that assignment's submissions, named after the assignment and the
 * learner (Unicode names intact), for `course grade-batch --assignment`.
 */
import { loadPageText, text } from "../i18n/page-lang.ts";
import { browserStorage } from "../progress/browser-storage.ts";
import { downloadText } from "../progress/download.ts";
import { exportProgress, rememberStudentName } from "../progress/progress-export.ts";
import { progressFileName } from "../progress/progress-file.ts";

/** Wires `[data-assignment-hand-in]` (its `data-assignment` id and `data-exercises` slugs). */
export async function wireHandIn(): Promise<void> {
  await loadPageText();
  const root = document.querySelector<HTMLElement>("[data-assignment-hand-in]");
  if (!root) return;
  const id = root.dataset.assignment ?? "";
  const slugs = new Set((root.dataset.exercises ?? "").split(" "));
  const storage = browserStorage();
  const student = root.querySelector<HTMLInputElement>('[data-role="student"]');
  const status = root.querySelector<HTMLElement>('[data-role="status"]');
  rememberStudentName(student, storage);
  root.querySelector('[data-action="hand-in"]')?.addEventListener("click", () => {
    const name = student?.value.trim() || undefined;
    const progress = exportProgress(storage, name);
    const file = {
      ...progress,
      assignment: id,
      submissions: progress.submissions.filter((s) => slugs.has(s.exercise)),
    };
    const filename = progressFileName(name, `looplab-${id}`);
    downloadText(filename, `${JSON.stringify(file, null, 2)}\n`, "application/json");
    if (status) {
      status.textContent = text().assignment.saved(
        filename,
        String(file.submissions.length),
        String(slugs.size),
      );
    }
  });
  // The page ships them disabled: a name typed or a click made before this point would be lost.
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLButtonElement>("input, button"))
    control.disabled = false;
}
