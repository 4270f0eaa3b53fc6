/**
 * `loop.runInExecutor` and `asyncio.toThread` (runtime/guest/threads.ts), mirroring CPython's
 * `asyncio/threads.py` and the executor half of `base_events.py`: a blocking function runs on a
 * worker's timeline, its prints land at the worker's virtual times, and the awaiting task resumes
 * when that timeline ends. Expected traces come from the examples the lessons follow (the Hello/Goodbye
 * `run_in_executor` example; Python Concurrency with Asyncio's blocking calls and debug mode).
 */
import { describe, expect, it } from "vitest";
import { lineOf, useSandbox, WORKER_WAITS_FOR_THE_LOOP } from "./kit.ts";

const run = useSandbox();

const IMPORTS = `import * as asyncio from "asyncio";
import * as time from "time";
import { ThreadPoolExecutor } from "concurrent.futures";
`;

describe("loop.runInExecutor", () => {
  it("runs the Hello/Goodbye example's blocking function in a thread: Hello at 0, the thread at 0.5, Goodbye at 1.5", () => {
    const source = `${IMPORTS}
function blocking(): void {
  time.sleep(0.5);
  print(\`\${time.ctime()} Hello from a thread!\`);
}

async function main(): Promise<void> {
  print(\`\${time.ctime()} Hello!\`);
  const loop = asyncio.getRunningLoop();
  await loop.runInExecutor(null, blocking); // run in executor
  await asyncio.sleep(1.0);
  print(\`\${time.ctime()} Goodbye!\`);
}

asyncio.run(main());
`;
    const result = run(source);
    expect(result.lines).toEqual([
      "0.000 Task-1 Sun Aug 18 02:14:34 2019 Hello!",
      "0.500 asyncio_0 Sun Aug 18 02:14:34 2019 Hello from a thread!",
      "1.500 Task-1 Sun Aug 18 02:14:35 2019 Goodbye!",
    ]);
    expect(result.trace.events.filter((e) => e.type === "worker_start" || e.type === "worker_done")).toEqual([
      expect.objectContaining({
        type: "worker_start",
        t: 0,
        task: "asyncio_0",
        executor: "thread",
        line: lineOf(source, "run in executor"),
      }),
      expect.objectContaining({ type: "worker_done", t: 0.5, task: "asyncio_0", executor: "thread" }),
    ]);
    expect(result.events("task_blocked")[0]).toMatchObject({
      task: "Task-1",
      waiting: "runInExecutor(blocking)",
    });
    expect(result.trace.elapsed).toBe(1.5);
  });

  it("passes arguments and resolves to the function's result or raises its error", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  print(await loop.runInExecutor(null, (a: number, b: number) => a + b, 2, 3));
  try {
    await loop.runInExecutor(null, () => { throw new RangeError("in the thread"); });
  } catch (e) {
    print("caught", String(e));
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["5", "caught RangeError: in the thread"]);
  });

  it("runs the function with no running loop, as another OS thread would", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  try {
    await asyncio.getRunningLoop().runInExecutor(null, () => asyncio.getRunningLoop());
  } catch (e) {
    print(String(e));
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["RuntimeError: no running event loop"]);
  });

  it("works on a loop that is not running yet", () => {
    const result = run(`${IMPORTS}
const loop = asyncio.newEventLoop();
const future = loop.runInExecutor(null, (s: number) => {
  time.sleep(s);
  return s;
}, 1.5);
print(loop.runUntilComplete(future), loop.time());
`);
    expect(result.output).toEqual(["1.5 1.5"]);
  });

  it("explains why a worker that waits for the loop never finishes", () => {
    const result = run(`${IMPORTS}
${WORKER_WAITS_FOR_THE_LOOP}`);
    expect(result.error).toMatchObject({
      kind: "virtual-timeout",
      message: expect.stringContaining(
        "It happened in asyncio_0: a function given to an executor runs to completion",
      ),
    });
  });

  it("refuses to run an event loop inside a worker", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  await asyncio.toThread(() => asyncio.newEventLoop().runUntilComplete(asyncio.sleep(1)));
}
asyncio.run(main());
`);
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "an event loop cannot run in an executor worker in the sandbox (run it on the main thread)",
    });
  });

  it("cancels a job no thread has started when its future is cancelled", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const pool = new ThreadPoolExecutor(1);
  const first = loop.runInExecutor(pool, () => time.sleep(1));
  const second = loop.runInExecutor(pool, () => print("second ran"));
  second.cancel();
  await first;
  await asyncio.sleep(1);
  print("second cancelled:", second.cancelled());
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["second cancelled: true"]);
  });
});

describe("asyncio.toThread", () => {
  it("makes Python Concurrency with Asyncio's blocking requests concurrent: three 0.3 s calls take 0.3 s", () => {
    const result = run(`${IMPORTS}
import { requests } from "services";
async function status(): Promise<number> {
  const response = await asyncio.toThread(requests.get, "http://www.example.com");
  return response.statusCode;
}
async function main(): Promise<void> {
  const start = time.perfCounter();
  print(await asyncio.gather(status(), status(), status()), (time.perfCounter() - start).toFixed(2));
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["[200, 200, 200] 0.30"]);
    expect(result.events("loop_blocked")).toEqual([]);
  });

  it("marks the worker's start with the line of the await", () => {
    const source = `${IMPORTS}
async function main(): Promise<void> {
  await asyncio.toThread(() => time.sleep(1)); // to thread
}
asyncio.run(main());
`;
    expect(run(source).events("worker_start")).toMatchObject([
      { t: 0, line: lineOf(source, "// to thread") },
    ]);
  });

  it("is a coroutine: nothing runs until it is awaited", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  const job = asyncio.toThread(() => print("ran"));
  print("created");
  await job;
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["created", "ran"]);
  });
});

describe("asyncio.run and the default executor", () => {
  it("waits for the default executor's jobs before closing the loop", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  asyncio.getRunningLoop().runInExecutor(null, () => {
    time.sleep(2);
    print("job done");
  });
  print("main returns");
}
asyncio.run(main());
print("after run at", time.monotonic());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 main returns",
      "2.000 asyncio_0 job done",
      "2.000 - after run at 2",
    ]);
  });

  it("refuses new jobs for the default executor after shutdownDefaultExecutor()", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  await loop.shutdownDefaultExecutor();
  loop.runInExecutor(null, () => 1);
}
asyncio.run(main());
`);
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "Executor shutdown has been called",
    });
  });
});

describe("debug mode with executors", () => {
  it("warns about a blocking call on the loop thread, but not when it runs in a thread", () => {
    const source = `${IMPORTS}
function blocking(): void {
  time.sleep(0.5);
}
async function onLoop(): Promise<void> {
  blocking(); // blocks the loop
  await asyncio.sleep(0);
}
async function inThread(): Promise<void> {
  await asyncio.toThread(blocking);
}
async function main(): Promise<void> {
  await asyncio.createTask(onLoop());
  await asyncio.createTask(inThread());
}
asyncio.run(main(), { debug: true });
`;
    const result = run(source);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        category: "SlowCallback",
        task: "Task-2",
        text: expect.stringContaining("took 0.500 seconds"),
      }),
    ]);
    expect(result.trace.elapsed).toBe(1);
  });
});
