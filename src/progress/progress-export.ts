/**
 * What the progress page's export and an assignment's hand-in share: the learner's name, remembered
 * in the browser between visits, and the progress file made from what the browser stores.
 */
import { createProgressFile, type ProgressFile } from "./progress-file.ts";
import { loadProgress, STORAGE_KEY, type KeyValueStorage } from "./progress-store.ts";

const NAME_KEY = `${STORAGE_KEY}:student`;

/** Fills `input` with the remembered name and remembers what the learner types into it. */
export function rememberStudentName(input: HTMLInputElement | null, storage: KeyValueStorage): void {
  if (!input) return;
  input.value = storage.getItem(NAME_KEY) ?? "";
  input.addEventListener("change", () => {
    try {
      storage.setItem(NAME_KEY, input.value.trim());
    } catch {
      // Only the convenience of a remembered name is lost; the export still carries it.
    }
  });
}

/** The progress file of everything `storage` holds, exported now by `student` (if named). */
export function exportProgress(storage: KeyValueStorage, student: string | undefined): ProgressFile {
  return createProgressFile(loadProgress(storage), {
    courseVersion: import.meta.env.PUBLIC_COURSE_VERSION,
    exportedAt: new Date().toISOString(),
    student,
  });
}
