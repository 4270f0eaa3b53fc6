/**
 * Drafts: the learner's current text of an exercise (code or prediction) or an example program,
 * inside the progress document.
 *
 * Every save carries the revision the tab loaded: a save on top of a newer revision (another tab
 * saved meanwhile) is refused and reported, so a stale tab never overwrites newer work. Nothing
 * here deletes a draft: going back to the starter is a draft like any other.
 */
import type { DraftBackup, ProgressDocument } from "./progress-store.ts";
import { exerciseEntry } from "./progress-store.ts";

/** Which draft: an exercise's (by slug) or an example program's (by path). */
export type DraftKey = { kind: "exercise"; slug: string } | { kind: "example"; id: string };

/** A stored draft. Revision 0 means "never saved": the page's own text. */
export interface StoredDraft {
  text: string;
  revision: number;
  /** ISO time of the save. */
  savedAt: string;
}

/** The stored draft, or undefined when the learner never changed the text. */
export function readDraft(doc: ProgressDocument, key: DraftKey): StoredDraft | undefined {
  if (key.kind === "example") {
    const entry = doc.examples[key.id];
    return entry ? { text: entry.draft, revision: entry.revision ?? 1, savedAt: entry.updatedAt } : undefined;
  }
  const entry = doc.exercises[key.slug];
  if (entry?.draft === undefined) return undefined;
  return {
    text: entry.draft,
    revision: entry.draftRevision ?? 1,
    savedAt: entry.draftSavedAt ?? entry.updatedAt,
  };
}

/** The outcome of a save: the stored draft, or the newer draft that prevented it. */
export type DraftSave = { ok: true; draft: StoredDraft } | { ok: false; newer: StoredDraft };

/**
 * Stores `text` as the draft if the stored one is still revision `base` (the one this tab
 * loaded or saved last) or holds the same text; `force` overwrites a newer one (the learner chose
 * to keep this tab's version).
 */
export function writeDraft(
  doc: ProgressDocument,
  key: DraftKey,
  text: string,
  base: number,
  now: string,
  force = false,
): DraftSave {
  const stored = readDraft(doc, key);
  if (stored && stored.revision > base && stored.text !== text && !force) return { ok: false, newer: stored };
  const draft: StoredDraft = { text, revision: Math.max(stored?.revision ?? 0, base) + 1, savedAt: now };
  if (key.kind === "example") {
    const backup = doc.examples[key.id]?.backup;
    doc.examples[key.id] = {
      draft: text,
      updatedAt: now,
      revision: draft.revision,
      ...(backup ? { backup } : {}),
    };
  } else {
    const entry = exerciseEntry(doc, key.slug);
    entry.draft = text;
    entry.draftRevision = draft.revision;
    entry.draftSavedAt = now;
    entry.updatedAt = now;
  }
  return { ok: true, draft };
}

/** The draft kept aside for this key (by an import), if any. */
export function readBackup(doc: ProgressDocument, key: DraftKey): DraftBackup | undefined {
  return key.kind === "example" ? doc.examples[key.id]?.backup : doc.exercises[key.slug]?.draftBackup;
}

/** Keeps `backup` as this key's backup (replacing an older one); the key must have a draft entry. */
export function setBackup(doc: ProgressDocument, key: DraftKey, backup: DraftBackup): void {
  if (key.kind === "example") {
    const entry = doc.examples[key.id];
    if (entry) entry.backup = backup;
  } else {
    exerciseEntry(doc, key.slug).draftBackup = backup;
  }
}

/** Forgets the backup (after the learner restored or dismissed it). */
export function clearBackup(doc: ProgressDocument, key: DraftKey): void {
  if (key.kind === "example") delete doc.examples[key.id]?.backup;
  else delete doc.exercises[key.slug]?.draftBackup;
}
