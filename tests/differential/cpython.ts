/**
 * Runs the Python side of the differential tests: `oracle.py` on CPython 3.11, the version whose
 * asyncio the runtime reproduces (3.12 moved `wait_for` into the caller's task, for one).
 */
import { execFile } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { OracleTrace } from "./compare.ts";

const run = promisify(execFile);

export const ORACLE = join(dirname(fileURLToPath(import.meta.url)), "oracle.py");

/** A program that loops forever on the virtual clock would never end: give up after this. */
const ORACLE_TIMEOUT_MS = 100_000;

/**
 * The first of `$LOOPLAB_PYTHON`, `python3.11`, `python3` that is CPython 3.11.
 * Throws with the versions it found when none is.
 */
export async function findPython(): Promise<string> {
  const candidates = [process.env.LOOPLAB_PYTHON, "python3.11", "python3"].filter(
    (c): c is string => c !== undefined && c !== "",
  );
  const found: string[] = [];
  for (const candidate of candidates) {
    try {
      const { stdout } = await run(candidate, ["-c", "import sys; print('%d.%d' % sys.version_info[:2])"]);
      const version = stdout.trim();
      if (version === "3.11") return candidate;
      found.push(`${candidate} is ${version}`);
    } catch {
      found.push(`${candidate} not found`);
    }
  }
  throw new Error(
    `The differential tests need CPython 3.11 (set LOOPLAB_PYTHON to its path): ${found.join("; ")}`,
  );
}

/** How the oracle runs a program. */
export interface OracleOptions {
  /** The exercise variant's parameters: the program's `from looplab import world`. */
  world?: Record<string, unknown>;
  /** Also report which tasks held the loop with CPU work (`OracleTrace.blocked`). */
  blocking?: boolean;
}

/** One oracle run: a program, or a program with options. */
export type OracleJob = string | { program: string; options: OracleOptions };

/** Runs one Python program through the oracle and returns its trace. */
export async function runOracle(
  python: string,
  program: string,
  options: OracleOptions = {},
): Promise<OracleTrace> {
  const args = [ORACLE, program];
  if (options.world !== undefined) args.push("--world", JSON.stringify(options.world));
  if (options.blocking === true) args.push("--blocking");
  const { stdout } = await run(python, args, {
    timeout: ORACLE_TIMEOUT_MS,
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout) as OracleTrace;
}

/** Runs every job through the oracle, `concurrency` at a time; results in input order. */
export async function runOracleAll(
  python: string,
  programs: readonly OracleJob[],
  concurrency: number,
): Promise<OracleTrace[]> {
  const results: OracleTrace[] = new Array<OracleTrace>(programs.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < programs.length) {
      const index = next++;
      const job = programs[index];
      results[index] =
        typeof job === "string"
          ? await runOracle(python, job)
          : await runOracle(python, job.program, job.options);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, programs.length) }, worker));
  return results;
}
