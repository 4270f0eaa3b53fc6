/**
 * The fake-clock kit for runtime tests (the idea of CPython's `test_asyncio/utils.py` `TestLoop`):
 * every program runs in the real QuickJS sandbox on the virtual clock, and a test reads what it
 * printed as `"<time> <task> <text>"` lines, so each assertion states the exact virtual time at
 * which something happened. `sleeps()` pairs every `sleep(d)` with the moment the task woke, so a
 * test can assert each scheduled deadline.
 */
import { beforeAll, expect } from "vitest";
import { createSandbox, type RunOptions, type Sandbox } from "../../runtime/host/run.ts";
import type { Trace, TraceError, TraceEvent, TraceEventType } from "../../runtime/trace.ts";
import { traceIntervals } from "../../runtime/trace-intervals.ts";

export { CPU_COSTS, EPOCH } from "../../runtime/protocol.ts";

/** What one run produced, in the shapes tests assert on. */
export interface RunResult {
  trace: Trace;
  /** Every printed line as `"1.000 Task-2 text"` (`-` when no task was running). */
  lines: string[];
  /** Every printed line's text alone. */
  output: string[];
  /** The `warning` events. */
  warnings: TraceEvent[];
  error: TraceError | null;
  /** The events of one type, in order. */
  events(type: TraceEventType): TraceEvent[];
  /** The virtual time of the one printed line whose text is `text`; throws if there is not exactly one. */
  timeOf(text: string): number;
}

export type Runner = (source: string, options?: RunOptions) => RunResult;

/** `t` as the kit prints it: seconds with three decimals. */
export function stamp(t: number): string {
  return t.toFixed(3);
}

/** Wraps a trace in the helpers of `RunResult`. */
export function inspect(trace: Trace): RunResult {
  const stdout = trace.events.filter((e) => e.type === "stdout");
  return {
    trace,
    lines: stdout.map((e) => `${stamp(e.t)} ${e.task ?? "-"} ${e.text ?? ""}`),
    output: stdout.map((e) => e.text ?? ""),
    warnings: trace.events.filter((e) => e.type === "warning"),
    error: trace.error,
    events: (type) => trace.events.filter((e) => e.type === type),
    timeOf(text) {
      const matches = stdout.filter((e) => e.text === text);
      if (matches.length !== 1) {
        throw new Error(`expected one printed line ${JSON.stringify(text)}, found ${matches.length}`);
      }
      return matches[0].t;
    },
  };
}

/**
 * One sandbox for the whole test file (created before its tests, reused by every run: each run
 * still gets a fresh QuickJS context). Returns the function that runs a program in it.
 */
export function useSandbox(): Runner {
  let sandbox: Sandbox | undefined;
  beforeAll(async () => {
    sandbox = await createSandbox();
  });
  return (source, options) => {
    if (!sandbox) {
      throw new Error("useSandbox(): the sandbox is created in beforeAll; run programs inside tests");
    }
    return inspect(sandbox.run(source, options));
  };
}

/**
 * A small CPU budget for programs that never end: counted work, so runaway programs stop quickly
 * and a busy machine cannot change the verdict.
 */
export const SMALL_CPU = { cpuTimeLimit: 0.05 };

const NEXT = `import * as asyncio from "asyncio";
async function main(): Promise<void> {
  await asyncio.sleep(0.5);
  print("the next run works");
}
asyncio.run(main());
`;

/** Asserts that `run` runs a normal program cleanly right after a failed or hostile one. */
export function expectNextRunWorks(run: Runner): void {
  const next = run(NEXT);
  expect(next.trace.ok).toBe(true);
  expect(next.lines).toEqual(["0.500 Task-1 the next run works"]);
}

/** The 1-based line of `source` that contains `marker` (which must occur on exactly one line). */
export function lineOf(source: string, marker: string): number {
  const lines = source.split("\n");
  const found = lines.flatMap((text, i) => (text.includes(marker) ? [i + 1] : []));
  if (found.length !== 1) {
    throw new Error(`expected ${JSON.stringify(marker)} on exactly one line, found it on ${found.length}`);
  }
  return found[0];
}

/** One `asyncio.sleep(delay)` a task awaited, and when it woke up (null if it never did). */
export interface SleepRecord {
  task: string;
  delay: number;
  /** When the task blocked on the sleep. */
  from: number;
  /** The deadline the loop scheduled: `from + delay`. */
  deadline: number;
  /** When the task's next step ran. */
  woke: number | null;
}

/**
 * Every positive `sleep(d)` of the trace (from `task_blocked` events), paired with the task's
 * next step: the test can then assert that each deadline was met exactly, or by how much a
 * blocked loop made it late.
 */
export function sleeps(trace: Trace): SleepRecord[] {
  // The waits as the grader and the timeline read them (runtime/trace-intervals.ts).
  const records: SleepRecord[] = [];
  for (const interval of traceIntervals(trace)) {
    if (interval.kind !== "waiting") continue;
    const match = /^sleep\((.+)\)$/.exec(interval.what);
    const delay = match ? Number(match[1]) : 0;
    if (!(delay > 0)) continue;
    records.push({
      task: interval.who,
      delay,
      from: interval.start,
      deadline: interval.start + delay,
      woke: interval.toSeq === null ? null : interval.end,
    });
  }
  return records;
}

/** The learner-facing import line most programs start with. */
export const ASYNCIO = `import * as asyncio from "asyncio";`;

/**
 * A program (after its imports of `asyncio` and `time`) whose executor worker waits, in blocking
 * sleeps, for the loop — which waits for the worker: it can only end at the virtual-time limit.
 */
export const WORKER_WAITS_FOR_THE_LOOP = `async function main(): Promise<void> {
  const state = { done: false };
  const spinner = asyncio.getRunningLoop().runInExecutor(null, () => {
    while (!state.done) time.sleep(0.1);
  });
  state.done = true;
  await spinner;
}
asyncio.run(main());
`;
