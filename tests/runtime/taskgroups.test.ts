/**
 * `asyncio.TaskGroup` (runtime/guest/taskgroups.ts), ported from CPython 3.11's
 * `asyncio/taskgroups.py`: Python's `async with asyncio.TaskGroup() as tg:` block is the body of
 * `asyncio.TaskGroup.run(async (tg) => { … })`. A failing task cancels its siblings and the body;
 * the errors surface together as an `ExceptionGroup`.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

function program(body: string): string {
  return `${ASYNCIO}
const now = () => asyncio.getRunningLoop().time().toFixed(1);
class ValueError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ValueError";
  }
}
async function child(name: string, delay: number, fail = false): Promise<string> {
  try {
    await asyncio.sleep(delay);
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled at", now());
    throw e;
  }
  if (fail) throw new ValueError(name + " failed");
  print(name, "done at", now());
  return name;
}
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

describe("TaskGroup.run", () => {
  it("resolves once the body and every task are done, to the body's result", () => {
    const result = run(
      program(`  const tasks = await asyncio.TaskGroup.run(async (tg) => [tg.createTask(child("a", 2)), tg.createTask(child("b", 1))]);
  print(tasks.map((t) => t.result()), "at", now());`),
    );
    expect(result.output).toEqual(["b done at 1.0", "a done at 2.0", "['a', 'b'] at 2.0"]);
  });

  it("cancels the siblings and the body when a task fails, and throws an ExceptionGroup", () => {
    const result = run(
      program(`  try {
    await asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(child("ok", 1));
      tg.createTask(child("bad", 2, true));
      tg.createTask(child("slow", 5));
      await child("body", 10);
    });
  } catch (e) {
    if (!(e instanceof asyncio.ExceptionGroup)) throw e;
    print(String(e), "at", now());
    print(e.exceptions.map((x) => String(x)));
  }`),
    );
    expect(result.output).toEqual([
      "ok done at 1.0",
      "slow cancelled at 2.0",
      "body cancelled at 2.0",
      "ExceptionGroup: unhandled errors in a TaskGroup (1 sub-exception) at 2.0",
      "['ValueError: bad failed']",
    ]);
  });

  it("collects every error that happened before the siblings were cancelled", () => {
    const result = run(
      program(`  try {
    await asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(child("x", 1, true));
      tg.createTask(child("y", 1, true));
    });
  } catch (e) {
    const group = e as asyncio.ExceptionGroup;
    print(group.message, group.exceptions.length);
    const [matched, rest] = group.split(ValueError);
    print(matched?.exceptions.length, rest);
  }`),
    );
    expect(result.output).toEqual(["unhandled errors in a TaskGroup (2 sub-exceptions) 2", "2 null"]);
  });

  it("adds an error raised by the body itself to the group", () => {
    const result = run(
      program(`  try {
    await asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(child("sibling", 5));
      throw new ValueError("body broke");
    });
  } catch (e) {
    print((e as asyncio.ExceptionGroup).exceptions.map(String));
  }`),
    );
    // The sibling is cancelled before its first step, so its coroutine never runs (as in CPython).
    expect(result.output).toEqual(["['ValueError: body broke']"]);
  });

  it("passes the parent task's cancellation on to the children and lets it propagate", () => {
    const result = run(
      program(`  const parent = asyncio.createTask(
    asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(child("c1", 10));
      tg.createTask(child("c2", 10));
    }),
  );
  await asyncio.sleep(1);
  parent.cancel();
  try {
    await parent;
  } catch (e) {
    print((e as Error).name, "at", now(), parent.cancelled());
  }`),
    );
    expect(result.output).toEqual([
      "c1 cancelled at 1.0",
      "c2 cancelled at 1.0",
      "CancelledError at 1.0 true",
    ]);
  });

  it("refuses new tasks once it is finished", () => {
    const result = run(
      program(`  let group: asyncio.TaskGroup | undefined;
  await asyncio.TaskGroup.run(async (tg) => { group = tg; });
  group!.createTask(child("late", 1));`),
    );
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "TaskGroup <TaskGroup entered> is finished",
    });
    expect(result.warnings.map((w) => w.text)).toEqual(["coroutine 'child' was never awaited"]);
  });

  it("shows each error of an uncaught ExceptionGroup with its own traceback in the trace", () => {
    const result = run(
      program(`  await asyncio.TaskGroup.run(async (tg) => {
    tg.createTask(child("x", 1, true));
    tg.createTask(child("y", 2));
  });`),
    );
    expect(result.error).toMatchObject({
      name: "ExceptionGroup",
      message: "unhandled errors in a TaskGroup (1 sub-exception)",
    });
    const traceback = result.error?.traceback ?? [];
    const block = traceback.slice(traceback.indexOf("+-+---------------- 1 ----------------"));
    expect(block[0]).toBe("+-+---------------- 1 ----------------");
    expect(block).toContainEqual(expect.stringMatching(/^ {2}\| at child \(line \d+:\d+\)$/));
    expect(block.slice(-2)).toEqual(["  | ValueError: x failed", "  +------------------------------------"]);
  });
});
