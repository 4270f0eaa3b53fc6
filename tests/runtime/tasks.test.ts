/**
 * Tasks (runtime/guest/tasks.ts), as CPython's `asyncio/tasks.py` `Task`: scheduling on creation,
 * names, cancellation at the current `await`, and task inspection. Expected output was checked
 * against CPython 3.11 on a virtual clock.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, lineOf, useSandbox } from "./kit.ts";

const run = useSandbox();

/** A worker that prints its life cycle: start, done or cancelled (with the error), finally. */
const WORKER = `
async function worker(name: string, delay: number): Promise<string> {
  print(name, "start");
  try {
    await asyncio.sleep(delay);
    print(name, "done");
    return name;
  } catch (e) {
    print(name, "cancelled", [e]);
    throw e;
  } finally {
    print(name, "finally");
  }
}
`;

describe("Task names", () => {
  it("number tasks Task-1, Task-2… in creation order, Task-1 being run()'s main task", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<string | undefined> {
  return asyncio.currentTask()?.getName();
}
async function main(): Promise<void> {
  const a = asyncio.createTask(child());
  const b = asyncio.createTask(child(), { name: "custom" });
  const c = asyncio.createTask(child());
  print(asyncio.currentTask()!.getName(), a.getName(), b.getName(), c.getName());
  print(await asyncio.gather(a, b, c));
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 Task-1 Task-2 custom Task-4",
      "0.000 Task-1 ['Task-2', 'custom', 'Task-4']",
    ]);
  });

  it("setName renames the task, also in the trace from then on", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<void> {
  await asyncio.sleep(1);
  print("child speaks");
}
async function main(): Promise<void> {
  const task = asyncio.createTask(child());
  await asyncio.sleep(0);
  task.setName("renamed");
  print(task.getName());
  await task;
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.000 Task-1 renamed", "1.000 renamed child speaks"]);
  });
});

describe("asyncio.createTask", () => {
  it("schedules the coroutine at once: it runs when the creator yields, without being awaited", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<void> {
  print("child runs");
}
async function main(): Promise<void> {
  asyncio.createTask(child());
  print("main continues");
  await asyncio.sleep(0);
  print("main after yielding");
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["main continues", "child runs", "main after yielding"]);
  });

  it("runs tasks concurrently: two sleeps of 2 s and 3 s end at 3 s", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const a = asyncio.createTask(worker("a", 2));
  const b = asyncio.createTask(worker("b", 3));
  print(await a, await b);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 a start",
      "0.000 Task-3 b start",
      "2.000 Task-2 a done",
      "2.000 Task-2 a finally",
      "3.000 Task-3 b done",
      "3.000 Task-3 b finally",
      "3.000 Task-1 a b",
    ]);
  });

  it("raises RuntimeError outside a running loop", () => {
    const result = run(`${ASYNCIO}
async function child(): Promise<void> {}
const coro = child();
try {
  asyncio.createTask(coro);
} catch (e) {
  print(e);
}
coro.close();
`);
    expect(result.output).toEqual(["RuntimeError: no running event loop"]);
  });

  it("raises TypeError for something that is not a coroutine", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  try {
    asyncio.createTask((() => 1) as never);
  } catch (e) {
    print((e as Error).name, (e as Error).message.startsWith("a coroutine was expected"));
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["TypeError true"]);
  });
});

describe("Task.cancel", () => {
  it("before the task starts: the coroutine never runs, and awaiting the task raises CancelledError", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const task = asyncio.createTask(worker("a", 1));
  print(task.cancel(), task.cancelling(), task.cancelled());
  try {
    await task;
  } catch (e) {
    print("awaiting raised", [e]);
  }
  print(task.cancelled(), task.done());
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["true 1 false", "awaiting raised [CancelledError()]", "true true"]);
  });

  it("while sleeping: raises CancelledError at the await, then finally runs", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const task = asyncio.createTask(worker("a", 10));
  await asyncio.sleep(1);
  task.cancel();
  try {
    await task;
  } catch (e) {
    print("main sees", [e]);
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 a start",
      "1.000 Task-2 a cancelled [CancelledError()]",
      "1.000 Task-2 a finally",
      "1.000 Task-1 main sees [CancelledError()]",
    ]);
  });

  it("carries its message to the coroutine and to the awaiting task; later cancels are counted", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const task = asyncio.createTask(worker("a", 2));
  await asyncio.sleep(1);
  print(task.cancel("stop it"), task.cancel("again"), task.cancelling());
  try {
    await task;
  } catch (e) {
    print("main sees", [e]);
  }
  print(task.cancelled(), task.cancel());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 a start",
      "1.000 Task-1 true true 2",
      "1.000 Task-2 a cancelled [CancelledError('stop it')]",
      "1.000 Task-2 a finally",
      "1.000 Task-1 main sees [CancelledError('stop it')]",
      "1.000 Task-1 true false",
    ]);
  });

  it("with a message before the task starts: the message reaches the awaiting task", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const task = asyncio.createTask(worker("a", 1));
  task.cancel("too early");
  try {
    await task;
  } catch (e) {
    print([e]);
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["[CancelledError('too early')]"]);
  });

  it("is swallowed by a coroutine that catches CancelledError and returns: the task is not cancelled", () => {
    const result = run(`${ASYNCIO}
async function swallower(): Promise<string> {
  try {
    await asyncio.sleep(5);
    return "slept";
  } catch (e) {
    print("swallowed", [e]);
    return "ok";
  }
}
async function main(): Promise<void> {
  const task = asyncio.createTask(swallower());
  await asyncio.sleep(1);
  task.cancel();
  print(await task, task.cancelled(), task.cancelling(), task.uncancel(), task.cancelling());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-2 swallowed [CancelledError()]",
      "1.000 Task-1 ok false 1 0 0",
    ]);
  });

  it("lets finally blocks await: the task ends when its cleanup does", () => {
    const result = run(`${ASYNCIO}
async function cleanup(): Promise<void> {
  try {
    await asyncio.sleep(5);
  } finally {
    print("cleanup start");
    await asyncio.sleep(1);
    print("cleanup end");
  }
}
async function main(): Promise<void> {
  const task = asyncio.createTask(cleanup());
  await asyncio.sleep(1);
  task.cancel();
  try {
    await task;
  } catch (e) {
    print("cancelled at", asyncio.getRunningLoop().time(), task.cancelled());
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-2 cleanup start",
      "2.000 Task-2 cleanup end",
      "2.000 Task-1 cancelled at 2 true",
    ]);
  });

  it("cancels the task the cancelled task is awaiting", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function outer(): Promise<string> {
  return await asyncio.createTask(worker("inner", 5));
}
async function main(): Promise<void> {
  const task = asyncio.createTask(outer());
  await asyncio.sleep(1);
  task.cancel("from main");
  const results = await asyncio.gather(task, { returnExceptions: true });
  print(results, task.cancelled());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-3 inner start",
      "1.000 Task-3 inner cancelled [CancelledError('from main')]",
      "1.000 Task-3 inner finally",
      "1.000 Task-1 [CancelledError()] true",
    ]);
  });

  it("returns false for a task that is done", () => {
    const result = run(`${ASYNCIO}
async function quick(): Promise<number> {
  return 1;
}
async function main(): Promise<void> {
  const task = asyncio.createTask(quick());
  await task;
  print(task.cancel(), task.cancelled(), task.result());
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["false false 1"]);
  });
});

describe("Task.cancelling and Task.uncancel", () => {
  it("count pending cancellation requests; uncancel withdraws one and never goes below 0", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const self = asyncio.currentTask()!;
  print(self.cancelling());
  self.cancel();
  self.cancel();
  print(self.cancelling(), self.uncancel(), self.uncancel(), self.uncancel());
  try {
    await asyncio.sleep(0);
  } catch (e) {
    print("still cancelled:", [e]);
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["0", "2 1 0 0", "still cancelled: [CancelledError()]"]);
  });
});

describe("Task results", () => {
  it("keeps the exception of a failed coroutine, shown in its description", () => {
    const result = run(`${ASYNCIO}
async function boom(): Promise<void> {
  throw new TypeError("kaboom");
}
async function main(): Promise<void> {
  const task = asyncio.createTask(boom());
  await asyncio.sleep(0);
  print(String(task));
  print([task.exception()]);
}
asyncio.run(main());
`);
    expect(result.output).toEqual([
      "<Task finished name='Task-2' coro=<boom() done> exception=TypeError('kaboom')>",
      "[TypeError('kaboom')]",
    ]);
  });

  it("describes pending and finished tasks with their coroutine and line", () => {
    const source = `${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const task = asyncio.createTask(worker("w", 1));
  print(String(task));
  await asyncio.sleep(0);
  print(String(task), task.getCoro().__name__);
  await task;
  print(String(task));
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.output).toEqual([
      `<Task pending name='Task-2' coro=<worker() running at main.ts:${lineOf(source, "async function worker")}>>`,
      "w start",
      `<Task pending name='Task-2' coro=<worker() running at main.ts:${lineOf(source, "await asyncio.sleep(delay)")}>> worker`,
      "w done",
      "w finally",
      "<Task finished name='Task-2' coro=<worker() done> result='w'>",
    ]);
  });

  it("refuses setResult and setException", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const self = asyncio.currentTask()!;
  for (const attempt of [() => self.setResult(undefined), () => self.setException(new Error("x"))]) {
    try {
      attempt();
    } catch (e) {
      print(e);
    }
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual([
      "RuntimeError: Task does not support setResult operation",
      "RuntimeError: Task does not support setException operation",
    ]);
  });

  it("raises RuntimeError in a task that awaits itself", () => {
    const source = `${ASYNCIO}
async function selfish(): Promise<void> {
  await asyncio.currentTask()!;
}
async function main(): Promise<void> {
  try {
    await asyncio.createTask(selfish());
  } catch (e) {
    print(e);
  }
}
asyncio.run(main());
`;
    const line = lineOf(source, "await asyncio.currentTask()");
    expect(run(source).output).toEqual([
      `RuntimeError: Task cannot await on itself: <Task pending name='Task-2' coro=<selfish() running at main.ts:${line}>>`,
    ]);
  });
});

describe("asyncio.currentTask and asyncio.allTasks", () => {
  it("give the running task, and the tasks not done yet", () => {
    const result = run(`${ASYNCIO}${WORKER}
async function main(): Promise<void> {
  const names = () => [...asyncio.allTasks()].map((t) => t.getName());
  const a = asyncio.createTask(worker("a", 1));
  asyncio.createTask(worker("b", 2));
  print(asyncio.currentTask()!.getName(), names());
  await a;
  print(names());
}
asyncio.run(main());
`);
    expect(result.output).toEqual([
      "Task-1 ['Task-1', 'Task-2', 'Task-3']",
      "a start",
      "b start",
      "a done",
      "a finally",
      "['Task-1', 'Task-3']",
      "b cancelled [CancelledError()]",
      "b finally",
    ]);
  });

  it("currentTask is null in a plain loop callback; both raise RuntimeError outside a loop", () => {
    const result = run(`${ASYNCIO}
const loop = asyncio.newEventLoop();
loop.callSoon(() => {
  print("in callback:", asyncio.currentTask());
  loop.stop();
});
loop.runForever();
loop.close();
for (const attempt of [() => asyncio.currentTask(), () => asyncio.allTasks()]) {
  try {
    attempt();
  } catch (e) {
    print(e);
  }
}
`);
    expect(result.output).toEqual([
      "in callback: null",
      "RuntimeError: no running event loop",
      "RuntimeError: no running event loop",
    ]);
  });
});
