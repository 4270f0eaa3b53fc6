/**
 * The virtual clock. It starts at 0, jumps to the next deadline when nothing is ready, and advances
 * when the running thread blocks: `time.sleep()` or CPU work counted by instrumented learner code.
 *
 * CPU work is charged per step (one callback of the loop): work below `cpuResolution` inside a step
 * is free, like the noise of a real clock, so programs that only await sleeps keep exact times.
 */
import { Halt } from "./exceptions.ts";
import { callerPosition } from "./positions.ts";
import { actor, record } from "./recorder.ts";
import { checkCpuBudget, config, cpu, freeWork } from "./session.ts";

/** A timeline: the loop thread's, or an executor worker's. */
export interface Timeline {
  now: number;
  /** Work counters at the start of the current step on this timeline. */
  loopsAtStepStart: number;
  callsAtStepStart: number;
  /** Called when CPU work or a blocking sleep advances the timeline. */
  onBlocked(start: number, duration: number, reason: "sleep" | "cpu"): void;
  /**
   * Where `cost` seconds of CPU work starting at `start` end. Unset: at `start + cost`. Threads
   * set it so CPU work waits for the GIL (executors.ts); a worker process waits for a free core.
   */
  placeCpu?: (start: number, cost: number) => number;
}

function loopTimelineBlocked(start: number, duration: number, reason: "sleep" | "cpu"): void {
  // A blocking sleep is a call on the stack right now; CPU work is best placed by its loop.
  const line = reason === "sleep" ? callerPosition()?.line : cpu.loopLine || undefined;
  record("loop_blocked", { t: start, duration, reason, ...(line ? { line } : {}) });
}

/** The event loop thread's timeline: what `loop.time()` reads. */
export const loopTimeline: Timeline = {
  now: 0,
  loopsAtStepStart: 0,
  callsAtStepStart: 0,
  onBlocked: loopTimelineBlocked,
};

/** The timeline of the code running right now (the loop's, or a worker's while it runs). */
let current: Timeline = loopTimeline;

export function currentTimeline(): Timeline {
  return current;
}

/** Runs `body` with `timeline` as the running thread's timeline. */
export function onTimeline<T>(timeline: Timeline, body: () => T): T {
  const previous = current;
  commitCpu();
  current = timeline;
  actor.clock = timeline;
  beginStep();
  try {
    return body();
  } finally {
    commitCpu();
    current = previous;
    actor.clock = previous;
    beginStep();
  }
}

/**
 * Starts a step: CPU work before it is no longer charged. Each step counts against the CPU budget,
 * checked every 1024 steps.
 */
export function beginStep(): void {
  if ((++cpu.steps & 1023) === 0) checkCpuBudget();
  current.loopsAtStepStart = cpu.loops;
  current.callsAtStepStart = cpu.calls;
}

/** Charges the CPU work done so far in this step, if it reached the clock's resolution. */
export function commitCpu(): void {
  // Runs several times per step: the counters are read here, without a call of their own.
  const loops = cpu.loops - current.loopsAtStepStart;
  const calls = cpu.calls - current.callsAtStepStart;
  // Most steps do far less work than the clock's resolution: one comparison tells.
  if (loops + calls < freeWork) return;
  const cost = loops * config.loopIterationCost + calls * config.functionCallCost;
  if (cost >= config.cpuResolution) {
    const start = current.now;
    const end = current.placeCpu ? current.placeCpu(start, cost) : start + cost;
    current.now = end;
    beginStep();
    current.onBlocked(start, current.placeCpu ? end - start : cost, "cpu");
    checkLimit(current.now);
  }
}

/** The running thread's time, including CPU work already charged. */
export function now(): number {
  commitCpu();
  return current.now;
}

/** Blocks the running thread for `seconds` of virtual time (`time.sleep`). */
export function block(seconds: number): void {
  commitCpu();
  if (!(seconds > 0)) return;
  const start = current.now;
  current.now = start + seconds;
  current.onBlocked(start, seconds, "sleep");
  checkLimit(current.now);
}

/** Moves the loop's clock forward to `when` (the next deadline) while nothing is ready. */
export function advanceTo(when: number): void {
  if (when > loopTimeline.now) {
    checkLimit(when);
    loopTimeline.now = when;
  }
}

function checkLimit(t: number): void {
  if (t > config.virtualTimeLimit) {
    throw new Halt(
      "virtual-timeout",
      `The program ran for more than ${config.virtualTimeLimit} s of virtual time; the run was stopped.`,
      undefined,
      config.virtualTimeLimit,
    );
  }
}

actor.clock = loopTimeline;
