/**
 * The trace: the versioned JSON document a run produces.
 *
 * Graders, the CLI and the site's console and timeline read only this document, so every field
 * here is part of the public contract. Times are virtual seconds since the loop's clock started.
 */

/**
 * Version 2: the host validates and stamps every event (`seq` is the host's count), caps the
 * events other than `stdout` with one `truncated` marker, and adds the `internal` error kind.
 */
export const TRACE_VERSION = 2;

/** What a trace event records. The task life-cycle names follow Trio's `Instrument` hooks. */
export type TraceEventType =
  /** A line the program printed (`print` or `console.log`). */
  | "stdout"
  /** A diagnostic the runtime emitted (never-awaited coroutine, slow step, unretrieved exception…). */
  | "warning"
  /** A task was created (`createTask`, `gather`, `run`…). */
  | "task_spawned"
  /** The loop starts running one step of a task (up to its next `await` that suspends). */
  | "task_step"
  /** Someone called `task.cancel()` (`task` is who called it, `target` the task to cancel). */
  | "task_cancel_requested"
  /** A task's step ended and the task now waits for something (`waiting` says what). */
  | "task_blocked"
  /** A task finished with a result or an exception. */
  | "task_done"
  /** A task finished cancelled. */
  | "task_cancelled"
  /** The loop thread was blocked: `time.sleep` or CPU work advanced the clock inside a step. */
  | "loop_blocked"
  /** A function started on an executor worker (thread or process). */
  | "worker_start"
  /** A function finished on an executor worker. */
  | "worker_done"
  /** The trace reached its event cap: later events other than `stdout` were not kept. */
  | "truncated";

export interface TraceEvent {
  /** Position of the event in the trace, from 0. */
  seq: number;
  /** Virtual time in seconds. */
  t: number;
  type: TraceEventType;
  /** Name of the task (`Task-1` is `run()`'s main task), a worker (`ThreadPoolExecutor-0_0`), or null. */
  task: string | null;
  /** For `stdout` and `warning`: the text, without the trailing newline; the cancel message. */
  text?: string;
  /** 1-based line in the learner's TypeScript, when known. */
  line?: number;
  column?: number;
  /** For `warning`: its category (`RuntimeWarning`, `SlowCallback`, `UnretrievedException`…). */
  category?: string;
  /** For `task_spawned`: the task that created it (null when created outside any task). */
  parent?: string | null;
  /** For `task_spawned`: the coroutine's name (`main`, `delay`…). */
  coro?: string;
  /** For `task_step`: the exception thrown into the coroutine at its `await` (`CancelledError`…). */
  throwing?: string;
  /** For `task_cancel_requested`: the task asked to cancel. */
  target?: string;
  /** For `task_blocked`: what the task awaits (`sleep(1)`, `Future`, `Queue.get()`, `Task-3`…). */
  waiting?: string;
  /** For `task_done`: the result's printed form, or the exception as `Name: message`. */
  result?: string;
  exception?: string;
  /** For `loop_blocked`: how long the loop was blocked, and why. */
  duration?: number;
  reason?: "sleep" | "cpu";
  /** For `worker_*`: the executor kind. */
  executor?: "thread" | "process";
}

export type TraceErrorKind =
  | "compile"
  | "exception"
  /** Ran too long: over the CPU budget (counted work), or over the wall-clock backstop. */
  | "timeout"
  | "virtual-timeout"
  | "memory"
  | "stack"
  | "deadlock"
  | "output-limit"
  /** The sandbox itself failed (e.g. its runtime sent a malformed trace batch). */
  | "internal";

/** One task that was waiting when a deadlock was detected. */
export interface WaitingTask {
  task: string;
  /** What it awaits: `Queue.get()`, `Lock.acquire()`, `Event.wait()`, `Future`, `Task-3`… */
  waiting: string;
  line?: number;
  column?: number;
}

export interface TraceError {
  kind: TraceErrorKind;
  /** The exception's class name (`TypeError`, `CancelledError`, `TimeoutError`…). */
  name: string;
  message: string;
  /** Position in the learner's TypeScript, when known. */
  line?: number;
  column?: number;
  /** The task in which the error surfaced, when known. */
  task?: string | null;
  /** For `deadlock`: every task that was still waiting. */
  waiting?: WaitingTask[];
  /** A traceback of learner frames, innermost last: `at main (line 12:5)`. */
  traceback?: string[];
  /**
   * The limit the run went over, so the message can be rebuilt in any language: seconds for
   * `timeout` (of the clock `clock` names) and `virtual-timeout`, bytes for `memory` and
   * `output-limit`.
   */
  limit?: number;
  /** For `timeout`: which budget ran out, the counted CPU time or the real-time backstop. */
  clock?: "cpu" | "wall";
  /** For `timeout` with a `line`: whether that line is a loop's or other code's. */
  running?: "loop" | "code";
  /** For `virtual-timeout` inside a function given to an executor: its worker (`ThreadPoolExecutor-0_0`). */
  worker?: string;
  /**
   * For `deadlock`, what cannot go on: the main coroutine (`main`, with its task's name when it
   * is a task), a loop that was run forever, or a thread waiting for a job its busy pool can never start.
   */
  stuck?: "main" | "forever" | "pool";
  /** For a `deadlock` of the main task: its name. */
  main?: string;
}

export interface Trace {
  version: typeof TRACE_VERSION;
  ok: boolean;
  /** Virtual time when the program ended. */
  elapsed: number;
  events: TraceEvent[];
  error: TraceError | null;
}
