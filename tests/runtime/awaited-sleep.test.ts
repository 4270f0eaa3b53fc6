/**
 * `await asyncio.sleep(…)` compiled without the coroutine the call makes
 * (runtime/compile/awaited-sleep.ts): `sleep(0)` to a one-turn yield, a delay to the sleep's own
 * future and timer. Only where the compiler can prove the callee is asyncio's `sleep`, and with
 * exactly what the coroutine would have done — traces identical to the call the runtime runs itself.
 */
import { describe, expect, it } from "vitest";
import { compile } from "../../runtime/compile/compile.ts";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

function compiled(source: string): string {
  const result = compile(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.code;
}

const MARKER = "__cpu.yieldOnce";
const AWAIT_SLEEP = "__cpu.awaitSleep(";

describe("compiling await asyncio.sleep(…)", () => {
  it("yields the one-turn marker for asyncio's sleep(0), through a namespace or a named import", () => {
    expect(compiled(`import * as aio from "asyncio";\nasync function f() { await aio.sleep(0); }`)).toContain(
      MARKER,
    );
    expect(
      compiled(`import { sleep as nap } from "asyncio";\nasync function f() { await nap(0.0); }`),
    ).toContain(MARKER);
  });

  it("awaits the runtime's sleep for asyncio's sleep with a delay and a result", () => {
    expect(
      compiled(`import * as aio from "asyncio";\nasync function f(d: number) { await aio.sleep(d); }`),
    ).toContain(AWAIT_SLEEP);
    expect(
      compiled(`import { sleep as nap } from "asyncio";\nasync function f() { print(await nap(0.5, "x")); }`),
    ).toContain(AWAIT_SLEEP);
  });

  it.each([
    ["a delay that is not the number 0", "asyncio.sleep(0.5)"],
    ["a result to return", `asyncio.sleep(0, "x")`],
    ["a delay in a variable", "asyncio.sleep(zero)"],
  ])("awaits the runtime's sleep, not the one-turn marker, for %s", (_what, call) => {
    const code = compiled(
      `import * as asyncio from "asyncio";\nconst zero = 0;\nasync function f() { await ${call}; }`,
    );
    expect(code).not.toContain(MARKER);
    expect(code).toContain(AWAIT_SLEEP);
  });

  it.each([
    [
      "a sleep not awaited at once",
      `import * as asyncio from "asyncio";\nasync function f() { const s = asyncio.sleep(0); await s; const t = asyncio.sleep(1); await t; }`,
    ],
    [
      "arguments spread from a list",
      `import * as asyncio from "asyncio";\nconst args: [number] = [1];\nasync function f() { await asyncio.sleep(...args); }`,
    ],
    [
      "a module name declared again",
      `import * as asyncio from "asyncio";\nasync function f(asyncio: { sleep(s: number): Promise<void> }) { await asyncio.sleep(0); await asyncio.sleep(1); }`,
    ],
    [
      "a sleep name declared again",
      `import { sleep } from "asyncio";\nasync function f() { const sleep = async (s: number) => s; await sleep(0); await sleep(1); }`,
    ],
    [
      "another module's sleep",
      `import * as time from "time";\nasync function f() { const t = time as unknown as { sleep(s: number): Promise<void> }; await t.sleep(0); await t.sleep(1); }`,
    ],
  ])("leaves the call alone for %s", (_what, source) => {
    const code = compiled(source);
    expect(code).not.toContain(MARKER);
    expect(code).not.toContain(AWAIT_SLEEP);
  });
});

/**
 * The same program twice: awaiting `sleep(0)` as written (compiled to the marker), and `sleep(Z)`
 * with `Z = 0` (the runtime's own call), every position the same.
 */
function bothWays(body: string): [string, string] {
  const header = `import * as asyncio from "asyncio";\nconst Z = 0;\n`;
  return [header + body, header + body.replaceAll("asyncio.sleep(0)", "asyncio.sleep(Z)")];
}

describe("await asyncio.sleep(0) compiled to a one-turn yield", () => {
  it.each([
    [
      "tasks taking turns",
      `async function worker(name: string) {
  for (let i = 0; i < 3; i++) { print(name, i); await asyncio.sleep(0); }
  return name;
}
async function main() { print(await asyncio.gather(worker("a"), worker("b"))); }
asyncio.run(main());`,
    ],
    [
      "a task cancelled while it gives up its turn",
      `async function spinner() {
  try { for (;;) await asyncio.sleep(0); } catch (e) { print("cancelled at the await", (e as Error).name); throw e; }
}
async function main() {
  const task = asyncio.createTask(spinner());
  await asyncio.sleep(0); await asyncio.sleep(0);
  task.cancel();
  try { await task; } catch (e) { print("main sees", (e as Error).name); }
}
asyncio.run(main());`,
    ],
    [
      "an async generator that gives up its turn between items",
      `async function* numbers() { for (let i = 0; i < 3; i++) { await asyncio.sleep(0); yield i; } }
async function main() { for await (const n of numbers()) print(n); }
asyncio.run(main());`,
    ],
    [
      "a coroutine driven by hand with send()",
      `async function twice() { await asyncio.sleep(0); await asyncio.sleep(0); return "done"; }
const coro = twice() as unknown as { send(v: unknown): unknown };
print(String(coro.send(null)) === String(coro.send(null)));
try { coro.send(null); } catch (e) { print((e as Error).name, String((e as { value?: unknown }).value)); }`,
    ],
  ])("behaves exactly as the call: %s", (_what, body) => {
    const [marked, called] = bothWays(body);
    expect(compiled(marked)).toContain(MARKER);
    expect(compiled(called)).not.toContain(MARKER);
    const a = run(marked);
    const b = run(called);
    expect(a.output.length).toBeGreaterThan(0);
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
  });

  it("calls the learner's own sleep when a local name shadows the module", () => {
    const result = run(`import * as asyncio from "asyncio";
async function main() {
  const fake = { async sleep(s: number) { print("fake sleep", s); } };
  const asyncio2 = fake;
  {
    const asyncio = asyncio2;
    await asyncio.sleep(0);
  }
}
asyncio.run(main());`);
    expect(result.output).toEqual(["fake sleep 0"]);
  });
});

/**
 * The same program twice: awaiting `asyncio.sleep(…)` as written (compiled to the runtime's
 * sleep), and through `aSyncio`, an alias the compiler cannot follow (so the call stays), every
 * position the same.
 */
function sleptBothWays(body: string): [string, string] {
  const header = `import * as asyncio from "asyncio";\nconst aSyncio = asyncio;\n`;
  return [header + body, header + body.replaceAll("await asyncio.sleep(", "await aSyncio.sleep(")];
}

describe("await asyncio.sleep(delay) compiled to await the sleep's future", () => {
  it.each([
    [
      "tasks sleeping different delays",
      `async function sleeper(i: number) {
  await asyncio.sleep(i / 10);
  print(i, asyncio.getRunningLoop().time());
  await asyncio.sleep(0.05 * i);
  return i;
}
async function main() { print(await asyncio.gather(sleeper(3), sleeper(1), sleeper(2))); }
asyncio.run(main());`,
    ],
    [
      "a sleep's result",
      `async function main() { print(await asyncio.sleep(0.25, "the result"), asyncio.getRunningLoop().time()); }
asyncio.run(main());`,
    ],
    [
      "delays that are not positive numbers",
      `async function main() {
  const zero = 0;
  await asyncio.sleep(zero);
  await asyncio.sleep(-1);
  print("no time passed:", asyncio.getRunningLoop().time());
  try { await asyncio.sleep("1" as unknown as number); } catch (e) { print((e as Error).name, (e as Error).message); }
}
asyncio.run(main());`,
    ],
    [
      "a task cancelled while it sleeps",
      `async function sleeper() {
  try { await asyncio.sleep(10); } catch (e) { print("cancelled at", asyncio.getRunningLoop().time()); throw e; }
}
async function main() {
  const task = asyncio.createTask(sleeper());
  await asyncio.sleep(1);
  task.cancel();
  try { await task; } catch (e) { print("main sees", (e as Error).name); }
  await asyncio.sleep(0.5);
  print("done at", asyncio.getRunningLoop().time());
}
asyncio.run(main());`,
    ],
    [
      "a sleep that waitFor times out",
      `async function slow() { await asyncio.sleep(5); return "late"; }
async function main() {
  try { await asyncio.waitFor(slow(), 1); } catch (e) { print((e as Error).name, asyncio.getRunningLoop().time()); }
}
asyncio.run(main());`,
    ],
    [
      "an async generator that sleeps between items",
      `async function* ticks() { for (let i = 0; i < 3; i++) { await asyncio.sleep(0.5); yield i; } }
async function main() { for await (const n of ticks()) print(n, asyncio.getRunningLoop().time()); }
asyncio.run(main());`,
    ],
    [
      "a coroutine closed by hand while it sleeps, which leaves no timer behind",
      `async function napper() { await asyncio.sleep(100); }
async function main() {
  const coro = napper() as unknown as { send(v: unknown): unknown; close(): void };
  coro.send(null);
  coro.close();
  print("closed at", asyncio.getRunningLoop().time());
  await asyncio.getRunningLoop().createFuture();
}
asyncio.run(main());`,
    ],
    [
      "an error thrown by hand into a coroutine while it sleeps",
      `async function napper() {
  try { await asyncio.sleep(100); } catch (e) { print("caught", (e as Error).message); }
  return "over";
}
async function main() {
  const coro = napper() as unknown as { send(v: unknown): unknown; throw(e: unknown): unknown };
  coro.send(null);
  try { coro.throw(new Error("woken")); } catch (e) { print((e as Error).name, String((e as { value?: unknown }).value)); }
  await asyncio.getRunningLoop().createFuture();
}
asyncio.run(main());`,
    ],
  ])("behaves exactly as the call: %s", (_what, body) => {
    const [compiledSleep, called] = sleptBothWays(body);
    expect(compiled(compiledSleep)).toContain(AWAIT_SLEEP);
    expect(compiled(called)).not.toContain(AWAIT_SLEEP);
    const a = run(compiledSleep);
    const b = run(called);
    expect(a.output.length).toBeGreaterThan(0);
    expect(JSON.stringify(a.trace)).toBe(JSON.stringify(b.trace));
  });
});
