/**
 * Determinism: the same program always produces the same trace, byte for byte — run
 * twice in one sandbox, or in two separate sandboxes — because time is virtual, CPU work is
 * counted rather than measured, and `Date` and `Math.random` are fixed.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "../runtime/kit.ts";

const run = useSandbox();
const runElsewhere = useSandbox();

/** A program that touches everything that could vary between runs. */
const BUSY = `${ASYNCIO}
import * as time from "time";

function crunch(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i % 7;
  return total;
}

async function worker(id: number): Promise<string> {
  const jitter = Math.floor(Math.random() * 100) / 100;
  await asyncio.sleep(0.1 * id + jitter);
  const total = crunch(200_000 * id);
  print("worker", id, "crunched", total, "at", time.monotonic().toFixed(6), time.ctime());
  if (id === 3) throw new RangeError("worker 3 fails");
  return "w" + id;
}

async function sleeper(): Promise<void> {
  try {
    await asyncio.sleep(100);
  } finally {
    print("sleeper cleaned up at", Date.now());
  }
}

async function main(): Promise<void> {
  asyncio.createTask(sleeper());
  const results = await asyncio.gather(...[1, 2, 3, 4].map(worker), { returnExceptions: true });
  print(results);
  const value = await new Promise<number>((resolve) => setTimeout(() => resolve(Math.random()), 250));
  print("promised", value);
  time.sleep(0.5);
  const [done, pending] = await asyncio.wait([asyncio.createTask(asyncio.sleep(1, "a")), asyncio.createTask(asyncio.sleep(2))], {
    timeout: 1.5,
  });
  print(done.size, pending.size);
  never();
}

async function never(): Promise<void> {}

asyncio.run(main(), { debug: true });
`;

const FAILING = `${ASYNCIO}
async function main(): Promise<void> {
  const fut = asyncio.getRunningLoop().createFuture();
  asyncio.createTask((async () => await fut)());
  await asyncio.sleep(1);
  await fut;
}
asyncio.run(main());
`;

describe("the same program", () => {
  it("gives byte-identical JSON traces when run twice in one sandbox", () => {
    const first = JSON.stringify(run(BUSY).trace);
    const second = JSON.stringify(run(BUSY).trace);
    expect(second).toBe(first);
  });

  it("gives byte-identical JSON traces in two separate sandboxes", () => {
    expect(JSON.stringify(runElsewhere(BUSY).trace)).toBe(JSON.stringify(run(BUSY).trace));
  });

  it("exercises what could vary: CPU work, random numbers, dates, warnings, several tasks", () => {
    const { trace } = run(BUSY);
    const types = new Set(trace.events.map((e) => e.type));
    for (const type of [
      "stdout",
      "warning",
      "task_spawned",
      "task_step",
      "task_blocked",
      "task_done",
      "task_cancelled",
      "loop_blocked",
    ] as const) {
      expect(types, `the program should produce ${type} events`).toContain(type);
    }
    expect(trace.ok).toBe(true);
  });

  it("gives identical traces when it fails, too", () => {
    const first = run(FAILING).trace;
    expect(first.error?.kind).toBe("deadlock");
    expect(JSON.stringify(runElsewhere(FAILING).trace)).toBe(JSON.stringify(first));
  });
});

describe("each run", () => {
  it("starts from a fresh context: globals, task numbers, the clock and random numbers reset", () => {
    const source = `${ASYNCIO}
const g = globalThis as { counter?: number };
g.counter = (g.counter ?? 0) + 1;
async function main(): Promise<void> {
  await asyncio.sleep(1);
  print(g.counter, asyncio.currentTask()!.getName(), asyncio.getRunningLoop().time(), Math.random());
}
asyncio.run(main());
`;
    const first = run(source);
    expect(first.output[0]).toMatch(/^1 Task-1 1 0\.\d+$/);
    expect(run(source).output).toEqual(first.output);
  });

  it("is not affected by a failed run before it", () => {
    const clean = JSON.stringify(run(BUSY).trace);
    run(`while (true) {}`, { wallTimeoutMs: 300 });
    run(FAILING);
    expect(JSON.stringify(run(BUSY).trace)).toBe(clean);
  });
});
