/** The browser's `localStorage`, or a memory stand-in when the browser refuses storage. */
import { ProgressSaver } from "./progress-saver.ts";
import type { KeyValueStorage } from "./progress-store.ts";

let chosen: KeyValueStorage | undefined;

/**
 * `localStorage` when it works; otherwise (storage disabled, some private modes) a per-page
 * memory store, so the course still runs and only forgets on reload.
 */
export function browserStorage(): KeyValueStorage {
  if (chosen) return chosen;
  try {
    const probe = "looplab:probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    chosen = window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    chosen = {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
    };
  }
  return chosen;
}

let saver: ProgressSaver | undefined;

/** The page's one writer of the progress document (see `ProgressSaver`). */
export function pageSaver(): ProgressSaver {
  saver ??= new ProgressSaver(browserStorage());
  return saver;
}
