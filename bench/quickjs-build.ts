/**
 * `node bench/quickjs-build.ts`: Looplab's QuickJS wasm (vendor/quickjs-wasm, built for speed by
 * scripts/quickjs/build.sh) against the npm package's (@jitl/quickjs-wasmfile-release-sync,
 * built for size), side by side in one process, by this process's CPU time:
 *
 *   factorial   the warm factorial example run (20 runs a sample)
 *   sleep(0)    1,000 tasks × 200 `await asyncio.sleep(0)`
 *   timers      10,000 tasks with timers
 *
 * and the size of each wasm, raw and gzipped. The two sandboxes take turns, three samples each, and the medians are compared. Both must give
 * the same trace, byte for byte: a build that changed a trace would be a different runtime.
 *
 * `quickjsBuildBench(sandbox, prelude, row)` runs the same measurements for bench/runtime.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import npmVariant from "@jitl/quickjs-wasmfile-release-sync";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { QUICKJS_BUILD } from "../runtime/host/quickjs-variant.ts";
import { Sandbox } from "../runtime/host/sandbox.ts";
import { BIG, cpuMs, loadLine, median } from "./measure.ts";

const here = (file: string) => new URL(file, import.meta.url);

const SAMPLES = 3;

const WORKLOADS = [
  {
    label: "warm factorial run",
    file: "../content/examples/05-futures-and-tasks/factorial.ts",
    runs: 20,
    options: {},
  },
  { label: "1,000 × 200 sleep(0)", file: "programs/sleep0.ts", runs: 1, options: BIG },
  { label: "10,000 tasks with timers", file: "programs/timers.ts", runs: 1, options: BIG },
] as const;

/** A file's size and its gzipped size, in KB. */
function sizes(file: URL): string {
  const bytes = readFileSync(file);
  const kb = (n: number) => `${(n / 1024).toFixed(0)} KB`;
  return `${kb(bytes.byteLength)} (${kb(gzipSync(bytes, { level: 9 }).byteLength)} gzip)`;
}

/** The CPU time of one run of `source` in `sandbox` (the mean of `runs`), and its trace's JSON. */
function sample(
  sandbox: Sandbox,
  source: string,
  runs: number,
  options: object,
): { ms: number; trace: string } {
  let trace = "";
  const start = cpuMs();
  for (let i = 0; i < runs; i++) {
    const result = sandbox.run(source, options);
    if (!result.ok) throw new Error(`the benchmark program failed: ${JSON.stringify(result.error)}`);
    trace = JSON.stringify(result);
  }
  return { ms: (cpuMs() - start) / runs, trace };
}

/**
 * Compares `sandbox` (Looplab's build) with a sandbox on the npm package's build, reporting each
 * workload as `row(label, value)`.
 */
export async function quickjsBuildBench(
  sandbox: Sandbox,
  prelude: string,
  row: (label: string, value: string) => void,
): Promise<void> {
  const npm = await Sandbox.create(prelude, npmVariant);
  row("QuickJS build", QUICKJS_BUILD);
  row(
    "QuickJS build: wasm size, ours / npm (-Oz)",
    `${sizes(here("../vendor/quickjs-wasm/emscripten-module.wasm"))} / ${sizes(new URL(import.meta.resolve("@jitl/quickjs-wasmfile-release-sync/wasm")))}`,
  );
  for (const { label, file, runs, options } of WORKLOADS) {
    const source = readFileSync(here(file), "utf8");
    // A first run in each prepares its context and warms the host's code.
    sandbox.run(source, options);
    npm.run(source, options);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const a = sample(sandbox, source, runs, options);
      const b = sample(npm, source, runs, options);
      if (a.trace !== b.trace) throw new Error(`${label}: the two builds gave different traces`);
      ours.push(a.ms);
      theirs.push(b.ms);
    }
    const [mine, package_] = [median(ours), median(theirs)];
    row(
      `QuickJS build: ${label}, CPU, ours / npm (-Oz)`,
      `${mine.toFixed(1)} / ${package_.toFixed(1)} ms (×${(package_ / mine).toFixed(2)} faster, median of ${SAMPLES})`,
    );
  }
  row("  load while measuring", loadLine());
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const prelude = await buildPrelude();
  const sandbox = await Sandbox.create(prelude);
  await quickjsBuildBench(sandbox, prelude, (label, value) => console.log(`${label.padEnd(52)} ${value}`));
}
