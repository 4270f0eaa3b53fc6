/**
 * `node bench/throughput.ts`: the event loop's throughput against CPython 3.11's asyncio, measured
 * side by side in one run by CPU time (wall time on a shared machine varies several-fold with its
 * load; CPU time stays within about ±10 %).
 *
 *   sleep(0)   1,000 tasks × 200 `await asyncio.sleep(0)` (200,000 task steps)
 *   timers     10,000 tasks sleeping for different durations (10,000 timers in the heap)
 *
 * Each side runs five times, alternately, and the median of each is reported: for Looplab this
 * process's CPU time across `Sandbox.run` (compile cached, a fresh context, the whole trace
 * recorded and validated), for CPython the child's `time.process_time()` across the program (its
 * real-clock sleeps cost no CPU time, so both loops are compared on the work they do).
 *
 * `throughputBench(sandbox, row)` runs the same measurements for another script (bench/runtime.ts).
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { Sandbox } from "../runtime/host/sandbox.ts";
import { BIG, cpuMs, loadLine, median } from "./measure.ts";

const here = (file: string) => new URL(file, import.meta.url);

/** Runs per side: CPU time on a shared machine still varies by tens of percent, CPython's too. */
const RUNS = 5;

const WORKLOADS = [
  { name: "sleep0", label: "1,000 tasks × 200 sleep(0)", steps: 200_000 },
  { name: "timers", label: "10,000 tasks with timers", steps: 20_000 },
] as const;

/** The CPU time, in milliseconds, CPython spends running `file` (its start-up excluded). */
function cpythonCpuMs(file: string): number {
  const script = `import time, runpy\nt = time.process_time()\nrunpy.run_path(${JSON.stringify(file)})\nprint("__cpu__", (time.process_time() - t) * 1000)`;
  const out = execFileSync("python3", ["-c", script], { encoding: "utf8" });
  const match = /__cpu__ ([\d.]+)/.exec(out);
  if (!match) throw new Error(`python3 printed no timing:\n${out}`);
  return Number(match[1]);
}

function looplabCpuMs(sandbox: Sandbox, source: string, name: string): number {
  const start = cpuMs();
  const trace = sandbox.run(source, BIG);
  const spent = cpuMs() - start;
  if (!trace.ok) throw new Error(`${name} failed: ${JSON.stringify(trace.error)}`);
  return spent;
}

/** Runs the throughput measurements in `sandbox`, reporting each as `row(label, value)`. */
export function throughputBench(sandbox: Sandbox, row: (label: string, value: string) => void): void {
  for (const { name, label, steps } of WORKLOADS) {
    const source = readFileSync(here(`programs/${name}.ts`), "utf8");
    const python = fileURLToPath(here(`programs/${name}.py`));
    const looplab: number[] = [];
    const cpython: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      looplab.push(looplabCpuMs(sandbox, source, name));
      cpython.push(cpythonCpuMs(python));
    }
    const ours = median(looplab);
    const theirs = median(cpython);
    const perStep = (ms: number) => `${((ms * 1000) / steps).toFixed(1)} µs/step`;
    row(`${label}: Looplab CPU`, `${ours.toFixed(0)} ms (${perStep(ours)}, median of ${RUNS})`);
    row(`${label}: CPython CPU`, `${theirs.toFixed(0)} ms (${perStep(theirs)}, median of ${RUNS})`);
    row(`${label}: ratio Looplab / CPython`, `${(ours / theirs).toFixed(1)}× CPU time`);
    row(`  load while measuring`, loadLine());
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sandbox = await Sandbox.create(await buildPrelude());
  throughputBench(sandbox, (label, value) => console.log(`${label.padEnd(52)} ${value}`));
}
