/**
 * The shape of the grader's message catalog: every sentence and phrase the grader builds for
 * learners, one catalog per language (`en.ts`, `ko.ts`). Each catalog is typed by this
 * interface, so a missing entry is a type error; parameters are plain values the checks have
 * already measured, and each language orders them the way its sentences need.
 *
 * Pieces that are already phrases of the same language (`where`, a task's name, a quoted line)
 * are passed in as strings; numbers are passed as numbers so each language formats them.
 */

import type { TraceError, TraceErrorKind } from "../../../runtime/trace.ts";
import type { JsonProblem } from "./json-problem.ts";

export type { JsonProblem } from "./json-problem.ts";

/** A printed line as a message names it (see `wording.ts`): its text, or only its form. */
export type LineShape =
  { kind: "exact" | "like" | "starts" | "ends" | "contains"; text: string } | { kind: "form" };

/** What a wait filter asks for: anything, `asyncio.sleep`, a named thing, or a richer pattern. */
export type WaitShape =
  { kind: "any" } | { kind: "sleep" } | { kind: "for"; text: string } | { kind: "form" };

/** A task selector as a message names it: a task's name, a coroutine's name, or patterns. */
export type SelectorShape =
  | { kind: "task"; name: string }
  | { kind: "coro"; coro: string }
  | { kind: "fields"; name?: string; coro?: string };

/** Where an event happened: its time, the task (already described, or null), its line. */
export interface Place {
  t: number;
  task: string | null;
  line?: number;
}

/** What stretch held the loop. */
export type BlockReason = "sleep" | "cpu" | "step";

/** A time span of one task or piece of work, for lists in messages. */
export interface Span {
  who: string;
  start: number;
  end: number;
}

export interface GraderMessages {
  /** Phrases the sentences below are built from. */
  words: {
    /** Virtual seconds: `3.000 s`. */
    seconds(t: number): string;
    /** Where and when an event happened, with its task. */
    where(place: Place): string;
    /** When (and on which line) an event happened, for sentences that already name the task. */
    when(place: { t: number; line?: number }): string;
    /** A task and its coroutine: `Task-2 (spin)`. */
    task(name: string, coro: string | null): string;
    line(shape: LineShape): string;
    selector(shape: SelectorShape): string;
    /** Who must wait, as the subject of "never waited": "supervisor()" for a coroutine name. */
    waiter(shape: SelectorShape): string;
    /** How `returned` names the main coroutine when the exercise does not pick a task. */
    mainCoroutine: string;
    /** The tasks a selector picks, as the subject of "should wait": "tasks running download()". */
    tasksOf(shape: SelectorShape | null): string;
    /** A variant without a description of its own. */
    variant(name: string): string;
  };
  output: {
    lineDiffers(p: { number: number; got: string; where: string; want: string; sameLines: boolean }): string;
    stopsEarly(p: { got: number; want: number; next: string }): string;
    tooLong(p: { got: number; want: number; extra: string; where: string }): string;
    printedTimes(p: { line: string; actual: number; want: number }): string;
    printedNothing(p: { what: string }): string;
    nearMiss(p: { close: string; want: string }): string;
    neverPrinted(p: { what: string }): string;
    printedByOther(p: { text: string; by: string | null; when: string; selector: string }): string;
    printedCount(p: { what: string; actual: number; want: number; where: string }): string;
    printedAt(p: { text: string; where: string; at: number; tolerance: number }): string;
    notPrinted(p: { text: string; where: string }): string;
  };
  ordering: {
    inOrder(p: { early: string; earlyWhere: string; previous: string; previousWhere: string }): string;
    before(p: { then: string; thenWhere: string; first: string; firstWhere: string }): string;
    outsideAnyTask(p: { text: string; where: string }): string;
    byMainTask(p: { text: string; when: string }): string;
    differentTasks(p: { a: string; b: string; taskA: string; taskB: string }): string;
    sameTask(p: { a: string; b: string; task: string }): string;
  };
  timing: {
    /** The default `notMeans` of `finishedNear`. */
    defaultNotMeans: string;
    finishedAtNot(p: { actual: number; meaning: string; want: number; tolerance: number }): string;
    finishedOff(p: { actual: number; want: number; tolerance: number }): string;
    finishedAfter(p: { actual: number; limit: number }): string;
  };
  warnings: {
    /** `seen`: the warnings emitted, quoted. */
    notWarned(p: { category: string | undefined; seen: string[]; shape: LineShape }): string;
    warnedAnyway(p: { text: string; where: string; shape: LineShape | null }): string;
  };
  prediction: {
    unknownLine(p: { text: string }): string;
    lineCount(p: { predicted: number; actual: number }): string;
    misplaced(p: { lines: number[]; right: number }): string;
    notAProgramLine(p: { number: number; text: string }): string;
    noTime(p: { number: number; text: string }): string;
    /** `given`: the learner's lines (quoted) and the times they gave. */
    timesOff(p: { lines: number[]; given: { text: string; t: number }[]; tolerance: number }): string;
  };
  tasks: {
    neverCreatedToCancel(p: { selector: string }): string;
    stillRunningNotAsked(p: { task: string }): string;
    stillRunningAsked(p: { task: string; where: string }): string;
    /** What a task that ended normally did: raised or returned. */
    outcome(p: { exception?: string; result?: string }): string;
    finishedNotAsked(p: { task: string; t: number; outcome: string }): string;
    finishedAsked(p: { task: string; asked: number; t: number; outcome: string }): string;
    noEndEvent(p: { task: string }): string;
    cancelledByCleanup(p: { task: string }): string;
    mainReturnedFirst(p: { task: string; where: string }): string;
    cancelledAt(p: { task: string; t: number; want: number; tolerance: number }): string;
    stillRunningAtEnd(p: { task: string }): string;
    unfinishedAtMainEnd(p: { task: string; t: number }): string;
    neverCreatedToWait(p: { selector: string }): string;
    neverAskedToCancel(p: { task: string }): string;
    /** The waiter of `waitedFor`: null for "any other task". */
    notWaitedAfterCancel(p: { task: string; where: string; waiter: string | null }): string;
    neverWaited(p: { task: string; waiter: string | null }): string;
    /** How `returned` names the task whose result counts. */
    mainTaskLabel: string;
    noSuchTask(p: { label: string; want: string }): string;
    neverFinished(p: { task: string; label: string; want: string }): string;
    wasCancelled(p: { task: string; label: string; want: string }): string;
    raisedInstead(p: { label: string; exception: string; want: string }): string;
    returnedOther(p: { label: string; got: string; when: string; want: string }): string;
  };
  concurrency: {
    /** `whose` is the phrase of `words.tasksOf`. */
    noWait(p: { wait: WaitShape; wanted: number; whose: string }): string;
    tooFewWaiting(p: {
      count: number;
      spans: Span[];
      wanted: number;
      whose: string;
      wait: WaitShape;
    }): string;
    /** `spans`: each piece of work named by its first line, quoted. */
    tooFewSpans(p: { count: number; spans: Span[]; all: boolean; atLeast: number }): string;
    heldTooLong(p: {
      reason: BlockReason;
      line?: number;
      task: string | null;
      duration: number;
      start: number;
      limit: number;
    }): string;
    heldInTotal(p: {
      total: number;
      pieces: number;
      longest?: { reason: BlockReason; line: number };
      limit: number;
    }): string;
  };
  grading: {
    didNotFinish: string;
    /** A predict exercise's own program failed (an exercise bug). */
    programFailed(message: string): string;
    cutShort(p: { said: string | null; events: number }): string;
    notEvaluated: string;
    checkCrashed(error: string): string;
    checkFailed: string;
    why(message: string): string;
    hint(message: string): string;
  };
  report: {
    headline(p: { name: string; status: "pass" | "fail"; passed: number; total: number }): string;
    error(name: string): string;
    didNotRun: string;
  };
  runErrors: {
    /**
     * The runtime's own message for this language: English keeps it verbatim (it can be
     * searched); other languages rebuild it from the error's kind and structured values. Compiler
     * and exception messages stay as the compiler and the runtime wrote them.
     */
    detail(error: TraceError): string;
    headline(p: {
      kind: TraceErrorKind;
      /** The runtime's message, from `detail`. */
      message: string;
      exception: string;
      line?: number;
      column?: number;
      task?: string | null;
    }): string;
    waits(p: { task: string; waiting: string; line?: number }): string;
    traceback: string;
  };
  /** Why text is not JSON, for the messages of files and predictions that are not (`jsonProblem`). */
  json: {
    problem(problem: JsonProblem): string;
  };
  /** What is wrong with a submission bundle; `file` names it (`alice.json`). */
  bundleInput: {
    /** `detail` comes from `json.problem`. */
    notJson(p: { file: string; detail: string }): string;
    format(p: { file: string; format: string }): string;
    version(p: { file: string; version: number }): string;
    notString(p: { file: string; field: string }): string;
    traceHash(file: string): string;
    result(file: string): string;
  };
  predictionInput: {
    /** `detail` comes from `json.problem`. */
    notJson(detail: string): string;
    notAnObject: string;
    linesNotArray: string;
    lineNotObject(index: number): string;
    textNotString(index: number): string;
    badTime(index: number): string;
  };
}
