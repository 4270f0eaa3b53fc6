/**
 * `npm run bench`: the runtime's numbers, with the event loop's throughput side by side with
 * CPython asyncio's on the same workloads. Latencies are wall-clock times on this machine (run it
 * twice to see the noise); throughput is compared by CPU time. The machine's load is printed at
 * the start and the end.
 *
 *   sandbox start-up      loading the QuickJS wasm module and building the guest prelude
 *   QuickJS build         which wasm runs the programs, and its CPU time side by side with the npm
 *                         package's build on the same workloads (bench/quickjs-build.ts)
 *   compile               TypeScript → ES2016 generators for the factorial example
 *   run latency           the factorial example end to end (cold: first run; warm: median of 20)
 *   throughput            1,000 tasks × 200 `await sleep(0)`; 10,000 tasks with timers, in CPU
 *                         time side by side with CPython (bench/throughput.ts)
 *   tower                 echo server with 1,000 and 10,000 connections, executor throughput and
 *                         the GIL (bench/tower.ts)
 *   hardening             what freezing the realm costs (runtime/guest/harden.ts): the warm
 *                         factorial run and the 200,000-step loop, hardened and not, side by
 *                         side, in wall time and in this process's CPU time
 */
import { readFileSync } from "node:fs";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { compile } from "../runtime/compile/compile.ts";
import { Sandbox } from "../runtime/host/sandbox.ts";
import { quickjsBuildBench } from "./quickjs-build.ts";
import { throughputBench } from "./throughput.ts";
import { towerBench } from "./tower.ts";
import { BIG, cpuMs, loadLine, median } from "./measure.ts";

const here = (file: string) => new URL(file, import.meta.url);
const program = (name: string) => readFileSync(here(`programs/${name}`), "utf8");

function ms(start: number): number {
  return performance.now() - start;
}

const rows: [string, string][] = [];
const row = (label: string, value: string) => {
  rows.push([label, value]);
  console.log(`${label.padEnd(52)} ${value}`);
};

row("load at the start", loadLine());

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

await quickjsBuildBench(sandbox, prelude, row);

throughputBench(sandbox, row);

towerBench(sandbox, row);

// Hardening: the same workloads in a sandbox whose realm is not frozen.
const unhardened = await Sandbox.create(await buildPrelude({ hardened: false }));
const sleep0 = program("sleep0.ts");
for (const [label, source, runs, options] of [
  ["warm factorial run", factorial, 20, {}],
  ["1,000 × 200 sleep(0) (200,000 steps)", sleep0, 3, BIG],
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
row("load at the end", loadLine());
