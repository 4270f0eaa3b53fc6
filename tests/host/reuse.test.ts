/**
 * Reusing one prepared context: every run starts from the module's memory snapshot restored, so a
 * run must find exactly what a freshly prepared context holds, whatever the run before it did —
 * changed the globals, kept objects, filled the heap, overflowed the stack, was interrupted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPrelude } from "../../runtime/build/prelude.ts";
import { type RunOptions, Sandbox } from "../../runtime/host/run.ts";
import type { Trace } from "../../runtime/trace.ts";
import { PROGRAMS, listPairs } from "../differential/programs.ts";
import { ASYNCIO } from "../runtime/kit.ts";

/** Looks at everything a previous run could have left behind, and at what varies run to run. */
const PROBE = `${ASYNCIO}
const g = globalThis as Record<string, unknown>;
print("globals", Object.getOwnPropertyNames(globalThis).sort().join(","));
print("leaked", typeof g.leaked, typeof g.kept, typeof g.counter);
print("Object.prototype", Object.getOwnPropertyNames(Object.prototype).sort().join(","));
print("Array.prototype", Object.getOwnPropertyNames(Array.prototype).length);
print("random", Math.random(), Math.random());
print("date", Date.now(), new Date().toISOString());
print("asyncio", Object.keys(asyncio).length, "leaked" in asyncio);
async function child(n: number): Promise<number> {
  await asyncio.sleep(0.1 * n);
  return n;
}
async function main(): Promise<void> {
  const task = asyncio.createTask(child(2));
  print("task", task.getName(), await task, await asyncio.gather(child(1), child(3)));
}
asyncio.run(main());
`;

/** Changes whatever a program can reach, keeps objects alive, and ends with a task still pending. */
const MUTATE = `${ASYNCIO}
const g = globalThis as Record<string, unknown>;
g.leaked = "from the run before";
g.kept = new Map([["a", new Array(100_000).fill("x")]]);
g.counter = 0;
function attempt(change: () => void): void {
  try {
    change();
  } catch {
    // frozen: the attempt fails, as it should
  }
}
attempt(() => ((Object.prototype as Record<string, unknown>).polluted = 1));
attempt(() => ((Array.prototype as unknown as Record<string, unknown>).push = () => 0));
attempt(() => ((asyncio as Record<string, unknown>).leaked = 1));
attempt(() => (Math.random = () => 0.5));
for (let i = 0; i < 50; i++) Math.random();
async function forever(): Promise<void> {
  for (;;) await asyncio.sleep(1);
}
async function main(): Promise<void> {
  for (let i = 0; i < 10; i++) asyncio.createTask(forever());
  await asyncio.sleep(2.5);
  print("mutated");
}
asyncio.run(main());
`;

/** Runs that end in every way a run can end (the error kind, or null), each leaving its context in another state. */
const ENDINGS: [string, string | null, string, RunOptions?][] = [
  [
    "an uncaught exception",
    "exception",
    `${ASYNCIO}\nasync function main() { throw new RangeError("no"); }\nasyncio.run(main());\n`,
  ],
  ["a memory bomb", "memory", `const hog: number[][] = [];\nfor (;;) hog.push(new Array(100000).fill(1));\n`],
  [
    "a heap grown past the module's first memory, under the limit",
    null,
    `const big = new Array(3_000_000).fill(1.5);\nprint(big.length);\n`,
  ],
  ["a stack overflow", "stack", `function down(n: number): number { return down(n + 1) + 1; }\ndown(0);\n`],
  ["the CPU budget", "timeout", `let n = 0;\nwhile (true) n++;\n`, { cpuTimeLimit: 0.05 }],
  [
    "the wall-clock backstop",
    "timeout",
    `print(/^(a+)+$/.test("a".repeat(40) + "b"));\n`,
    { wallTimeoutMs: 300 },
  ],
  ["the output limit", "output-limit", `for (;;) print("x".repeat(1000));\n`],
  [
    "a deadlock",
    "deadlock",
    `${ASYNCIO}\nasync function main() { await asyncio.getRunningLoop().createFuture(); }\nasyncio.run(main());\n`,
  ],
  ["a compile error", "compile", `let = ;\n`],
];

const prelude = buildPrelude();
let reused: Sandbox;
let fresh: Trace;

beforeAll(async () => {
  reused = await Sandbox.create(await prelude);
  // The reference: the probe in a sandbox that has run nothing before.
  fresh = (await Sandbox.create(await prelude)).run(PROBE);
}, 60_000);

describe("Sandbox.run on a restored context", () => {
  it("gives the probe a clean trace to compare with", () => {
    expect(fresh.ok).toBe(true);
    expect(fresh.events.filter((e) => e.type === "stdout").map((e) => e.text)).toContain(
      "leaked undefined undefined undefined",
    );
  });

  it("starts from the same state as a fresh context after a run that changed what it could", () => {
    expect(reused.run(MUTATE).error).toBeNull();
    expect(JSON.stringify(reused.run(PROBE))).toBe(JSON.stringify(fresh));
  });

  it("starts from the same state after many runs", () => {
    for (let i = 0; i < 20; i++) reused.run(MUTATE);
    expect(JSON.stringify(reused.run(PROBE))).toBe(JSON.stringify(fresh));
  });

  it.each(ENDINGS)("starts from the same state after %s", (_, kind, source, options) => {
    expect(reused.run(source, options).error?.kind ?? null).toBe(kind);
    expect(JSON.stringify(reused.run(PROBE))).toBe(JSON.stringify(fresh));
  });

  it("is ready ahead of the run after prewarm, with the same state", () => {
    reused.run(MUTATE);
    reused.prewarm();
    expect(JSON.stringify(reused.run(PROBE))).toBe(JSON.stringify(fresh));
  });
});

describe("Sandbox.run over the differential programs", () => {
  const programs = listPairs().map((name) => ({
    name,
    source: readFileSync(join(PROGRAMS, `${name}.ts`), "utf8"),
  }));
  it("gives each program the same trace on a restored context as on a freshly prepared one", async () => {
    const shared = await Sandbox.create(await prelude);
    for (const { name, source } of programs) {
      // A sandbox of its own: the program runs on the context just prepared, never restored.
      const own = await Sandbox.create(await prelude);
      const first = JSON.stringify(own.run(source, { filename: `${name}.ts` }));
      const restored = JSON.stringify(shared.run(source, { filename: `${name}.ts` }));
      expect(restored, name).toBe(first);
    }
  }, 600_000);
});
