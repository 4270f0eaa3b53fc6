/**
 * The run's configuration and the bridge to the host. Each run gets a fresh QuickJS context, so
 * module-level state here is per run. No wall-clock API is used anywhere in guest code.
 */

/** Functions the host installs on `globalThis.__host` before the prelude runs. */
export interface HostBridge {
  /** Runs pending QuickJS promise jobs (microtasks); returns how many ran. */
  runJobs(): number;
  /** Receives a batch of trace events as a JSON array. */
  flush(eventsJson: string): void;
  /**
   * Asks the host to end the run at its next interrupt check (which learner code cannot catch);
   * `errorJson` is the trace error to report.
   */
  halt(errorJson: string): void;
  /** Returns a non-empty trace-error JSON when the run must stop (memory), else "". */
  poll(): string;
}

/** Per-run settings, passed by the host as JSON. */
export interface SessionConfig {
  /** Lines the host put before the learner's compiled code (the wrapper). */
  lineOffset: number;
  /** Decoded source map: per compiled line, segments `[compiledCol, tsLine, tsCol]`, all 0-based. */
  mappings: number[][][];
  /** The learner's functions: `[firstLine, lastLine, name]`, to name traceback frames. */
  scopes: [number, number, string][];
  outputLimitBytes: number;
  virtualTimeLimit: number;
  /** Virtual seconds one loop iteration of learner code costs. */
  loopIterationCost: number;
  /** Virtual seconds one call of a learner function costs. */
  functionCallCost: number;
  /** CPU work shorter than this inside one step is below the clock's resolution. */
  cpuResolution: number;
  /** The fixed Unix time at which the virtual clock reads 0. */
  epoch: number;
  /** Exercise variant parameters, visible as `import { world } from "looplab"`. */
  world: Record<string, unknown>;
  /** Trace task-life-cycle events beyond this count are not recorded (stdout always is). */
  maxLifecycleEvents: number;
}

/**
 * Work counters bumped by instrumented learner code (`__cpu.n++` at every loop iteration and
 * function entry, `__cpu.line = N` before every `await`, `__cpu.throwLine = N` at every `throw`).
 * Reading them never costs wall time.
 */
export const cpu = {
  loops: 0,
  calls: 0,
  line: 0,
  throwLine: 0,
  loopLine: 0,
  /** The line of the statement running now, when it calls something (set by instrumentation). */
  at: 0,
  /** Called every 1024 counts: the host ends the run if it is over its memory budget. */
  poll(): void {
    pollHost();
  },
};

/** Set by exceptions.ts (which owns Halt), to keep this module free of imports. */
export const hooks: { onPoll: () => void } = { onPoll: () => undefined };

function pollHost(): void {
  hooks.onPoll();
}

export let config: SessionConfig = {
  lineOffset: 0,
  mappings: [],
  scopes: [],
  outputLimitBytes: 1 << 20,
  virtualTimeLimit: 3600,
  loopIterationCost: 28e-9,
  functionCallCost: 60e-9,
  cpuResolution: 1e-3,
  epoch: 1566094474,
  world: {},
  maxLifecycleEvents: 200_000,
};

export function configure(next: SessionConfig): void {
  config = next;
}

declare const __host: HostBridge | undefined;

/** The host bridge, or a no-op one when the runtime is loaded outside a sandbox host. */
export const host: HostBridge =
  typeof __host !== "undefined"
    ? __host
    : { runJobs: () => 0, flush: () => undefined, halt: () => undefined, poll: () => "" };
