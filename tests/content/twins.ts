/**
 * Which programs need a Python twin, with the worlds they run in, and how the content tests
 * compare a twin's run on CPython with the program's run in the sandbox.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Trace } from "../../runtime/trace.ts";
import { loadEveryExercise } from "../../src/exercise-folders/load.ts";
import { variantsOf } from "../../src/grader/index.ts";
import { noTwinPath, twinPath, twinStatus, type TwinStatus } from "../../src/twins/twin.ts";
import {
  outcomeFromOracle,
  outcomeFromTrace,
  type OracleTrace,
  type Outcome,
} from "../differential/compare.ts";
import { EXAMPLES_DIR } from "./example-output.ts";

/** One run of a program: an exercise variant, or the single run of an example. */
export interface TwinRun {
  variant: string;
  /** The variant's parameters (`import { world } from "looplab"`); undefined for an example. */
  world?: Record<string, unknown>;
}

/** A runnable TypeScript program of the course and its twin. */
export interface TwinSubject {
  /** Path from the repository root: `content/examples/01-why-async/bob.ts`. */
  program: string;
  status: TwinStatus;
  runs: TwinRun[];
}

function readIfExists(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

function subject(program: string, runs: TwinRun[]): TwinSubject {
  return {
    program,
    runs,
    status: twinStatus(readIfExists(twinPath(program)), readIfExists(noTwinPath(program))),
  };
}

/** Every example in every lesson folder of `content/examples/`. */
function exampleSubjects(): TwinSubject[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(EXAMPLES_DIR, dir.name))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => subject(`${EXAMPLES_DIR}/${dir.name}/${name}`, [{ variant: "default" }])),
    );
}

/** Every exercise's reference solution (one run per variant) and every predict program. */
async function exerciseSubjects(): Promise<TwinSubject[]> {
  const { exercises } = await loadEveryExercise();
  return exercises.map(({ definition }) => {
    const folder = `exercises/${definition.slug}`;
    if (definition.kind === "predict")
      return subject(`${folder}/program.ts`, [{ variant: "default", world: {} }]);
    const runs = variantsOf(definition).map((v) => ({
      variant: v.name,
      world: typeof v.world === "object" && v.world !== null ? (v.world as Record<string, unknown>) : {},
    }));
    return subject(`${folder}/solution.ts`, runs);
  });
}

/** Every program that must have a twin, sorted by path. */
export async function twinSubjects(): Promise<TwinSubject[]> {
  const all = [...exampleSubjects(), ...(await exerciseSubjects())];
  return all.sort((a, b) => a.program.localeCompare(b.program));
}

/** A step that held the loop this long with CPU work counts as blocking (the oracle's BLOCKING_CPU). */
const BLOCKING_CPU = 0.01;

/** Drops repeats of the same task in a row: one long step may be charged in several pieces. */
function collapse(tasks: (string | null)[]): (string | null)[] {
  return tasks.filter((task, i) => i === 0 || tasks[i - 1] !== task);
}

/** The tasks that held the loop with CPU work in a sandbox run, in order. */
export function blockingTasks(trace: Trace): (string | null)[] {
  return collapse(
    trace.events
      .filter((e) => e.type === "loop_blocked" && e.reason === "cpu" && (e.duration ?? 0) >= BLOCKING_CPU)
      .map((e) => e.task),
  );
}

/** The tasks that held the loop with CPU work on CPython (`oracle.py --blocking`), in order. */
export function oracleBlockingTasks(trace: OracleTrace): (string | null)[] {
  return collapse(trace.blocked ?? []);
}

/**
 * An order-only outcome: times, and decimal numbers in the text (measured durations), are not
 * compared; the lines, their tasks, their order and the uncaught exception are.
 */
function orderOnly(outcome: Outcome): Outcome {
  return {
    lines: outcome.lines.map((line) => ({
      t: 0,
      task: line.task,
      text: line.text.replace(/\d+\.\d+/g, "#.#"),
    })),
    elapsed: 0,
    error: outcome.error,
  };
}

/**
 * The one translation rule the comparison knows: JavaScript's base exception class is `Error`
 * where Python's is `Exception`, so a twin printing `Exception: message` (`type(e).__name__`)
 * matches a program printing `Error: message`.
 */
function asLooplabText(text: string): string {
  return text.replace(/\bException: /g, "Error: ");
}

function fromPython(outcome: Outcome): Outcome {
  return {
    lines: outcome.lines.map((line) => ({ ...line, text: asLooplabText(line.text) })),
    elapsed: outcome.elapsed,
    error: outcome.error === null ? null : asLooplabText(outcome.error),
  };
}

/** What the test compares for a twin: everything for an exact twin, order for an order twin. */
export function comparable(status: TwinStatus, side: { oracle: OracleTrace } | { trace: Trace }): Outcome {
  const outcome =
    "oracle" in side ? fromPython(outcomeFromOracle(side.oracle)) : outcomeFromTrace(side.trace);
  return status.kind === "order" ? orderOnly(outcome) : outcome;
}
