/** The export and import buttons of the progress page. */
import { createProgressFile, parseProgressFile } from "./progress-file.ts";
import { browserStorage } from "./browser-storage.ts";
import { loadProgress, mergeProgress, STORAGE_KEY } from "./progress-store.ts";

/** Wires `[data-progress-tools]`: export downloads the progress file, import merges one in. */
export function wireProgressTools(): void {
  const root = document.querySelector<HTMLElement>("[data-progress-tools]");
  if (!root) return;
  const storage = browserStorage();
  const status = root.querySelector<HTMLElement>('[data-role="status"]');
  const student = root.querySelector<HTMLInputElement>('[data-role="student"]');
  const say = (text: string): void => {
    if (status) status.textContent = text;
  };
  const nameKey = `${STORAGE_KEY}:student`;
  if (student) {
    student.value = storage.getItem(nameKey) ?? "";
    student.addEventListener("change", () => storage.setItem(nameKey, student.value.trim()));
  }

  root.querySelector('[data-action="export"]')?.addEventListener("click", () => {
    const name = student?.value.trim() || undefined;
    const file = createProgressFile(loadProgress(storage), {
      courseVersion: import.meta.env.PUBLIC_COURSE_VERSION,
      exportedAt: new Date().toISOString(),
      student: name,
    });
    const blob = new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: "application/json" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = `looplab-progress${name ? `-${name.replace(/[^\w-]+/g, "_")}` : ""}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
    say(`Exported ${file.submissions.length} submission(s).`);
  });

  root.querySelector<HTMLInputElement>('[data-role="import"]')?.addEventListener("change", async (event) => {
    const input = event.currentTarget as HTMLInputElement;
    const chosen = input.files?.[0];
    if (!chosen) return;
    const parsed = parseProgressFile(await chosen.text());
    input.value = "";
    if (!parsed.ok) {
      say(parsed.message);
      return;
    }
    const merged = mergeProgress(loadProgress(storage), parsed.progress);
    storage.setItem(STORAGE_KEY, JSON.stringify(merged));
    window.dispatchEvent(new StorageEvent("storage", { key: STORAGE_KEY }));
    say(`Imported ${Object.keys(parsed.progress.exercises).length} exercise(s) from ${chosen.name}.`);
  });
}
