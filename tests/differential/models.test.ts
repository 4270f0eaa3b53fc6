/**
 * The oracle's models of Looplab's simulated world: each `models/NN-name.py` uses the oracle's
 * fakes (aiohttp, requests, flags, looplab.world) or its virtual executors (run_in_executor,
 * to_thread, thread and process pools), `models/NN-name.ts` does the same in Looplab, and both
 * must print the same lines, from the same tasks or workers, at the same virtual times, in the
 * world of `models/NN-name.world.json` (if any). Twins of the course's programs rely on these.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runProgram } from "../../runtime/host/run.ts";
import { describeDifferences, outcomeFromOracle, outcomeFromTrace, type Outcome } from "./compare.ts";
import { findPython, runOracleAll } from "./cpython.ts";

const MODELS = join(dirname(fileURLToPath(import.meta.url)), "models");
const names = readdirSync(MODELS)
  .filter((file) => file.endsWith(".py"))
  .map((file) => file.replace(/\.py$/, ""))
  .sort();

function worldOf(name: string): Record<string, unknown> {
  const file = join(MODELS, `${name}.world.json`);
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>) : {};
}

const expected = new Map<string, Outcome>();

describe("the oracle's fakes and executors behave as Looplab's services and executors", () => {
  beforeAll(async () => {
    const python = await findPython();
    const traces = await runOracleAll(
      python,
      names.map((name) => ({ program: join(MODELS, `${name}.py`), options: { world: worldOf(name) } })),
      2,
    );
    names.forEach((name, i) => expected.set(name, outcomeFromOracle(traces[i])));
  }, 120_000);

  it.each(names)(
    "%s",
    async (name) => {
      const source = readFileSync(join(MODELS, `${name}.ts`), "utf8");
      // A generous wall-clock backstop: the machine may be busy; the virtual clock decides the output.
      const options = { filename: `${name}.ts`, world: worldOf(name), wallTimeoutMs: 100_000 };
      const actual = outcomeFromTrace(await runProgram(source, options));
      const want = expected.get(name);
      if (want === undefined) throw new Error(`oracle.py produced no result for ${name}.py`);
      expect(want.lines.length).toBeGreaterThan(0);
      const differences = describeDifferences(want, actual);
      if (differences !== "") expect.fail(`${name}: the sandbox differs from the oracle\n${differences}`);
      expect(actual).toEqual(want);
    },
    60_000,
  );
});
