import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { ProgressSaver, type SaveState } from "../../src/progress/progress-saver.ts";
import {
  exerciseEntry,
  loadProgress,
  recordGrade,
  type KeyValueStorage,
} from "../../src/progress/progress-store.ts";

/** A storage that can be made to refuse writes the way a full `localStorage` does. */
class FlakyStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    this.items.set(key, value);
  }
}

const NOW = "2026-01-02T03:04:05.000Z";

describe("ProgressSaver", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("reports a full storage, keeps the change, and stores it when a retry succeeds", () => {
    const storage = new FlakyStorage();
    const saver = new ProgressSaver(storage, 1000);
    const states: SaveState[] = [];
    saver.onChange((state) => states.push(state));
    storage.full = true;
    const doc = saver.save((d) => void recordGrade(d, "two-delays", "pass", undefined, NOW));
    // The page still shows the grade it could not store.
    expect(doc.exercises["two-delays"]?.passed).toBe(true);
    expect(states).toEqual([{ saved: false, full: true }]);
    expect(loadProgress(storage).exercises["two-delays"]).toBeUndefined();

    saver.save((d) => void (exerciseEntry(d, "two-delays").hintsShown = 1));
    vi.advanceTimersByTime(1000);
    expect(loadProgress(storage).exercises["two-delays"]).toBeUndefined();
    storage.full = false;
    vi.advanceTimersByTime(1000);
    expect(loadProgress(storage).exercises["two-delays"]).toMatchObject({ passed: true, hintsShown: 1 });
    expect(states.at(-1)).toEqual({ saved: true });
    expect(saver.state).toEqual({ saved: true });
  });

  it("replays waiting changes on top of what another tab stored meanwhile", () => {
    const storage = new FlakyStorage();
    const saver = new ProgressSaver(storage, 1000);
    storage.full = true;
    saver.save((d) => void recordGrade(d, "mine", "pass", undefined, NOW));
    storage.full = false;
    new ProgressSaver(storage).save((d) => void recordGrade(d, "other-tab", "fail", undefined, NOW));
    saver.retry();
    expect(Object.keys(loadProgress(storage).exercises).sort()).toEqual(["mine", "other-tab"]);
  });
});
