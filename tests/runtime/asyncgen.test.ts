/**
 * Async generators and `for await` (runtime/guest/asyncgen.ts): `agen.next()` is an awaitable
 * as in CPython's `__anext__`, and awaits inside the generator suspend the task that iterates.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("async generators", () => {
  it("produce values that await in between, on the virtual clock", () => {
    const result = run(`${ASYNCIO}
async function* countdown(n: number): AsyncGenerator<number> {
  while (n > 0) {
    await asyncio.sleep(1);
    yield n--;
  }
}
async function main(): Promise<void> {
  for await (const value of countdown(3)) print("got", value);
  print("done");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-1 got 3",
      "2.000 Task-1 got 2",
      "3.000 Task-1 got 1",
      "3.000 Task-1 done",
    ]);
  });

  it("let other tasks run while the generator awaits", () => {
    const result = run(`${ASYNCIO}
async function* slowly(): AsyncGenerator<string> {
  await asyncio.sleep(1);
  yield "a";
  await asyncio.sleep(1);
  yield "b";
}
async function other(): Promise<void> {
  await asyncio.sleep(1.5);
  print("other at 1.5");
}
async function main(): Promise<void> {
  const task = asyncio.createTask(other());
  for await (const value of slowly()) print(value);
  await task;
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["1.000 Task-1 a", "1.500 Task-2 other at 1.5", "2.000 Task-1 b"]);
  });

  it("run their finally block when the loop breaks out early", () => {
    const result = run(`${ASYNCIO}
async function* numbers(): AsyncGenerator<number> {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    print("generator finally");
  }
}
async function main(): Promise<void> {
  for await (const value of numbers()) {
    print(value);
    if (value === 2) break;
  }
  print("after the loop");
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["1", "2", "generator finally", "after the loop"]);
  });

  it("raise their exceptions in the iterating coroutine", () => {
    const result = run(`${ASYNCIO}
async function* failing(): AsyncGenerator<number> {
  yield 1;
  await asyncio.sleep(0.5);
  throw new TypeError("bad generator");
}
async function main(): Promise<void> {
  try {
    for await (const value of failing()) print("value", value);
  } catch (e) {
    print("caught", e);
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.000 Task-1 value 1", "0.500 Task-1 caught TypeError: bad generator"]);
  });

  it("can be driven by hand: next() is an awaitable giving { value, done }", () => {
    const result = run(`${ASYNCIO}
async function* pair(): AsyncGenerator<string, string> {
  yield "first";
  await asyncio.sleep(2);
  yield "second";
  return "end";
}
async function main(): Promise<void> {
  const gen = pair();
  const next = gen.next();
  print(asyncio.iscoroutine(next));
  print(await next);
  print(await gen.next());
  print(await gen.next());
  print(await gen.next());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 true",
      "0.000 Task-1 {'value': 'first', 'done': false}",
      "2.000 Task-1 {'value': 'second', 'done': false}",
      "2.000 Task-1 {'value': 'end', 'done': true}",
      "2.000 Task-1 {'value': undefined, 'done': true}",
    ]);
  });

  it("receive a thrown error at their yield through throw()", () => {
    const result = run(`${ASYNCIO}
async function* guarded(): AsyncGenerator<number> {
  try {
    yield 1;
  } catch (e) {
    print("generator caught", e);
    yield 99;
  }
}
async function main(): Promise<void> {
  const gen = guarded();
  print((await gen.next()).value);
  print((await gen.throw(new RangeError("injected"))).value);
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["1", "generator caught RangeError: injected", "99"]);
  });

  it("refuse a second next() while the first one is still running", () => {
    const result = run(`${ASYNCIO}
async function* slow(): AsyncGenerator<number> {
  await asyncio.sleep(1);
  yield 1;
}
async function main(): Promise<void> {
  const gen = slow();
  const results = await asyncio.gather(gen.next(), gen.next(), { returnExceptions: true });
  print(results);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-1 [{'value': 1, 'done': false}, RuntimeError('anext(): asynchronous generator is already running')]",
    ]);
  });
});

describe("for await over sync iterables", () => {
  it("awaits each item: plain values, coroutines and promises", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  for await (const item of [1, asyncio.sleep(0.5, "slept"), Promise.resolve("promised")]) {
    print(item);
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.000 Task-1 1", "0.500 Task-1 slept", "0.500 Task-1 promised"]);
  });

  it("iterates a sync generator, closing it when the loop breaks", () => {
    const result = run(`${ASYNCIO}
function* letters(): Generator<string> {
  try {
    yield "a";
    yield "b";
    yield "c";
  } finally {
    print("sync generator closed");
  }
}
async function main(): Promise<void> {
  for await (const letter of letters()) {
    print(letter);
    if (letter === "b") break;
  }
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["a", "b", "sync generator closed"]);
  });
});

describe("asCompleted with for-of", () => {
  it("yields awaitables that give results in the order they complete", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const aws = [3, 1, 2].map((d) => asyncio.sleep(d, "slept " + d));
  for (const next of asyncio.asCompleted(aws)) {
    print(await next, loop.time());
  }
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "1.000 Task-1 slept 1 1",
      "2.000 Task-1 slept 2 2",
      "3.000 Task-1 slept 3 3",
    ]);
  });
});
