/**
 * `npm run bench:tower`: the numbers of asyncio's upper layers in the sandbox. Wall-clock times
 * on this machine (run it twice to see the noise) and the virtual times the programs reported.
 *
 *   network      N concurrent connections to an echo server on the simulated network
 *   executors    small jobs per second through a thread pool and a process pool
 *   GIL          four CPU-bound jobs and four blocking sleeps in a thread pool vs a 4-process pool
 *
 * `--cpu-seconds <s>` sets the length of each CPU-bound job (default 0.25; 1 s jobs show the
 * same ratios and take about four times longer to run).
 *
 * `towerBench(sandbox, row)` runs the same measurements for another script (bench/runtime.ts).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { Sandbox } from "../runtime/host/sandbox.ts";
import type { Trace } from "../runtime/trace.ts";

const program = (name: string) => readFileSync(new URL(`programs/${name}`, import.meta.url), "utf8");

/** Generous limits: these programs hold tens of thousands of tasks. */
const LIMITS = { wallTimeoutMs: 300_000, cpuTimeLimit: 1_000, memoryLimitBytes: 1024 * 1024 * 1024 };

function output(trace: Trace): string[] {
  if (!trace.ok) throw new Error(`benchmark program failed: ${JSON.stringify(trace.error)}`);
  return trace.events.filter((e) => e.type === "stdout").map((e) => e.text ?? "");
}

function timed(
  sandbox: Sandbox,
  source: string,
  world: Record<string, unknown>,
): { ms: number; trace: Trace } {
  const start = performance.now();
  const trace = sandbox.run(source, { ...LIMITS, world });
  return { ms: performance.now() - start, trace };
}

/** Runs the tower's measurements in `sandbox`, reporting each as `row(label, value)`. */
export function towerBench(
  sandbox: Sandbox,
  row: (label: string, value: string) => void,
  options: { cpuSeconds?: number } = {},
): void {
  const echo = program("echo-10k.ts");
  for (const connections of [1_000, 10_000]) {
    const { ms, trace } = timed(sandbox, echo, { connections });
    const [line] = output(trace);
    row(
      `echo server, ${connections.toLocaleString("en")} connections`,
      `${ms.toFixed(0)} ms wall, ${trace.elapsed.toFixed(3)} s virtual (${line})`,
    );
  }

  const throughput = program("executor-throughput.ts");
  for (const [kind, jobs] of [
    ["thread", 10_000],
    ["process", 10_000],
  ] as const) {
    const { ms, trace } = timed(sandbox, throughput, { kind, jobs });
    output(trace);
    row(
      `executor throughput, ${kind} pool`,
      `${((jobs / ms) * 1000).toFixed(0)} jobs/s (${jobs} jobs in ${ms.toFixed(0)} ms)`,
    );
  }

  const seconds = options.cpuSeconds ?? 0.25;
  const { ms, trace } = timed(sandbox, program("executor-timing.ts"), { seconds });
  for (const line of output(trace)) {
    const [label, value] = line.split(": ");
    row(`four ${seconds} s jobs, ${label}`, `${value} virtual`);
  }
  row("  (those four measurements together)", `${ms.toFixed(0)} ms wall`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { "cpu-seconds": { type: "string" } } });
  const sandbox = await Sandbox.create(await buildPrelude());
  towerBench(sandbox, (label, value) => console.log(`${label.padEnd(44)} ${value}`), {
    cpuSeconds: values["cpu-seconds"] === undefined ? undefined : Number(values["cpu-seconds"]),
  });
}
