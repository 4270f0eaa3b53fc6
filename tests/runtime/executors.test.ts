/**
 * `concurrent.futures` (runtime/guest/executors.ts, workers.ts, gil.ts): thread and process pools
 * on 4 virtual CPUs. A job runs on its worker's own timeline; threads take turns holding the GIL
 * for CPU work while their blocking sleeps overlap; processes compute in parallel on the cores;
 * the pool size limits how many jobs run at once; and a thread that waits for a job (`result()`,
 * `wait`, `asCompleted`, `shutdown()`) is blocked until the job's virtual end.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

const IMPORTS = `import * as asyncio from "asyncio";
import * as time from "time";
import { ThreadPoolExecutor, ProcessPoolExecutor, wait, asCompleted, FIRST_COMPLETED } from "concurrent.futures";
`;

/** About `seconds` of CPU work on the virtual clock (28 ns per loop iteration). */
const CPU = `
function crunch(seconds: number): number {
  let total = 0;
  for (let i = 0; i < Math.round(seconds / 28e-9); i++) total += i;
  return seconds;
}
function nap(seconds: number): number {
  time.sleep(seconds);
  return seconds;
}
`;

function program(body: string): string {
  return `${IMPORTS}${CPU}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
${body}
}
asyncio.run(main());
`;
}

/** Four jobs of `fn(arg)` in `pool`, gathered; prints how long they took. */
const FOUR = (pool: string, fn: string, arg: number) => `
  {
    const pool = ${pool};
    const start = loop.time();
    await asyncio.gather(...[1, 2, 3, 4].map(() => loop.runInExecutor(pool, ${fn}, ${arg})));
    print("${pool} ${fn}: " + (loop.time() - start).toFixed(2));
  }`;

describe("the GIL and the cores", () => {
  it("runs four CPU-bound jobs one after another in a thread pool, and in parallel in a 4-process pool", () => {
    const result = run(
      program(
        FOUR("new ThreadPoolExecutor()", "crunch", 0.05) + FOUR("new ProcessPoolExecutor()", "crunch", 0.05),
      ),
      {
        wallTimeoutMs: 100_000,
      },
    );
    expect(result.output).toEqual([
      "new ThreadPoolExecutor() crunch: 0.20",
      "new ProcessPoolExecutor() crunch: 0.05",
    ]);
  });

  it("overlaps four blocking sleeps in either pool", () => {
    const result = run(
      program(FOUR("new ThreadPoolExecutor()", "nap", 1) + FOUR("new ProcessPoolExecutor()", "nap", 1)),
    );
    expect(result.output).toEqual([
      "new ThreadPoolExecutor() nap: 1.00",
      "new ProcessPoolExecutor() nap: 1.00",
    ]);
  });

  it("shares 4 cores between more worker processes than cores", () => {
    const result = run(
      program(`  const pool = new ProcessPoolExecutor(8);
  const start = loop.time();
  await asyncio.gather(...[1, 2, 3, 4, 5, 6, 7, 8].map(() => loop.runInExecutor(pool, crunch, 0.02)));
  print((loop.time() - start).toFixed(2));`),
      { wallTimeoutMs: 100_000 },
    );
    expect(result.output).toEqual(["0.04"]);
  });

  it("makes the loop thread wait for the GIL while a thread computes", () => {
    const result = run(
      program(`  const job = loop.runInExecutor(null, crunch, 0.05);
  await asyncio.sleep(0.01);
  crunch(0.02); // the loop thread computes while the thread holds the GIL
  print("loop computed until", loop.time().toFixed(2));
  await job;`),
      { wallTimeoutMs: 100_000 },
    );
    expect(result.output).toEqual(["loop computed until 0.07"]);
    expect(result.events("loop_blocked")).toMatchObject([{ t: 0.01, reason: "cpu" }]);
    expect(result.events("loop_blocked")[0].duration).toBeCloseTo(0.06, 6);
  });
});

describe("pool sizes", () => {
  it("default to min(32, CPUs + 4) threads and to the CPU count of processes", () => {
    const result = run(
      program(`  print(new ThreadPoolExecutor().maxWorkers, new ProcessPoolExecutor().maxWorkers);`),
    );
    expect(result.output).toEqual(["8 4"]);
  });

  it("limit how many jobs run at once: two threads take 2 s for four 1 s sleeps", () => {
    const result = run(program(FOUR("new ThreadPoolExecutor(2)", "nap", 1)));
    expect(result.output).toEqual(["new ThreadPoolExecutor(2) nap: 2.00"]);
    expect(new Set(result.events("worker_start").map((e) => e.task))).toEqual(
      new Set(["ThreadPoolExecutor-0_0", "ThreadPoolExecutor-0_1"]),
    );
  });

  it("must be positive", () => {
    const result = run(program(`  new ThreadPoolExecutor(0);`));
    expect(result.error).toMatchObject({ name: "ValueError", message: "max_workers must be greater than 0" });
  });
});

describe("worker events", () => {
  it("bracket each job with worker_start and worker_done at the worker's virtual times", () => {
    const result = run(program(`  await loop.runInExecutor(new ProcessPoolExecutor(1), nap, 2);`));
    expect(result.trace.events.filter((e) => e.type.startsWith("worker_"))).toMatchObject([
      { type: "worker_start", t: 0, task: "ForkProcess-1", executor: "process" },
      { type: "worker_done", t: 2, task: "ForkProcess-1", executor: "process" },
    ]);
  });

  it("merge a worker's prints with the loop's in time order, also while the loop is blocked", () => {
    const result = run(
      program(`  const job = loop.runInExecutor(null, () => {
    for (let i = 1; i <= 4; i++) {
      time.sleep(0.2);
      print("tick", i);
    }
  });
  await asyncio.sleep(0.3);
  print("loop awake");
  time.sleep(0.4); // blocks the loop thread, not the worker
  print("loop unblocked");
  await job;`),
    );
    expect(result.lines).toEqual([
      "0.200 asyncio_0 tick 1",
      "0.300 Task-1 loop awake",
      "0.400 asyncio_0 tick 2",
      "0.600 asyncio_0 tick 3",
      "0.700 Task-1 loop unblocked",
      "0.800 asyncio_0 tick 4",
    ]);
    const times = result.trace.events.map((e) => e.t);
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });
});

describe("Future.result and blocking waits", () => {
  it("block the calling thread until the job's end: on the loop thread that blocks the loop", () => {
    const result = run(
      program(`  const pool = new ThreadPoolExecutor();
  const future = pool.submit(nap, 1.5);
  print("done?", future.done(), "running?", future.running());
  print("result", future.result(), "at", loop.time());
  print("done?", future.done());`),
    );
    expect(result.output).toEqual(["done? false running? true", "result 1.5 at 1.5", "done? true"]);
    expect(result.events("loop_blocked")).toMatchObject([{ t: 0, duration: 1.5, reason: "sleep" }]);
  });

  it("throws TimeoutError when the job outlasts the timeout, and re-raises the job's error", () => {
    const result = run(
      program(`  const pool = new ThreadPoolExecutor();
  try {
    pool.submit(nap, 5).result(1);
  } catch (e) {
    print((e as Error).name, "at", loop.time());
  }
  try {
    pool.submit(() => { throw new RangeError("bad job"); }).result();
  } catch (e) {
    print(String(e));
  }`),
    );
    expect(result.output).toEqual(["TimeoutError at 1", "RangeError: bad job"]);
  });

  it("works without any event loop, as plain concurrent.futures code", () => {
    const result = run(`${IMPORTS}${CPU}
const pool = new ThreadPoolExecutor(2);
const futures = [3, 1, 2].map((s) => pool.submit(nap, s));
for (const f of asCompleted(futures)) print("completed", f.result(), "at", time.monotonic());
const [done, notDone] = wait([pool.submit(nap, 1), pool.submit(nap, 2)], { returnWhen: FIRST_COMPLETED });
print("first completed:", done.size, notDone.size, "at", time.monotonic());
print([...pool.map((x: number) => x * 10, [1, 2, 3])]);
pool.shutdown();
print("shut down at", time.monotonic());
`);
    // Two threads: 1 s ends first; the 2 s job starts when it does and ends at 3, with the 3 s one.
    expect(result.output).toEqual([
      "completed 1 at 1",
      "completed 3 at 3",
      "completed 2 at 3",
      "first completed: 1 1 at 4",
      "[10, 20, 30]",
      "shut down at 5",
    ]);
  });
});

describe("jobs that wait for jobs", () => {
  it("run a nested job on another worker of the pool", () => {
    const result = run(`${IMPORTS}${CPU}
const pool = new ThreadPoolExecutor(2);
const outer = pool.submit(() => pool.submit(nap, 1).result() + 1);
print(outer.result(), "at", time.monotonic());
`);
    expect(result.output).toEqual(["2 at 1"]);
  });

  it("end the run with a deadlock when the job waited for can never start", () => {
    const result = run(`${IMPORTS}
const pool = new ThreadPoolExecutor(1);
const outer = pool.submit(() => pool.submit(() => 42).result());
print(outer.result());
`);
    expect(result.error).toMatchObject({
      kind: "deadlock",
      message: expect.stringContaining("waits for the result of a job that can never start"),
    });
  });
});

describe("Future.cancel and Executor.shutdown", () => {
  it("cancel a queued job, but not one a worker started", () => {
    const result = run(
      program(`  const pool = new ThreadPoolExecutor(1);
  const running = pool.submit(nap, 1);
  const queued = pool.submit(() => print("never runs"));
  print(running.cancel(), queued.cancel(), queued.cancelled());
  pool.shutdown();
  print("shut down at", loop.time());`),
    );
    expect(result.output).toEqual(["false true true", "shut down at 1"]);
  });

  it("shutdown({ cancelFutures }) drops the queued jobs; submit afterwards raises", () => {
    const result = run(
      program(`  const pool = new ThreadPoolExecutor(1);
  const first = pool.submit(nap, 1);
  const second = pool.submit(nap, 1);
  pool.shutdown(true, { cancelFutures: true });
  print(first.result(), second.cancelled(), loop.time());
  pool.submit(nap, 1);`),
    );
    expect(result.output).toEqual(["1 true 1"]);
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "cannot schedule new futures after shutdown",
    });
  });
});

describe("ProcessPoolExecutor", () => {
  it("gives the job copies of its arguments and the caller a copy of the result", () => {
    const result = run(
      program(`  const data = { count: 1, tags: ["a"] };
  const back = await loop.runInExecutor(new ProcessPoolExecutor(), (d: typeof data) => {
    d.count += 1;
    d.tags.push("b");
    return d;
  }, data);
  print(data.count, data.tags, back.count, back.tags, back === data);`),
    );
    expect(result.output).toEqual(["1 ['a'] 2 ['a', 'b'] false"]);
  });

  it("names its workers ForkProcess-N, numbered across pools", () => {
    const result = run(
      program(`  await loop.runInExecutor(new ProcessPoolExecutor(2), nap, 0);
  await loop.runInExecutor(new ProcessPoolExecutor(2), nap, 0);`),
    );
    expect(result.events("worker_start").map((e) => e.task)).toEqual(["ForkProcess-1", "ForkProcess-3"]);
  });
});
