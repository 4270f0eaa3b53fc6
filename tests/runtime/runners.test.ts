/**
 * `asyncio.run` (runtime/guest/runners.ts), as CPython 3.11's `asyncio/runners.py`: a new loop,
 * the main coroutine as Task-1, leftover tasks cancelled and allowed to finish their handlers,
 * the loop closed. Expected output was checked against CPython 3.11 on a virtual clock (CPython
 * cancels leftovers in set order, which is not defined; here it is creation order).
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("asyncio.run", () => {
  it("runs the main coroutine as Task-1 on a new loop and returns its result", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<string> {
  await asyncio.sleep(1);
  print(asyncio.currentTask()!.getName(), asyncio.getRunningLoop().isRunning());
  return "main result";
}
print(asyncio.run(main()));
`);
    expect(result.lines).toEqual(["1.000 Task-1 Task-1 true", "1.000 - main result"]);
    expect(result.trace.ok).toBe(true);
  });

  it("raises the main coroutine's exception, which ends the program with its line", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(0.5);
  throw new RangeError("main failed");
}
asyncio.run(main());
print("never");
`);
    expect(result.output).toEqual([]);
    expect(result.error).toMatchObject({
      kind: "exception",
      name: "RangeError",
      message: "main failed",
      line: 4,
      task: "Task-1",
    });
    expect(result.trace.elapsed).toBe(0.5);
  });

  it("cancels leftover tasks when main returns and lets their handlers await", () => {
    const result = run(`${ASYNCIO}
async function leftover(name: string): Promise<void> {
  try {
    print(name, "start");
    await asyncio.sleep(10);
  } catch (e) {
    print(name, "cancelled; cleaning up");
    await asyncio.sleep(1);
    print(name, "cleaned", asyncio.getRunningLoop().time());
    throw e;
  }
}
async function main(): Promise<string> {
  asyncio.createTask(leftover("x"));
  asyncio.createTask(leftover("y"));
  await asyncio.sleep(1);
  print("main returns");
  return "done";
}
print(asyncio.run(main()));
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 x start",
      "0.000 Task-3 y start",
      "1.000 Task-1 main returns",
      "1.000 Task-2 x cancelled; cleaning up",
      "1.000 Task-3 y cancelled; cleaning up",
      "2.000 Task-2 x cleaned 2",
      "2.000 Task-3 y cleaned 2",
      "2.000 - done",
    ]);
    expect(result.events("task_cancelled").map((e) => [e.t, e.task])).toEqual([
      [2, "Task-2"],
      [2, "Task-3"],
    ]);
  });

  it("reports a leftover whose cleanup fails, and still returns main's result", () => {
    const result = run(`${ASYNCIO}
async function failingCleanup(): Promise<void> {
  try {
    await asyncio.sleep(10);
  } catch {
    throw new TypeError("cleanup failed");
  }
}
async function stubborn(): Promise<number> {
  try {
    await asyncio.sleep(10);
  } catch {
    print("stubborn swallows the cancellation");
  }
  return 5;
}
async function main(): Promise<number> {
  asyncio.createTask(failingCleanup());
  asyncio.createTask(stubborn());
  await asyncio.sleep(1);
  return 42;
}
print(asyncio.run(main()));
`);
    expect(result.lines).toEqual(["1.000 Task-3 stubborn swallows the cancellation", "1.000 - 42"]);
    expect(result.warnings).toMatchObject([
      {
        t: 1,
        category: "ExceptionHandler",
        text: "unhandled exception during asyncio.run() shutdown\nTypeError: cleanup failed",
      },
    ]);
  });

  it("lets a task created just before main returns run its first step", () => {
    const result = run(`${ASYNCIO}
async function late(): Promise<void> {
  print("late runs its first step");
  await asyncio.sleep(5);
  print("never");
}
async function main(): Promise<void> {
  asyncio.createTask(late());
  print("main returns");
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["main returns", "late runs its first step"]);
  });

  it("closes the loop afterwards", () => {
    const result = run(`${ASYNCIO}
let loop: asyncio.AbstractEventLoop | undefined;
async function main(): Promise<void> {
  loop = asyncio.getRunningLoop();
}
asyncio.run(main());
print(loop!.isClosed(), loop!.isRunning());
`);
    expect(result.output).toEqual(["true false"]);
  });

  it("uses a new loop each time, on the same clock; task numbers keep counting", () => {
    const result = run(`${ASYNCIO}
const loops: asyncio.AbstractEventLoop[] = [];
async function main(label: string): Promise<string> {
  loops.push(asyncio.getRunningLoop());
  const child = asyncio.createTask(asyncio.sleep(0.5, label));
  print(label, asyncio.currentTask()!.getName(), child.getName());
  return await child;
}
const first = asyncio.run(main("first"));
const second = asyncio.run(main("second"));
print(first, second, loops[0] === loops[1]);
`);
    // CPython's run() spends two task numbers on its shutdown steps (async generators, executor).
    expect(result.lines).toEqual([
      "0.000 Task-1 first Task-1 Task-2",
      "0.500 Task-5 second Task-5 Task-6",
      "1.000 - first second false",
    ]);
  });

  it("refuses to run inside a running loop", () => {
    const result = run(`${ASYNCIO}
async function inner(): Promise<void> {}
async function main(): Promise<void> {
  const coro = inner();
  try {
    asyncio.run(coro);
  } catch (e) {
    print(e);
  }
  await coro;
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["RuntimeError: asyncio.run() cannot be called from a running event loop"]);
    expect(result.warnings).toEqual([]);
  });

  it("requires a coroutine", () => {
    const result = run(`${ASYNCIO}
try {
  asyncio.run(5 as never);
} catch (e) {
  print(e);
}
`);
    expect(result.output).toEqual(["ValueError: a coroutine was expected, got 5"]);
  });

  it("turns on the loop's debug mode with { debug: true }", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  print(asyncio.getRunningLoop().getDebug());
}
asyncio.run(main());
asyncio.run(main(), { debug: true });
asyncio.run(main(), { debug: false });
`);
    expect(result.output).toEqual(["false", "true", "false"]);
  });
});
