/**
 * The hand-in box of an assignment page: exports the learner's progress file with the
 * assignment's id and only that assignment's submissions, named after the assignment and the
 * learner (Unicode names intact), for `course grade-batch --assignment`.
 */
import { loadPageText, text } from "../i18n/page-lang.ts";
import { browserStorage } from "../progress/browser-storage.ts";
import { createProgressFile } from "../progress/progress-file.ts";
import { loadProgress, STORAGE_KEY } from "../progress/progress-store.ts";

/** A file name part: what file systems refuse (`/`, `:`, control characters…) becomes `_`. */
export function fileNamePart(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.trim().replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, "_");
}

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
  const nameKey = `${STORAGE_KEY}:student`;
  if (student) {
    student.value = storage.getItem(nameKey) ?? "";
    student.addEventListener("change", () => storage.setItem(nameKey, student.value.trim()));
  }
  root.querySelector('[data-action="hand-in"]')?.addEventListener("click", () => {
    const name = student?.value.trim() || undefined;
    const progress = createProgressFile(loadProgress(storage), {
      courseVersion: import.meta.env.PUBLIC_COURSE_VERSION,
      exportedAt: new Date().toISOString(),
      student: name,
    });
    const file = {
      ...progress,
      assignment: id,
      submissions: progress.submissions.filter((s) => slugs.has(s.exercise)),
    };
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `looplab-${id}${name ? `-${fileNamePart(name)}` : ""}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    if (status) {
      status.textContent = text().assignment.saved(
        link.download,
        String(file.submissions.length),
        String(slugs.size),
      );
    }
  });
  // The page ships them disabled: a name typed or a click made before this point would be lost.
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLButtonElement>("input, button"))
    control.disabled = false;
}
