/**
 * `await asyncio.sleep(0)` compiled straight to a one-turn yield (runtime/compile/sleep-zero.ts):
 * only where the compiler can prove the callee is asyncio's `sleep`, and with exactly what the
 * coroutine `sleep(0)` would have done — traces identical to the call the runtime runs itself.
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

describe("compiling await asyncio.sleep(0)", () => {
  it("yields the one-turn marker for asyncio's sleep, through a namespace or a named import", () => {
    expect(compiled(`import * as aio from "asyncio";\nasync function f() { await aio.sleep(0); }`)).toContain(
      MARKER,
    );
    expect(
      compiled(`import { sleep as nap } from "asyncio";\nasync function f() { await nap(0.0); }`),
    ).toContain(MARKER);
  });

  it.each([
    [
      "a delay that is not the number 0",
      `import * as asyncio from "asyncio";\nasync function f() { await asyncio.sleep(0.5); }`,
    ],
    [
      "a result to return",
      `import * as asyncio from "asyncio";\nasync function f() { await asyncio.sleep(0, "x"); }`,
    ],
    [
      "a delay in a variable",
      `import * as asyncio from "asyncio";\nconst zero = 0;\nasync function f() { await asyncio.sleep(zero); }`,
    ],
    [
      "a sleep not awaited at once",
      `import * as asyncio from "asyncio";\nasync function f() { const s = asyncio.sleep(0); await s; }`,
    ],
    [
      "a module name declared again",
      `import * as asyncio from "asyncio";\nasync function f(asyncio: { sleep(s: number): Promise<void> }) { await asyncio.sleep(0); }`,
    ],
    [
      "a sleep name declared again",
      `import { sleep } from "asyncio";\nasync function f() { const sleep = async (s: number) => s; await sleep(0); }`,
    ],
    [
      "another module's sleep",
      `import * as time from "time";\nasync function f() { await (time as unknown as { sleep(s: number): Promise<void> }).sleep(0); }`,
    ],
  ])("leaves the call alone for %s", (_what, source) => {
    expect(compiled(source)).not.toContain(MARKER);
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
