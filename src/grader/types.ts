/**
 * The vocabulary shared by checks, exercises and results.
 *
 * The grader runs on the host side (the Node CLI and the browser worker alike), so nothing here
 * or anywhere under `src/grader/` may use Node-only APIs. It reads only the trace
 * (`runtime/trace.ts`) and, for explanations, the submission's source text.
 */

import type { Trace, TraceEvent } from "../../runtime/trace.ts";
import type { IntervalPointer } from "../../runtime/trace-intervals.ts";
import type { Lang } from "../i18n/lang.ts";
import type { CheckTranslation } from "./translation.ts";

/** A printed line to look for: a string matches the whole line exactly, a RegExp tests it. */
export type LineMatcher = string | RegExp;

/** Selects tasks: a task name (`"Task-2"`) or coroutine name (`"spin"`), or both fields explicitly. */
export type TaskSelector = string | { name?: string | RegExp; coro?: string | RegExp };

/** One run configuration of an exercise: a name learners see and the JSON the guest reads as `world`. */
export interface Variant<W> {
  /** The variant's short name, in results and reports ("4 s and 1 s"). */
  name: string;
  /**
   * How a failure message names the variant, as the start of a sentence: "with the jobs of Bob's
   * usual morning". Without it, messages say "in the variant “4 s and 1 s”".
   */
  description?: string;
  /** Made visible to the program as `import { world } from "looplab"`. */
  world: W;
}

/** What a parameter function receives: the variant being graded. */
export interface ParamContext<W> {
  world: W;
  variant: string;
}

/** A check parameter: a fixed value, or computed from the variant so expectations follow it. */
export type Param<T, W> = T | ((ctx: ParamContext<W>) => T);

/** A learner's prediction for a predict-the-output exercise. */
export interface Prediction {
  lines: PredictedLine[];
}

export interface PredictedLine {
  text: string;
  /** Predicted virtual time in seconds; optional when only the order is graded. */
  t?: number;
}

/** Where in the run a check outcome points: the UI highlights it, messages quote it. */
export interface TracePointer {
  seq?: number;
  t?: number;
  task?: string | null;
  line?: number;
  column?: number;
}

/** Machine-readable facts behind a failure, kept out of the sentence learners read. */
export interface CheckDetails {
  /** The matchers the check looked for, as written (`/^Bob starts: /`, `"done"`). */
  expected?: string[];
  /** Numbers the verdict rests on: `{ expected: 3, actual: 5 }`, `{ total: 0.12, limit: 0.05 }`. */
  values?: Record<string, number | string>;
}

/** What a check concluded about one run. */
export interface CheckOutcome {
  pass: boolean;
  /** For a failure: what happened and what was expected, in one sentence. May also explain a pass. */
  message?: string;
  at?: TracePointer;
  /** The task interval the failure is about, so the timeline can highlight it. */
  interval?: IntervalPointer;
  details?: CheckDetails;
}

/** Everything a check can read about one graded run. */
export interface CheckContext<W> extends ParamContext<W> {
  trace: Trace;
  /** The submission as handed in: its code, or for a predict exercise the prediction's JSON text. */
  source: string;
  /** The learner's prediction (predict exercises only). */
  prediction: Prediction | null;
  /** The language the learner reads; every message of the outcome is in it. */
  lang: Lang;
  /** The text of the check being evaluated in `lang`, when the exercise has a translation. */
  translation?: CheckTranslation;
  /**
   * Picks a custom check's message in the learner's language:
   * `ctx.say({ en: "…", ko: "…" })`. Every language is required, so a message cannot be left
   * untranslated.
   */
  say(text: Localized): string;
}

/** One message in every course language. */
export type Localized = Record<Lang, string>;

/** Budgets for each run of a submission, passed through to the sandbox. */
export interface Budgets {
  /** Virtual CPU seconds of counted work: what decides "ran too long". */
  cpuTimeLimit?: number;
  /** The wall-clock backstop; an exercise can only raise it above the sandbox's default. */
  wallTimeoutMs?: number;
  virtualTimeLimit?: number;
  memoryLimitBytes?: number;
  outputLimitBytes?: number;
}

/** The options the grader passes to the sandbox; structurally a subset of the runtime's `RunOptions`. */
export interface GraderRunOptions extends Budgets {
  filename?: string;
  world?: Record<string, unknown>;
}

/** Runs one program and returns its trace: `Sandbox.run` or `runProgram` from `runtime/host/run.ts`. */
export type Runner = (source: string, options: GraderRunOptions) => Trace | Promise<Trace>;

export type { IntervalPointer, Trace, TraceEvent };
