/**
 * The run's configuration and the bridge to the host. Each run gets a fresh QuickJS context, so
 * module-level state here is per run. The bridge is captured here, once, while the prelude runs;
 * the prelude then deletes its global, so learner code can neither call nor replace it. No
 * wall-clock API is used anywhere in guest code.
 */
import {
  BRIDGE_GLOBAL,
  CPU_COSTS,
  DEFAULT_LIMITS,
  EPOCH,
  type HostBridge,
  type SessionConfig,
} from "../protocol.ts";

export type { HostBridge, SessionConfig } from "../protocol.ts";

/** Yielded by `sleep(0)`: give up control for exactly one loop iteration (Python's bare `yield`). */
export const YIELD_ONCE: unique symbol = Symbol("yield once");

/**
 * Work counters and source lines kept by instrumented learner code: `loops` and `calls` count
 * every loop iteration and function entry (every 1024th count calls `poll`); `awaitLine` is set
 * before every `await`, `throwLine` at every `throw`, `loopLine` when a loop starts,
 * `statementLine` before every statement that calls something; `steps` counts the loop's steps.
 * Learner code reaches this object only through the compiled `__cpu` parameter, a name the
 * compiler refuses in learner source.
 */
export const cpu = {
  /** What a compiled `await asyncio.sleep(0)` yields (runtime/compile/awaited-sleep.ts). */
  yieldOnce: YIELD_ONCE,
  /**
   * What a compiled `await asyncio.sleep(delay, result)` awaits instead of the call's coroutine
   * (`awaitSleep`, waiting.ts; set by the prelude's entry, index.ts).
   */
  awaitSleep: null as ((delay: number, result?: unknown) => unknown) | null,
  loops: 0,
  calls: 0,
  awaitLine: 0,
  throwLine: 0,
  loopLine: 0,
  statementLine: 0,
  /** Loop steps so far (counted by `beginStep`, clock.ts): each costs the CPU budget `stepCost`. */
  steps: 0,
  /** Called every 1024 counts: memory and CPU budget checks. */
  poll(): void {
    checkMemory();
    checkCpuBudget();
  },
};

/** Virtual CPU seconds of counted work so far: what the CPU budget measures. */
export function cpuSpent(): number {
  return (
    cpu.loops * config.loopIterationCost + cpu.calls * config.functionCallCost + cpu.steps * config.stepCost
  );
}

const stringify = JSON.stringify;

/**
 * Ends the run when its counted work is over the CPU budget: "ran too long", decided by counting,
 * so a busy machine gives the same verdict as an idle one.
 */
export function checkCpuBudget(): void {
  if (cpuSpent() <= config.cpuTimeLimit) return;
  const line = cpu.loopLine || cpu.statementLine;
  host.halt(
    stringify({
      kind: "timeout",
      name: "TimeoutError",
      message: `Your code used more than ${config.cpuTimeLimit} s of CPU time and was stopped${
        line ? ` (it was running the ${cpu.loopLine ? "loop" : "code"} at line ${line})` : ""
      }. Look for a loop that never ends or never awaits.`,
      limit: config.cpuTimeLimit,
      clock: "cpu",
      ...(line ? { line, running: cpu.loopLine ? "loop" : "code" } : {}),
    }),
  );
  // The host now interrupts the run at its next check; unwind meanwhile.
  throw new RangeError("the CPU budget is spent");
}

/**
 * Ends the run when the host finds it over its memory budget. The host has already recorded the
 * verdict and interrupts the run at its next check; the throw only unwinds the code meanwhile.
 */
function checkMemory(): void {
  if (host.poll()) throw new RangeError("the memory budget is spent");
}

const defaults: SessionConfig = {
  lineOffset: 0,
  mappings: [],
  scopes: [],
  outputLimitBytes: DEFAULT_LIMITS.outputLimitBytes,
  virtualTimeLimit: DEFAULT_LIMITS.virtualTimeLimit,
  cpuTimeLimit: DEFAULT_LIMITS.cpuTimeLimit,
  ...CPU_COSTS,
  epoch: EPOCH,
  world: {},
  maxEvents: DEFAULT_LIMITS.maxEvents,
  seed: 1,
  filename: "main.ts",
};

export let config: Readonly<SessionConfig> = defaults;
let sealed = false;

/**
 * Counted work (loop iterations plus calls) that surely costs less than half the clock's
 * resolution: a step that did less is free without computing its cost (`commitCpu` in clock.ts).
 * 0 when costs or resolution are not positive: every step's cost is then computed.
 */
export let freeWork = freeWorkOf(defaults);

function freeWorkOf(costs: Readonly<SessionConfig>): number {
  const most = Math.max(costs.loopIterationCost, costs.functionCallCost);
  return most > 0 && costs.cpuResolution > 0 ? Math.floor(costs.cpuResolution / most / 2) : 0;
}

/** Sets the run's configuration, once: a second call (from anywhere) throws. */
export function configure(next: SessionConfig): void {
  if (sealed) throw new TypeError("the sandbox's configuration is sealed");
  sealed = true;
  config = Object.freeze({ ...defaults, ...next });
  freeWork = freeWorkOf(config);
}

function captureBridge(): HostBridge {
  const global = globalThis as Record<string, unknown>;
  const bridge = global[BRIDGE_GLOBAL] as HostBridge | undefined;
  if (!bridge) {
    // Loaded outside a sandbox host (a unit test of the bundle): a bridge that does nothing.
    return {
      runJobs: () => 0,
      flush: () => undefined,
      halt: () => undefined,
      poll: () => "",
      register: () => undefined,
    };
  }
  const { runJobs, flush, halt, poll, register } = bridge;
  delete global[BRIDGE_GLOBAL];
  return Object.freeze({ runJobs, flush, halt, poll, register });
}

/** The host bridge, captured before any learner code exists. */
export const host: HostBridge = captureBridge();
