/**
 * Messages between a page and its sandbox worker. Everything here crosses `postMessage`, so it is
 * plain data (errors travel as `{ name, message }`).
 */
import type { Trace } from "../../runtime/trace.ts";
import type { Lang } from "../i18n/lang.ts";
import type { GradeResult } from "../grader/results.ts";
import type { Prediction } from "../grader/types.ts";

/** Budgets and variant data passed through to every run (a subset of the runtime's `RunOptions`). */
export interface RunSettings {
  wallTimeoutMs?: number;
  virtualTimeLimit?: number;
  memoryLimitBytes?: number;
  outputLimitBytes?: number;
  world?: Record<string, unknown>;
}

/** The grader's verdict on a submission, plus what the page needs to show and record it. */
export interface GradeView {
  /** Exercism `results.json` v3, with the trace hash a CLI re-grade reproduces. */
  result: GradeResult;
  /** The run the page shows next to the verdict (the first variant's), if the program ran. */
  trace: Trace | null;
  /** The course version the site was built from (for submission bundles). */
  courseVersion: string;
}

export type WorkerRequest =
  /** The port to the compiler worker: the first message a sandbox worker gets. */
  | { type: "compiler"; port: MessagePort }
  /** The compiler worker failed: compiles asked of it fail with `error`. */
  | { type: "compiler-lost"; error: { name: string; message: string } }
  /** Load the wasm and the runtime now (idle prefetch). */
  | { type: "warmup" }
  /** `lang`: the page's language, which TypeScript's compile errors are written in. */
  | { type: "run"; id: number; source: string; filename: string; settings: RunSettings; lang: Lang }
  /**
   * `lang`: the page's language, which the feedback and the worker's own errors are written in.
   * `hints: false`: the page offers no hints, so grade with the exercise's hint-free modules.
   */
  | { type: "grade"; id: number; slug: string; source: string; lang: Lang; hints?: false }
  | { type: "grade-prediction"; id: number; slug: string; prediction: Prediction; lang: Lang; hints?: false };

export type WorkerResponse =
  /** The request's program starts now; the page's watchdog allows it `budgetMs` of wall time. */
  | { type: "started"; id: number; budgetMs: number }
  /**
   * The run's trace as JSON: one string crosses `postMessage` several times faster than the
   * structured clone of tens of thousands of event objects (the page parses it).
   */
  | { type: "ran"; id: number; traceJson: string; runMs: number }
  | { type: "graded"; id: number; grade: GradeView; runMs: number }
  /** A host-side failure (a bug, or a missing exercise): never a learner's error. */
  | { type: "failed"; id: number; error: { name: string; message: string } };
