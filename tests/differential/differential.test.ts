/**
 * Differential tests against CPython: every `programs/NN-name.py` runs on CPython 3.11
 * with a virtual clock (`oracle.py`), its translation `programs/NN-name.ts` runs in the sandbox,
 * and both must print the same lines, from the same tasks, at the same virtual times, end at the
 * same time and with the same uncaught exception.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runProgram } from "../../runtime/host/run.ts";
import { describeDifferences, outcomeFromOracle, outcomeFromTrace, type Outcome } from "./compare.ts";
import { findPython, runOracleAll } from "./cpython.ts";
import { PROGRAMS, listPairs } from "./programs.ts";

const pairs = listPairs();
const expected = new Map<string, Outcome>();

describe("differential: the sandbox prints what CPython prints", () => {
  beforeAll(async () => {
    const python = await findPython();
    // Two at a time: the machine has two cores, and each run is a short-lived CPython.
    const traces = await runOracleAll(
      python,
      pairs.map((name) => join(PROGRAMS, `${name}.py`)),
      2,
    );
    pairs.forEach((name, i) => expected.set(name, outcomeFromOracle(traces[i])));
  }, 120_000);

  it.each(pairs)(
    "%s",
    async (name) => {
      const source = readFileSync(join(PROGRAMS, `${name}.ts`), "utf8");
      const trace = await runProgram(source, { filename: `${name}.ts` });
      const actual = outcomeFromTrace(trace);
      const want = expected.get(name);
      if (want === undefined) throw new Error(`oracle.py produced no result for ${name}.py`);
      // The side-by-side report reads better than a diff of two JSON objects.
      const differences = describeDifferences(want, actual);
      if (differences !== "") expect.fail(`${name}: the sandbox differs from CPython\n${differences}`);
      expect(actual).toEqual(want);
    },
    110_000,
  );
});
