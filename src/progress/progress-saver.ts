/**
 * Writes to the progress document that survive a full or refusing `localStorage`: a change that
 * cannot be stored is kept in memory, reported, and retried until it is stored (or the page
 * closes). Changes are functions of the freshly read document (`updateProgress`), so a retry
 * replays them on top of whatever other tabs stored meanwhile.
 */
import { updateProgress, type KeyValueStorage, type ProgressDocument } from "./progress-store.ts";

/**
 * Whether everything is stored, or why not: `full` when the browser's storage for the site is
 * full, otherwise the browser refused the write (storage disabled, private mode).
 */
export type SaveState = { saved: true } | { saved: false; full: boolean };

type Change = (doc: ProgressDocument) => void;

/** Whether a write failed because the storage is full. */
function storageIsFull(error: unknown): boolean {
  const name = error instanceof Error || error instanceof DOMException ? error.name : "";
  return name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED";
}

export class ProgressSaver {
  readonly #storage: KeyValueStorage;
  readonly #retryMs: number;
  readonly #listeners = new Set<(state: SaveState) => void>();
  #pending: Change[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #state: SaveState = { saved: true };

  constructor(storage: KeyValueStorage, retryMs = 3000) {
    this.#storage = storage;
    this.#retryMs = retryMs;
  }

  get state(): SaveState {
    return this.#state;
  }

  /** Calls `listener` whenever the state changes (a write failed, or a retry stored everything). */
  onChange(listener: (state: SaveState) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Applies `change` and stores the document; returns the changed document (also when it could
   * not be stored yet: then the change waits for the next retry, after any earlier waiting ones).
   */
  save(change: Change): ProgressDocument {
    this.#pending.push(change);
    return this.#flush();
  }

  /** Tries to store the waiting changes now. */
  retry(): ProgressDocument {
    return this.#flush();
  }

  #flush(): ProgressDocument {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const changes = this.#pending;
    let doc: ProgressDocument | undefined;
    try {
      doc = updateProgress(this.#storage, (d) => {
        for (const change of changes) change(d);
      });
      this.#pending = this.#pending.slice(changes.length);
      this.#set({ saved: true });
      return doc;
    } catch (error) {
      this.#set({ saved: false, full: storageIsFull(error) });
      this.#timer = setTimeout(() => this.#flush(), this.#retryMs);
      // The document as it would be: the page shows the learner's state, stored or not.
      return updateProgress(readOnly(this.#storage), (d) => {
        for (const change of changes) change(d);
      });
    }
  }

  #set(state: SaveState): void {
    const changed =
      state.saved !== this.#state.saved ||
      (!state.saved && !this.#state.saved && state.full !== this.#state.full);
    this.#state = state;
    if (changed) for (const listener of this.#listeners) listener(state);
  }
}

/** A view of `storage` whose writes go nowhere. */
function readOnly(storage: KeyValueStorage): KeyValueStorage {
  return { getItem: (key) => storage.getItem(key), setItem: () => {} };
}
