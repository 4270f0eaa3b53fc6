/**
 * `node bench/quickjs-build.ts [NAME=FOLDER ...]`: Looplab's QuickJS wasm (vendor/quickjs-wasm,
 * built for speed by scripts/quickjs/build.sh) against the npm package's
 * (@jitl/quickjs-wasmfile-release-sync, built for size), and against any other build of the script
 * named on the command line (`OUT=FOLDER scripts/quickjs/build.sh`, e.g. another QuickJS commit or
 * other flags), side by side in one process, by this process's CPU time:
 *
 *   factorial   the warm factorial example run (20 runs a sample)
 *   sleep(0)    1,000 tasks × 200 `await asyncio.sleep(0)`
 *   timers      10,000 tasks with timers
 *
 * and the size of each wasm, raw and gzipped. The sandboxes take turns, three samples each, and
 * each build's medians are compared with the first build's (ours). All must give the same trace, byte for byte: a
 * build that changed a trace would be a different runtime.
 *
 * `quickjsBuildBench(sandbox, prelude, row)` runs the same measurements for bench/runtime.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import npmVariant from "@jitl/quickjs-wasmfile-release-sync";
import { buildPrelude } from "../runtime/build/prelude.ts";
import { QUICKJS_BUILD, quickjsVariantIn } from "../runtime/host/quickjs-variant.ts";
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

/** One build under comparison: its name in the rows, a sandbox on it, and its wasm file. */
export interface Build {
  name: string;
  sandbox: Sandbox;
  wasm: URL;
}

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

/** A build's speed against the first's, from the ratio of their times (first / this). */
function speed(ratio: number): string {
  return ratio >= 1 ? `×${ratio.toFixed(2)} faster` : `×${(1 / ratio).toFixed(2)} slower`;
}

/**
 * Measures every workload in every build, reporting each as `row(label, value)`: the builds'
 * CPU times, and how much faster or slower than the first build each other one is.
 */
export function compareBuilds(builds: readonly Build[], row: (label: string, value: string) => void): void {
  const names = builds.map((build) => build.name).join(" / ");
  row(`QuickJS build: wasm size, ${names}`, builds.map((build) => sizes(build.wasm)).join(" / "));
  for (const { label, file, runs, options } of WORKLOADS) {
    const source = readFileSync(here(file), "utf8");
    // A first run in each prepares its context and warms the host's code.
    for (const build of builds) build.sandbox.run(source, options);
    const times = builds.map((): number[] => []);
    for (let i = 0; i < SAMPLES; i++) {
      let first = "";
      builds.forEach((build, b) => {
        const { ms, trace } = sample(build.sandbox, source, runs, options);
        if (b === 0) first = trace;
        else if (trace !== first) throw new Error(`${label}: ${build.name} gave a different trace`);
        times[b]?.push(ms);
      });
    }
    const medians = times.map(median);
    const [reference = 0, ...others] = medians;
    const against = others.map((ms, b) => `${builds[b + 1]?.name ?? ""} ${speed(reference / ms)}`).join(", ");
    row(
      `QuickJS build: ${label}, CPU, ${names}`,
      `${medians.map((ms) => ms.toFixed(1)).join(" / ")} ms (${against}; median of ${SAMPLES})`,
    );
  }
  row("  load while measuring", loadLine());
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
  row("QuickJS build", QUICKJS_BUILD);
  compareBuilds(
    [
      { name: "ours", sandbox, wasm: here("../vendor/quickjs-wasm/emscripten-module.wasm") },
      {
        name: "npm (-Oz)",
        sandbox: await Sandbox.create(prelude, npmVariant),
        wasm: new URL(import.meta.resolve("@jitl/quickjs-wasmfile-release-sync/wasm")),
      },
    ],
    row,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const prelude = await buildPrelude();
  const sandbox = await Sandbox.create(prelude);
  const row = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);
  const others = process.argv.slice(2);
  if (others.length === 0) await quickjsBuildBench(sandbox, prelude, row);
  else {
    const builds: Build[] = [
      { name: "ours", sandbox, wasm: here("../vendor/quickjs-wasm/emscripten-module.wasm") },
    ];
    for (const argument of others) {
      const [name, folder] = argument.split("=");
      if (!name || !folder) throw new Error(`expected NAME=FOLDER, got ${argument}`);
      const url = pathToFileURL(`${folder.replace(/\/$/, "")}/`);
      builds.push({
        name,
        sandbox: await Sandbox.create(prelude, quickjsVariantIn(url)),
        wasm: new URL("emscripten-module.wasm", url),
      });
    }
    row("QuickJS build: ours", QUICKJS_BUILD);
    compareBuilds(builds, row);
  }
}
