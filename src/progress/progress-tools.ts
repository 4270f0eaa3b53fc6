/** The export and import buttons of the progress page. */
import { exportProgress, rememberStudentName } from "./progress-export.ts";
import { parseProgressFile, progressFileName } from "./progress-file.ts";
import { browserStorage, pageSaver } from "./browser-storage.ts";
import { downloadText } from "./download.ts";
import { loadPageText, text } from "../i18n/page-lang.ts";
import { mergeProgress, STORAGE_KEY, type ProgressDocument } from "./progress-store.ts";

/** Wires `[data-progress-tools]`: export downloads the progress file, import merges one in. */
export async function wireProgressTools(): Promise<void> {
  await loadPageText();
  const root = document.querySelector<HTMLElement>("[data-progress-tools]");
  if (!root) return;
  const storage = browserStorage();
  const saver = pageSaver();
  const status = root.querySelector<HTMLElement>('[data-role="status"]');
  const student = root.querySelector<HTMLInputElement>('[data-role="student"]');
  const say = (said: string): void => {
    if (status) status.textContent = said;
  };
  const m = text().progress;
  rememberStudentName(student, storage);

  root.querySelector('[data-action="export"]')?.addEventListener("click", () => {
    const name = student?.value.trim() || undefined;
    const file = exportProgress(storage, name);
    const filename = progressFileName(name);
    downloadText(filename, `${JSON.stringify(file, null, 2)}\n`, "application/json");
    say(m.exported(String(file.submissions.length), filename));
  });

  root.querySelector<HTMLInputElement>('[data-role="import"]')?.addEventListener("change", async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const parsed = parseProgressFile(await chosen.text(), text().progressFile);
    input.value = "";
    if (!parsed.ok) {
      say(parsed.message);
      return;
    }
    let backedUp: string[] = [];
    const replace = (doc: ProgressDocument): void => {
      const report = mergeProgress(doc, parsed.progress, new Date().toISOString());
      backedUp = report.backedUp;
      doc.exercises = report.merged.exercises;
      doc.examples = report.merged.examples;
    };
    saver.save(replace);
    window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
    const count = Object.keys(parsed.progress.exercises).length;
    say(
      m.imported(String(count), chosen.name) +
        (backedUp.length > 0 ? m.importBackups(String(backedUp.length), backedUp.join(", ")) : "") +
        (saver.state.saved ? "" : m.importNotSaved),
    );
  });
  // The page ships them disabled: a name typed or a click made before this point would be lost.
  for (const control of root.querySelectorAll<HTMLInputElement | HTMLButtonElement>("input, button"))
    control.disabled = false;
}
