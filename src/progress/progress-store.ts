/**
 * The learner's progress and drafts, kept in `localStorage` under one versioned key.
 *
 * Every write re-reads the stored document first (`updateProgress`), so several exercises on one
 * page — or the same course open in two tabs — never overwrite each other's entries. A document
 * written by an older site is upgraded through `MIGRATIONS`; one written by a newer site is kept
 * untouched and read as far as this site understands it; an unreadable one is moved aside, never
 * deleted, so a learner's work can always be recovered by hand.
 */

import type { SubmissionBundle } from "../grader/bundle.ts";

/** The `localStorage` key holding the progress document. */
export const STORAGE_KEY = "looplab:progress";
/** The version of the document this site writes. */
export const PROGRESS_VERSION = 1;

/** The outcome of grading, as the grader reports it (Exercism `results.json` `status`). */
export type GradeStatus = "pass" | "fail" | "error";

/**
 * A graded submission, as the bundle `course grade` re-grades (`src/grader/bundle.ts`): code,
 * course version, result and trace hash.
 */
export type Submission = SubmissionBundle;

/**
 * Why a draft was set aside, as stored in `DraftBackup.reason`. The stored values are the
 * English phrases earlier versions wrote; the page shows each in its own language
 * (`src/i18n/ui/`, `drafts.reasons`).
 */
export const BACKUP_REASONS = {
  switchedAway: "the version you switched away from",
  sharedLink: "set aside when you opened a shared link",
  import: "replaced by an imported progress file",
} as const;

/** A draft the learner had before something replaced it (an import), kept so it can be restored. */
export interface DraftBackup {
  text: string;
  /** ISO time the backed-up draft was last saved. */
  savedAt: string;
  /** Why it was set aside: one of `BACKUP_REASONS` (an older document may hold other words). */
  reason: string;
}

export interface ExerciseProgress {
  /** The most recent grade, or `started` when the learner only ran or edited the code. */
  status: GradeStatus | "started";
  /** True once any attempt passed; later failing attempts do not take it away. */
  passed: boolean;
  /** How many times Check (or a prediction) was submitted. */
  attempts: number;
  hintsShown: number;
  solutionViewed: boolean;
  /** The learner's current code (or prediction), once they changed it. */
  draft?: string;
  /**
   * Counts the saves of `draft`: a tab only overwrites the draft it loaded, never a newer one
   * another tab saved meanwhile.
   */
  draftRevision?: number;
  /** ISO time `draft` was saved. */
  draftSavedAt?: string;
  draftBackup?: DraftBackup;
  /** The latest graded submission. */
  submission?: Submission;
  /** The best graded submission: the latest passing one if any, else the latest graded one. */
  best?: Submission;
  /** ISO time of the last change. */
  updatedAt: string;
}

export interface ProgressDocument {
  version: typeof PROGRESS_VERSION;
  /** By exercise slug (code and predict-the-output exercises alike). */
  exercises: Record<string, ExerciseProgress>;
  /** Edited example programs, by example path (`01-why-async/two-sleeps.ts`). */
  examples: Record<string, ExampleDraft>;
}

/** The learner's version of an example program. */
export interface ExampleDraft {
  draft: string;
  updatedAt: string;
  /** As `ExerciseProgress.draftRevision`. */
  revision?: number;
  backup?: DraftBackup;
}

/** The subset of the Web Storage API the store uses. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

/** Upgrades a document of version `n` (the key) to version `n + 1`. */
export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Upgrades from each older document version. Version 1 is the first; when the shape changes, bump
 * `PROGRESS_VERSION` and add the step from the previous version here.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export function emptyProgress(): ProgressDocument {
  return { version: PROGRESS_VERSION, exercises: {}, examples: {} };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The result of reading a stored or imported document. */
export type ReadResult =
  | { ok: true; doc: ProgressDocument; /** True when the document came from a newer site. */ newer: boolean }
  | { ok: false; reason: string };

/**
 * Validates and upgrades a parsed progress document to the current version. Unknown fields are
 * dropped; entries that do not have the expected shape are skipped rather than failing the whole
 * document.
 */
export function readProgress(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  /** The version to upgrade to; only tests of the migration chain pass another one. */
  target: number = PROGRESS_VERSION,
): ReadResult {
  if (!isRecord(raw)) return { ok: false, reason: "not a progress document (expected a JSON object)" };
  let doc = raw;
  const stored = doc.version;
  if (typeof stored !== "number" || !Number.isInteger(stored) || stored < 1) {
    return { ok: false, reason: `unknown progress version ${JSON.stringify(stored)}` };
  }
  let version = stored;
  while (version < target) {
    const step = migrations[version];
    if (!step) return { ok: false, reason: `no migration from progress version ${version}` };
    doc = step(doc);
    version = version + 1;
    doc.version = version;
  }
  const result = emptyProgress();
  if (isRecord(doc.exercises)) {
    for (const [slug, entry] of Object.entries(doc.exercises)) {
      const parsed = readExercise(entry);
      if (parsed) result.exercises[slug] = parsed;
    }
  }
  if (isRecord(doc.examples)) {
    for (const [path, entry] of Object.entries(doc.examples)) {
      if (isRecord(entry) && typeof entry.draft === "string") {
        const example: ExampleDraft = { draft: entry.draft, updatedAt: String(entry.updatedAt ?? "") };
        if (typeof entry.revision === "number") example.revision = entry.revision;
        const backup = readBackup(entry.backup);
        if (backup) example.backup = backup;
        result.examples[path] = example;
      }
    }
  }
  return { ok: true, doc: result, newer: version > target };
}

const STATUSES = new Set(["pass", "fail", "error", "started"]);

function readExercise(entry: unknown): ExerciseProgress | null {
  if (!isRecord(entry) || typeof entry.status !== "string" || !STATUSES.has(entry.status)) return null;
  const progress: ExerciseProgress = {
    status: entry.status as ExerciseProgress["status"],
    passed: entry.passed === true,
    attempts: typeof entry.attempts === "number" ? entry.attempts : 0,
    hintsShown: typeof entry.hintsShown === "number" ? entry.hintsShown : 0,
    solutionViewed: entry.solutionViewed === true,
    updatedAt: String(entry.updatedAt ?? ""),
  };
  if (typeof entry.draft === "string") progress.draft = entry.draft;
  if (typeof entry.draftRevision === "number") progress.draftRevision = entry.draftRevision;
  if (typeof entry.draftSavedAt === "string") progress.draftSavedAt = entry.draftSavedAt;
  const backup = readBackup(entry.draftBackup);
  if (backup) progress.draftBackup = backup;
  const submission = readSubmission(entry.submission);
  if (submission) progress.submission = submission;
  // Documents from before `best` existed: their one submission is the best known.
  const best = readSubmission(entry.best) ?? submission;
  if (best) progress.best = best;
  return progress;
}

function readSubmission(value: unknown): Submission | null {
  if (
    isRecord(value) &&
    value.format === "looplab-submission" &&
    typeof value.code === "string" &&
    typeof value.traceHash === "string" &&
    isRecord(value.result)
  ) {
    return value as unknown as Submission;
  }
  return null;
}

function readBackup(value: unknown): DraftBackup | null {
  if (!isRecord(value) || typeof value.text !== "string") return null;
  return { text: value.text, savedAt: String(value.savedAt ?? ""), reason: String(value.reason ?? "") };
}

/** Reads the stored document; a missing one is empty, an unreadable one is moved aside. */
export function loadProgress(storage: KeyValueStorage): ProgressDocument {
  const text = storage.getItem(STORAGE_KEY);
  if (text === null) return emptyProgress();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const result = readProgress(parsed);
  if (result.ok) return result.doc;
  storage.setItem(`${STORAGE_KEY}:unreadable`, text);
  return emptyProgress();
}

/**
 * Applies `change` to the freshly read document and stores it. A document from a newer site is
 * not overwritten (that would lose what this site does not understand); the change then only
 * lives in the returned copy.
 */
export function updateProgress(
  storage: KeyValueStorage,
  change: (doc: ProgressDocument) => void,
): ProgressDocument {
  const text = storage.getItem(STORAGE_KEY);
  const newer = text !== null && storedVersion(text) > PROGRESS_VERSION;
  const doc = loadProgress(storage);
  change(doc);
  if (!newer) storage.setItem(STORAGE_KEY, JSON.stringify(doc));
  return doc;
}

function storedVersion(text: string): number {
  try {
    const parsed: unknown = JSON.parse(text);
    return isRecord(parsed) && typeof parsed.version === "number" ? parsed.version : 0;
  } catch {
    return 0;
  }
}

/** The entry for an exercise, created when missing. */
export function exerciseEntry(doc: ProgressDocument, slug: string): ExerciseProgress {
  let entry = doc.exercises[slug];
  if (!entry) {
    entry = {
      status: "started",
      passed: false,
      attempts: 0,
      hintsShown: 0,
      solutionViewed: false,
      updatedAt: "",
    };
    doc.exercises[slug] = entry;
  }
  return entry;
}

/**
 * Records a grade: the attempt count, the status, and the submission as the latest one and,
 * when it passed or nothing passed before, as the best one.
 */
export function recordGrade(
  doc: ProgressDocument,
  slug: string,
  status: GradeStatus,
  submission: Submission | undefined,
  now: string,
): ExerciseProgress {
  const entry = exerciseEntry(doc, slug);
  entry.attempts += 1;
  entry.status = status;
  entry.passed = entry.passed || status === "pass";
  if (submission) {
    entry.submission = submission;
    if (status === "pass" || entry.best?.result.status !== "pass") entry.best = submission;
  }
  entry.updatedAt = now;
  return entry;
}

const RANK: Record<ExerciseProgress["status"], number> = { started: 0, error: 1, fail: 2, pass: 3 };

/** What an import changed beyond the merged document: the local drafts it set aside. */
export interface MergeReport {
  merged: ProgressDocument;
  /** Exercise slugs and example paths whose local draft became a backup. */
  backedUp: string[];
}

/**
 * Merges an imported document into the current one, keeping the better state of each exercise:
 * passed wins, then the most attempts; drafts and submissions come along with the winning entry.
 * A local draft the import replaces with a different one is kept as the entry's backup, and the
 * report says which; `now` dates the imported drafts.
 */
export function mergeProgress(
  current: ProgressDocument,
  incoming: ProgressDocument,
  now: string,
): MergeReport {
  const backedUp: string[] = [];
  const merged: ProgressDocument = structuredClone(current);
  for (const [slug, theirs] of Object.entries(incoming.exercises)) {
    const ours = merged.exercises[slug];
    if (!ours) {
      merged.exercises[slug] = structuredClone(theirs);
      continue;
    }
    const theirsBetter =
      Number(theirs.passed) - Number(ours.passed) ||
      RANK[theirs.status] - RANK[ours.status] ||
      theirs.attempts - ours.attempts;
    const winner = theirsBetter > 0 ? structuredClone(theirs) : ours;
    if (winner !== ours && ours.draft !== undefined && ours.draft !== winner.draft) {
      winner.draftBackup = {
        text: ours.draft,
        savedAt: ours.draftSavedAt ?? ours.updatedAt,
        reason: BACKUP_REASONS.import,
      };
      backedUp.push(slug);
    }
    if (winner !== ours) {
      // Newer than anything an open tab loaded, so no tab overwrites the imported draft.
      winner.draftRevision = Math.max(ours.draftRevision ?? 0, theirs.draftRevision ?? 0) + 1;
      winner.draftSavedAt = now;
    }
    winner.passed = ours.passed || theirs.passed;
    winner.solutionViewed = ours.solutionViewed || theirs.solutionViewed;
    winner.hintsShown = Math.max(ours.hintsShown, theirs.hintsShown);
    winner.attempts = Math.max(ours.attempts, theirs.attempts);
    merged.exercises[slug] = winner;
  }
  // An example draft is the learner's own experiment: a local one is never replaced.
  for (const [path, draft] of Object.entries(incoming.examples)) {
    merged.examples[path] ??= structuredClone(draft);
  }
  return { merged, backedUp };
}
