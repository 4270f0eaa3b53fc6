/**
 * `npm run bench`: the runtime's numbers, printed side by side with CPython asyncio on the same
 * workloads. Wall-clock measurements on this machine; run it twice to see the noise.
 *
 *   sandbox start-up      loading the QuickJS wasm module and building the guest prelude
 *   compile               TypeScript → ES2016 generators for the factorial example
 *   run latency           the factorial example end to end (cold: first run; warm: median of 20)
 *   throughput            1,000 tasks × 100 `await sleep(0)`; 10,000 tasks with timers
 *   tower                 echo server with 1,000 and 10,000 connections, executor throughput and
 *                         the GIL (bench/tower.ts)
 *   hardening             what freezing the realm costs (runtime/guest/harden.ts): the warm
 *                         factorial run and the 100,000-step loop, hardened and not, side by
 *                         side, in wall time and in this process's CPU time
 *
 * CPython runs the Python twins with its real event loop (`asyncio.sleep(0)` and sub-second
 * sleeps: the timers workload is dominated by real waiting there, so its ratio compares a
 * virtual-clock loop with a real one and is shown for scale only).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { compile } from "../runtime/compile/compile.ts";
import { Sandbox } from "../runtime/host/sandbox.ts";
import { towerBench } from "./tower.ts";

const here = (file: string) => new URL(file, import.meta.url);
const program = (name: string) => readFileSync(here(`programs/${name}`), "utf8");

function ms(start: number): number {
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function python(file: string): number {
  const script = `import time, runpy\nt = time.perf_counter()\nrunpy.run_path(${JSON.stringify(file)})\nprint("__elapsed__", (time.perf_counter() - t) * 1000)`;
  const out = execFileSync("python3", ["-c", script], { encoding: "utf8" });
  const match = /__elapsed__ ([\d.]+)/.exec(out);
  if (!match) throw new Error(`python3 printed no timing:\n${out}`);
  return Number(match[1]);
}

/** Benchmarks are not limited by the learner's budgets. */
const BIG = { wallTimeoutMs: 300_000, cpuTimeLimit: 1_000 };

/** This process's CPU time in milliseconds (steadier than wall time on a busy machine). */
function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const rows: [string, string][] = [];
const row = (label: string, value: string) => {
  rows.push([label, value]);
  console.log(`${label.padEnd(44)} ${value}`);
};

let start = performance.now();
const prelude = await buildPrelude();
const preludeMs = ms(start);
start = performance.now();
const sandbox = await Sandbox.create(prelude);
const moduleMs = ms(start);
row(
  "sandbox start-up: prelude build",
  `${preludeMs.toFixed(1)} ms (${(prelude.length / 1024).toFixed(0)} KB)`,
);
row("sandbox start-up: QuickJS wasm module", `${moduleMs.toFixed(1)} ms`);

// The lesson example (Fluent Python's factorial gather), so the bench measures what learners run.
const factorial = readFileSync(
  new URL("../content/examples/05-futures-and-tasks/factorial.ts", import.meta.url),
  "utf8",
);
start = performance.now();
compile(factorial);
row("compile factorial.ts (cold, loads TypeScript)", `${ms(start).toFixed(1)} ms`);
const compileRuns = Array.from({ length: 20 }, () => {
  const t = performance.now();
  compile(factorial);
  return ms(t);
});
row("compile factorial.ts (warm, median of 20)", `${median(compileRuns).toFixed(2)} ms`);

start = performance.now();
const cold = sandbox.run(factorial);
row("run factorial.ts (cold)", `${ms(start).toFixed(1)} ms`);
if (!cold.ok) throw new Error(`factorial failed: ${JSON.stringify(cold.error)}`);
const warmRuns = Array.from({ length: 20 }, () => {
  const t = performance.now();
  sandbox.run(factorial);
  return ms(t);
});
row("run factorial.ts (warm, median of 20)", `${median(warmRuns).toFixed(1)} ms`);
// The site prepares the next context while the reader looks at the output (Sandbox.prewarm).
const prewarmedRuns = Array.from({ length: 20 }, () => {
  sandbox.prewarm();
  const t = performance.now();
  sandbox.run(factorial);
  return ms(t);
});
row("run factorial.ts (warm, context prewarmed)", `${median(prewarmedRuns).toFixed(1)} ms`);

for (const [name, label, steps] of [
  ["sleep0", "1,000 tasks × 100 sleep(0)", 100_000],
  ["timers", "10,000 tasks with timers", 10_000],
] as const) {
  start = performance.now();
  const trace = sandbox.run(program(`${name}.ts`), BIG);
  const looplabMs = ms(start);
  if (!trace.ok) throw new Error(`${name} failed: ${JSON.stringify(trace.error)}`);
  const cpythonMs = python(new URL(here(`programs/${name}.py`)).pathname);
  row(
    `${label}: Looplab sandbox`,
    `${looplabMs.toFixed(0)} ms (${((steps / looplabMs) * 1000).toFixed(0)} steps/s)`,
  );
  row(
    `${label}: CPython asyncio`,
    `${cpythonMs.toFixed(0)} ms (${((steps / cpythonMs) * 1000).toFixed(0)} steps/s)`,
  );
  row(`${label}: ratio Looplab / CPython`, `${(looplabMs / cpythonMs).toFixed(1)}×`);
}

towerBench(sandbox, row);

// Hardening: the same workloads in a sandbox whose realm is not frozen.
const unhardened = await Sandbox.create(await buildPrelude({ hardened: false }));
const sleep0 = program("sleep0.ts");
for (const [label, source, runs, options] of [
  ["warm factorial run", factorial, 20, {}],
  ["1,000 × 100 sleep(0) (100,000 steps)", sleep0, 3, BIG],
] as const) {
  const measure = (box: Sandbox) => {
    box.run(source, options);
    const walls: number[] = [];
    const cpu = cpuMs();
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      const trace = box.run(source, options);
      walls.push(ms(t));
      if (!trace.ok) throw new Error(`${label} failed: ${JSON.stringify(trace.error)}`);
    }
    return { wall: median(walls), cpu: (cpuMs() - cpu) / runs };
  };
  const hard = measure(sandbox);
  const soft = measure(unhardened);
  row(
    `hardening: ${label}, hardened / not`,
    `${hard.wall.toFixed(1)} / ${soft.wall.toFixed(1)} ms wall, ${hard.cpu.toFixed(1)} / ${soft.cpu.toFixed(1)} ms CPU`,
  );
}
