/**
 * `asyncio.timeout` and `asyncio.timeoutAt` (runtime/guest/timeouts.ts), ported from CPython
 * 3.11's `asyncio/timeouts.py`: Python's `async with asyncio.timeout(d) as cm:` block is the body
 * function `asyncio.timeout(d, async (cm) => { … })`.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

function program(body: string): string {
  return `${ASYNCIO}
const now = () => asyncio.getRunningLoop().time().toFixed(1);
async function work(name: string, delay: number): Promise<string> {
  try {
    await asyncio.sleep(delay);
    return name;
  } catch (e) {
    if (e instanceof asyncio.CancelledError) print(name, "cancelled at", now());
    throw e;
  }
}
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

describe("asyncio.timeout", () => {
  it("resolves to the body's result when it finishes in time", () => {
    const result = run(
      program(`  print(await asyncio.timeout(2, async () => await work("fast", 1)), "at", now());`),
    );
    expect(result.output).toEqual(["fast at 1.0"]);
  });

  it("cancels the body at the deadline and throws TimeoutError where the block ends", () => {
    const result = run(
      program(`  try {
    await asyncio.timeout(2, async () => {
      await work("slow", 5);
      print("not reached");
    });
  } catch (e) {
    print((e as Error).name, "at", now(), "caused by", ((e as { cause?: Error }).cause)?.name);
  }`),
    );
    expect(result.output).toEqual(["slow cancelled at 2.0", "TimeoutError at 2.0 caused by CancelledError"]);
  });

  it("lets the body move its deadline and tells whether it expired", () => {
    const result = run(
      program(`  let cm: asyncio.Timeout | undefined;
  try {
    await asyncio.timeout(1, async (timeout) => {
      cm = timeout;
      print("deadline", timeout.when());
      timeout.reschedule(asyncio.getRunningLoop().time() + 3);
      await work("job", 5);
    });
  } catch (e) {
    print((e as Error).name, "at", now(), "expired:", cm?.expired());
  }`),
    );
    expect(result.output).toEqual([
      "deadline 1",
      "job cancelled at 3.0",
      "TimeoutError at 3.0 expired: true",
    ]);
  });

  it("with a null delay never expires", () => {
    const result = run(program(`  print(await asyncio.timeout(null, work("long", 100)), "at", now());`));
    expect(result.output).toEqual(["long at 100.0"]);
  });

  it("converts only its own cancellation: the inner of two nested timeouts fires first", () => {
    const result = run(
      program(`  try {
    await asyncio.timeout(5, async () => {
      try {
        await asyncio.timeout(1, () => work("inner", 10));
      } catch (e) {
        print("inner block:", (e as Error).name, "at", now());
      }
      await work("outer", 10);
    });
  } catch (e) {
    print("outer block:", (e as Error).name, "at", now());
  }`),
    );
    expect(result.output).toEqual([
      "inner cancelled at 1.0",
      "inner block: TimeoutError at 1.0",
      "outer cancelled at 5.0",
      "outer block: TimeoutError at 5.0",
    ]);
  });

  it("lets a cancellation from outside through as CancelledError", () => {
    const result = run(
      program(`  const task = asyncio.createTask(asyncio.timeout(10, () => work("body", 20)));
  await asyncio.sleep(1);
  task.cancel();
  try {
    await task;
  } catch (e) {
    print((e as Error).name, "at", now());
  }`),
    );
    expect(result.output).toEqual(["body cancelled at 1.0", "CancelledError at 1.0"]);
  });

  it("must run inside a task", () => {
    const result = run(`${ASYNCIO}
const loop = asyncio.newEventLoop();
loop.callSoon(() => { asyncio.timeout(1, async () => undefined).send(undefined); });
loop.callLater(0.1, () => loop.stop());
loop.runForever();
`);
    expect(result.warnings.map((w) => w.text)).toEqual([
      expect.stringContaining("RuntimeError: Timeout should be used inside a task"),
    ]);
  });
});

describe("asyncio.timeoutAt", () => {
  it("takes an absolute deadline in loop time", () => {
    const result = run(
      program(`  await asyncio.sleep(1);
  try {
    await asyncio.timeoutAt(asyncio.getRunningLoop().time() + 2, () => work("job", 10));
  } catch (e) {
    print((e as Error).name, "at", now());
  }`),
    );
    expect(result.output).toEqual(["job cancelled at 3.0", "TimeoutError at 3.0"]);
  });
});
