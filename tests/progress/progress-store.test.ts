import { describe, expect, it } from "vitest";
import {
  emptyProgress,
  exerciseEntry,
  loadProgress,
  mergeProgress,
  PROGRESS_VERSION,
  readProgress,
  recordGrade,
  STORAGE_KEY,
  updateProgress,
  type KeyValueStorage,
  type ProgressDocument,
} from "../../src/progress/progress-store.ts";
import type { SubmissionBundle } from "../../src/grader/bundle.ts";

/** The Web Storage contract the store relies on, over a Map (Node has no localStorage). */
class MemoryStorage implements KeyValueStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const NOW = "2026-01-02T03:04:05.000Z";

describe("loadProgress", () => {
  it("starts empty when nothing is stored", () => {
    expect(loadProgress(new MemoryStorage())).toEqual(emptyProgress());
  });

  it("moves an unreadable document aside instead of deleting it", () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, "{not json");
    expect(loadProgress(storage)).toEqual(emptyProgress());
    expect(storage.getItem(`${STORAGE_KEY}:unreadable`)).toBe("{not json");
  });
});

describe("updateProgress", () => {
  it("re-reads before writing, so two writers keep each other's entries", () => {
    const storage = new MemoryStorage();
    updateProgress(storage, (doc) => recordGrade(doc, "two-delays", "fail", undefined, NOW));
    updateProgress(storage, (doc) => {
      exerciseEntry(doc, "predict-gather").draft = "[]";
    });
    const doc = loadProgress(storage);
    expect(Object.keys(doc.exercises).sort()).toEqual(["predict-gather", "two-delays"]);
    expect(doc.exercises["two-delays"]).toMatchObject({ status: "fail", attempts: 1, passed: false });
  });

  it("does not overwrite a document written by a newer version of the site", () => {
    const storage = new MemoryStorage();
    const future = JSON.stringify({
      version: PROGRESS_VERSION + 1,
      exercises: {},
      examples: {},
      badges: ["x"],
    });
    storage.setItem(STORAGE_KEY, future);
    const doc = updateProgress(storage, (d) => recordGrade(d, "two-delays", "pass", undefined, NOW));
    expect(doc.exercises["two-delays"]?.passed).toBe(true);
    expect(storage.getItem(STORAGE_KEY)).toBe(future);
  });
});

describe("recordGrade", () => {
  it("counts attempts and keeps a pass once earned", () => {
    const doc = emptyProgress();
    recordGrade(doc, "two-delays", "pass", undefined, NOW);
    const entry = recordGrade(doc, "two-delays", "fail", undefined, NOW);
    expect(entry).toMatchObject({ status: "fail", passed: true, attempts: 2 });
  });
});

describe("readProgress", () => {
  it("upgrades an older document through each migration step in turn", () => {
    // A chain 1 → 2 → 3, as the site will carry once the document changes shape twice.
    const migrations = {
      1: (doc: Record<string, unknown>) => ({ ...doc, exercises: doc.solved }),
      2: (doc: Record<string, unknown>) => ({ ...doc, examples: doc.edited }),
    };
    const old = {
      version: 1,
      solved: { "two-delays": { status: "pass", passed: true, attempts: 3 } },
      edited: { "01-why-async/two-sleeps.ts": { draft: "print(2)", updatedAt: NOW } },
    };
    const result = readProgress(old, migrations, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.doc.exercises["two-delays"]).toMatchObject({ passed: true, attempts: 3 });
    expect(result.doc.examples["01-why-async/two-sleeps.ts"]?.draft).toBe("print(2)");
    expect(readProgress(old, { 1: migrations[1] }, 3)).toEqual({
      ok: false,
      reason: "no migration from progress version 2",
    });
  });

  it("drops malformed entries but keeps the rest", () => {
    const result = readProgress({
      version: 1,
      exercises: {
        good: { status: "pass", passed: true, attempts: 1 },
        bad: { status: "excellent" },
        worse: 3,
      },
      examples: { "01-why-async/two-sleeps.ts": { draft: "print(1)", updatedAt: NOW }, broken: {} },
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.doc.exercises)).toEqual(["good"]);
    expect(Object.keys(result.doc.examples)).toEqual(["01-why-async/two-sleeps.ts"]);
  });

  it("refuses documents without a version and names why", () => {
    expect(readProgress({ exercises: {} })).toEqual({
      ok: false,
      reason: "unknown progress version undefined",
    });
    expect(readProgress([1, 2])).toMatchObject({ ok: false });
  });
});

describe("mergeProgress", () => {
  it("keeps the better state of each exercise and adds new ones", () => {
    const ours: ProgressDocument = emptyProgress();
    recordGrade(ours, "a", "fail", undefined, NOW);
    exerciseEntry(ours, "a").draft = "ours";
    recordGrade(ours, "b", "pass", undefined, NOW);
    const theirs: ProgressDocument = emptyProgress();
    recordGrade(theirs, "a", "pass", undefined, NOW);
    exerciseEntry(theirs, "a").draft = "theirs";
    recordGrade(theirs, "b", "fail", undefined, NOW);
    recordGrade(theirs, "b", "fail", undefined, NOW);
    recordGrade(theirs, "c", "error", undefined, NOW);
    const { merged } = mergeProgress(ours, theirs, NOW);
    expect(merged.exercises.a).toMatchObject({ passed: true, draft: "theirs" });
    expect(merged.exercises.b).toMatchObject({ passed: true, status: "pass", attempts: 2 });
    expect(merged.exercises.c).toMatchObject({ status: "error" });
  });
});

describe("recordGrade, best submission", () => {
  const bundle = (code: string, status: "pass" | "fail"): SubmissionBundle => ({
    format: "looplab-submission",
    version: 1,
    courseVersion: "0.1.0",
    exercise: "x",
    code,
    result: { version: 3, status, exercise: "x", checks: [], traceHash: `sha256:${code}` },
    traceHash: `sha256:${code}`,
  });

  it("keeps the latest passing submission as the best, whatever came after it", () => {
    const doc = emptyProgress();
    recordGrade(doc, "x", "fail", bundle("a", "fail"), NOW);
    expect(doc.exercises.x?.best?.code).toBe("a");
    recordGrade(doc, "x", "pass", bundle("b", "pass"), NOW);
    recordGrade(doc, "x", "fail", bundle("c", "fail"), NOW);
    expect(doc.exercises.x?.best?.code).toBe("b");
    expect(doc.exercises.x?.submission?.code).toBe("c");
    recordGrade(doc, "x", "pass", bundle("d", "pass"), NOW);
    expect(doc.exercises.x?.best?.code).toBe("d");
  });

  it("reads an older document's only submission as its best", () => {
    const result = readProgress({
      version: 1,
      exercises: { x: { status: "fail", passed: false, attempts: 1, submission: bundle("a", "fail") } },
    });
    expect(result.ok && result.doc.exercises.x?.best?.code).toBe("a");
  });
});

describe("mergeProgress, local drafts", () => {
  it("keeps a local draft that an imported one replaces as a backup, and says so", () => {
    const ours = emptyProgress();
    recordGrade(ours, "a", "fail", undefined, NOW);
    Object.assign(exerciseEntry(ours, "a"), { draft: "my work", draftRevision: 4, draftSavedAt: NOW });
    recordGrade(ours, "same", "fail", undefined, NOW);
    exerciseEntry(ours, "same").draft = "equal";
    const theirs = emptyProgress();
    recordGrade(theirs, "a", "pass", undefined, NOW);
    exerciseEntry(theirs, "a").draft = "imported";
    recordGrade(theirs, "same", "pass", undefined, NOW);
    exerciseEntry(theirs, "same").draft = "equal";
    const { merged, backedUp } = mergeProgress(ours, theirs, "2026-02-01T00:00:00.000Z");
    expect(backedUp).toEqual(["a"]);
    expect(merged.exercises.a).toMatchObject({
      draft: "imported",
      draftBackup: { text: "my work", savedAt: NOW },
    });
    // Newer than the revision any open tab holds, so no stale tab overwrites the import.
    expect(merged.exercises.a?.draftRevision).toBe(5);
    expect(merged.exercises.same?.draftBackup).toBeUndefined();
  });
});
