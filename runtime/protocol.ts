/**
 * The whole contract between the sandbox host (`runtime/host/`) and the guest runtime that runs
 * inside QuickJS (`runtime/guest/`): file names, the cost model and the limits, the per-run
 * configuration, the bridge functions the host installs, and the control object the guest hands
 * back. Both sides import their names and types from here and nowhere else.
 *
 * The guest is not trusted to enforce anything: the host owns every limit and validates every
 * trace batch (`host/trace-intake.ts`). The guest's own checks only make a run end sooner and
 * with a better message.
 */

/** The prelude's file name in QuickJS stack traces. */
export const PRELUDE_FILE = "looplab-runtime.js";

/** The file name learner frames carry in QuickJS stack traces. */
export const LEARNER_FILE = "learner.js";

/** The fixed Unix time of virtual t = 0: Sun Aug 18 02:14:34 2019 UTC (the date of the Hello/Goodbye examples). */
export const EPOCH = 1566094474;

/**
 * The cost model of CPU work, calibrated on CPython 3.11: about 28 ns per simple loop iteration
 * and 60 ns per call. `stepCost` is what one callback of the loop costs the CPU budget (CPython's
 * loop spends about 2–5 µs per step); it is charged to the budget only, never to the clock, so
 * traces of programs that only await keep their exact times.
 */
export const CPU_COSTS = {
  loopIterationCost: 28e-9,
  functionCallCost: 60e-9,
  stepCost: 5e-6,
  /** CPU work shorter than this inside one step is below the clock's resolution (free). */
  cpuResolution: 1e-3,
} as const;

/** The limits every run gets unless the caller (an exercise's budgets, a test) sets its own. */
export const DEFAULT_LIMITS = {
  /**
   * Virtual CPU seconds of counted work (learner loop iterations and calls, heavy built-ins,
   * loop steps) a run may use: "ran too long", decided the same on a busy machine as on an idle one.
   */
  cpuTimeLimit: 1,
  /** Real milliseconds: only a backstop for work that cannot be counted. */
  wallTimeoutMs: 30_000,
  /** How much the sandbox's memory may grow during a run. */
  memoryLimitBytes: 64 * 1024 * 1024,
  /** QuickJS stack limit: about 1,300 nested calls, like Python's 1,000. */
  maxStackBytes: 256 * 1024,
  /** Everything printed, counted by the host in UTF-16 code units plus one per line. */
  outputLimitBytes: 1024 * 1024,
  /** Virtual seconds on the loop's clock. */
  virtualTimeLimit: 3600,
  /** Trace events other than `stdout`; past this the trace keeps one `truncated` marker. */
  maxEvents: 50_000,
  /** Size of the learner's TypeScript source, in UTF-16 code units. */
  maxSourceLength: 256 * 1024,
} as const;

export type Limits = { -readonly [K in keyof typeof DEFAULT_LIMITS]: number };

/** Largest string field (other than printed text) an event may carry. */
export const MAX_EVENT_STRING = 64 * 1024;

/** Per-run settings the host passes to the guest's `configure`, as JSON; sealed once set. */
export interface SessionConfig {
  /** Lines the host put before the learner's compiled code (the wrapper). */
  lineOffset: number;
  /** Decoded source map: per compiled line, segments `[compiledCol, tsLine, tsCol]`, all 0-based. */
  mappings: number[][][];
  /** The learner's functions: `[firstLine, lastLine, name]`, to name traceback frames. */
  scopes: [number, number, string][];
  outputLimitBytes: number;
  virtualTimeLimit: number;
  cpuTimeLimit: number;
  /** Virtual seconds one loop iteration of learner code costs. */
  loopIterationCost: number;
  /** Virtual seconds one call of a learner function costs. */
  functionCallCost: number;
  /** Budget seconds one loop step costs (never charged to the clock). */
  stepCost: number;
  cpuResolution: number;
  /** The fixed Unix time at which the virtual clock reads 0. */
  epoch: number;
  /** Exercise variant parameters, visible as `import { world } from "looplab"`. */
  world: Record<string, unknown>;
  /** Task-life-cycle events beyond this count are not sent (the host caps them too). */
  maxEvents: number;
  /** Seed of `Math.random()`. */
  seed: number;
  /** The learner's file as the learner named it (`spinner.ts`): task reprs cite `file:line` like CPython's. */
  filename: string;
}

/**
 * Functions the host installs on `globalThis.__host` before the prelude runs. The prelude
 * captures them in a closure and deletes the global, so learner code never sees them.
 */
export interface HostBridge {
  /** Runs pending QuickJS promise jobs (microtasks); returns how many ran. */
  runJobs(): number;
  /** Receives a batch of trace events (a `TraceBatch` as JSON); the host validates it. */
  flush(eventsJson: string): void;
  /** Ends the run: `errorJson` is the trace error to report. Nothing sent afterwards counts. */
  halt(errorJson: string): void;
  /** Returns a non-empty trace-error JSON when the run must stop (memory), else "". */
  poll(): string;
  /** Hands the host the guest's control object (once, at the end of the prelude). */
  register(control: GuestControl): void;
}

/**
 * A trace batch, as the guest sends it to `HostBridge.flush`: a JSON array of numbers and strings,
 * cheap to write inside QuickJS, which the host expands into today's trace events
 * (`host/trace-intake.ts`, which validates every event as it expands it):
 *
 *   [firstSeq, newStrings, ...rows]
 *
 * `firstSeq` is the `seq` of the batch's first event (the rest count up from it); `newStrings` the
 * strings this batch adds to the run's string table (ids count up from 0 across batches). Each row
 * is one event: `typeCode, t, task, fieldCount`, then `fieldCount` pairs `fieldCode, value`, where
 * a type code indexes `TRACE_EVENT_TYPES` and a field code `TRACE_FIELDS`. `task` is null, a string
 * id or a string. A value is the field's value as JSON, except that a number in a field that holds
 * text (every field but `line`, `column` and `duration`) is a string id. The fields keep the order
 * in which the guest wrote them, and so does the expanded event.
 *
 * One row stands for two events: `STEP_BLOCKED_ROW, t, task, waiting, line` is a task's step that
 * suspended with nothing recorded in between (the loop's most common pair, written as one row so
 * it costs half): the events `task_step` and then `task_blocked` with `waiting` (a string id or a
 * string) and `line` (a count, or null for none), both at `t`, both of `task`.
 *
 * `STEP_BLOCKED_AGAIN_ROW, task` is the same pair for `task` with the `t`, `waiting` and `line` of
 * the batch's previous `STEP_BLOCKED_ROW`: tasks that take turns at one `await` (a thousand
 * `sleep(0)` loops) differ only by name. A batch cannot begin with one.
 *
 * `STEP_DONE_ROW, t, task, field, text` is a task's step that ended the task with nothing
 * recorded in between: the events `task_step` and then `task_done` with `field` (the code of
 * `result` or `exception`) holding `text` (a string id or a string), both at `t`, both of `task`.
 *
 * `TASK_SPAWNED_AGAIN_ROW, task` is a `task_spawned` event of `task` with the time and fields of
 * the batch's previous `task_spawned` event: a loop that creates tasks creates them from one line
 * with one coroutine function. A batch cannot begin with one either.
 */
export type TraceBatch = [firstSeq: number, newStrings: string[], ...rows: unknown[]];

/** Event types by code (a row's first item): trace.ts's `TraceEventType`s. */
export const TRACE_EVENT_TYPES: readonly string[] = [
  "stdout",
  "warning",
  "task_spawned",
  "task_step",
  "task_cancel_requested",
  "task_blocked",
  "task_done",
  "task_cancelled",
  "loop_blocked",
  "worker_start",
  "worker_done",
  "truncated",
];

/** The type code of a row that stands for a `task_step` and its `task_blocked` (see `TraceBatch`). */
export const STEP_BLOCKED_ROW = TRACE_EVENT_TYPES.length;

/** The type code of a row that repeats the previous step-and-suspension for another task (see `TraceBatch`). */
export const STEP_BLOCKED_AGAIN_ROW = STEP_BLOCKED_ROW + 1;

/** The type code of a row that repeats the previous `task_spawned` for another task (see `TraceBatch`). */
export const TASK_SPAWNED_AGAIN_ROW = STEP_BLOCKED_ROW + 2;

/** The type code of a row that stands for a `task_step` and the `task_done` it ends with (see `TraceBatch`). */
export const STEP_DONE_ROW = STEP_BLOCKED_ROW + 3;

/** Event fields by code. */
export const TRACE_FIELDS: readonly string[] = [
  "text",
  "line",
  "column",
  "category",
  "parent",
  "coro",
  "throwing",
  "target",
  "waiting",
  "result",
  "exception",
  "duration",
  "reason",
  "executor",
];

/** The fields whose values are numbers; a number in any other field is a string id. */
export const NUMERIC_TRACE_FIELDS: ReadonlySet<string> = new Set(["line", "column", "duration"]);

/** The name of the bridge's global while the prelude runs. */
export const BRIDGE_GLOBAL = "__host";

/** What the guest hands the host: the only way in, and never reachable from learner code. */
export interface GuestControl {
  /** Seals the run's configuration (a second call throws). */
  configure(configJson: string): void;
  /** Runs the compiled program (the function the learner's compiled code evaluates to). */
  exec(program: CompiledProgramFunction): void;
  /** Sends the last events; returns the run's outcome as JSON ({ elapsed, error }). */
  finish(): string;
  /** After an interrupt: hands over whatever events are still buffered. */
  flush(): void;
  /** The line of the learner's loop that started last, for messages about an endless loop. */
  loopLine(): number;
  /** The line of the learner's statement that called something last (an allocation, say). */
  statementLine(): number;
}

/** The learner's compiled program: CommonJS in an arrow function (no `arguments` of its own). */
export type CompiledProgramFunction = (
  require: (name: string) => unknown,
  exports: Record<string, unknown>,
  module: { exports: Record<string, unknown> },
  cpu: unknown,
) => void;

/** The parameter through which instrumented learner code reaches the work counters. */
export const CPU_COUNTERS = "__cpu";

/** Identifiers learner code may not use: they belong to the sandbox's instrumentation. */
export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set([CPU_COUNTERS]);

/** Every 1024th counted iteration or call polls the host (memory) and the CPU budget. */
export const POLL_MASK = 1023;
