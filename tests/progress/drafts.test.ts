import { describe, expect, it } from "vitest";
import {
  clearBackup,
  readBackup,
  readDraft,
  setBackup,
  writeDraft,
  type DraftKey,
} from "../../src/progress/drafts.ts";
import { emptyProgress } from "../../src/progress/progress-store.ts";

const T1 = "2026-01-01T00:00:01.000Z";
const T2 = "2026-01-01T00:00:02.000Z";
const exercise: DraftKey = { kind: "exercise", slug: "two-delays" };
const example: DraftKey = { kind: "example", id: "01-why-async/two-sleeps.ts" };

describe("writeDraft", () => {
  it("stores each save with the next revision and its time", () => {
    const doc = emptyProgress();
    expect(writeDraft(doc, exercise, "one", 0, T1)).toEqual({
      ok: true,
      draft: { text: "one", revision: 1, savedAt: T1 },
    });
    writeDraft(doc, exercise, "two", 1, T2);
    expect(readDraft(doc, exercise)).toEqual({ text: "two", revision: 2, savedAt: T2 });
  });

  it("refuses to overwrite a newer draft saved by another tab, and returns it", () => {
    const doc = emptyProgress();
    writeDraft(doc, exercise, "tab A", 0, T1);
    // Tab B loaded revision 0 (before A saved), then saves.
    expect(writeDraft(doc, exercise, "tab B", 0, T2)).toEqual({
      ok: false,
      newer: { text: "tab A", revision: 1, savedAt: T1 },
    });
    expect(readDraft(doc, exercise)?.text).toBe("tab A");
    // The learner chose tab B's version.
    expect(writeDraft(doc, exercise, "tab B", 0, T2, true)).toMatchObject({
      ok: true,
      draft: { revision: 2 },
    });
  });

  it("keeps the starter text as a draft instead of deleting the stored one", () => {
    const doc = emptyProgress();
    writeDraft(doc, example, "edited", 0, T1);
    writeDraft(doc, example, "starter", 1, T2);
    expect(readDraft(doc, example)).toEqual({ text: "starter", revision: 2, savedAt: T2 });
  });
});

describe("setBackup / readBackup / clearBackup", () => {
  it("keeps a set-aside draft until the learner discards it", () => {
    for (const key of [exercise, example]) {
      const doc = emptyProgress();
      writeDraft(doc, key, "current", 0, T1);
      setBackup(doc, key, { text: "older", savedAt: T1, reason: "replaced by an import" });
      writeDraft(doc, key, "newer", 1, T2);
      expect(readBackup(doc, key)?.text).toBe("older");
      clearBackup(doc, key);
      expect(readBackup(doc, key)).toBeUndefined();
    }
  });
});
