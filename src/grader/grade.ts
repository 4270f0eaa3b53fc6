/**
 * Grades one submission: runs it once per variant (a predict exercise runs its fixed program
 * once), evaluates every check on every run, and builds the result.
 *
 * A check passes only if it passes in every variant: expectations follow each variant's world,
 * so output that was hard-coded for one variant fails in another. Checks are evaluated in
 * declaration order and all of them run, so the learner sees every failure at once.
 */

import { DEFAULT_LIMITS } from "../../runtime/protocol.ts";
import type { Check } from "./check.ts";
import { variantsOf, type LoadedExercise } from "./exercise.ts";
import { parsePrediction } from "./parse-prediction.ts";
import type { CheckResult, GradeResult } from "./results.ts";
import { describeRunError } from "./run-errors.ts";
import { traceHash } from "./trace-hash.ts";
import { variantPhrase } from "./wording.ts";
import type {
  CheckContext,
  CheckOutcome,
  GraderRunOptions,
  Prediction,
  Runner,
  Trace,
  Variant,
} from "./types.ts";

export interface GradeOptions {
  /** Runs a program in the sandbox (`Sandbox.run` or `runProgram`). */
  runner: Runner;
  /** The submission's file name, as error messages show it. */
  filename?: string;
}

/** A result and the traces it was computed from (one per variant). */
export interface Graded {
  result: GradeResult;
  traces: Trace[];
}

/**
 * Grades `submission` — TypeScript for write/fix exercises, prediction JSON for predict
 * exercises. Learner failures (compile errors, exceptions, deadlocks…) become an `error` result;
 * this function only throws for host bugs.
 */
export async function gradeSubmission(
  exercise: LoadedExercise,
  submission: string,
  options: GradeOptions,
): Promise<Graded> {
  const { definition } = exercise;
  const slug = definition.slug;
  const traces: Trace[] = [];
  const errorResult = async (message: string): Promise<Graded> => ({
    result: {
      version: 3,
      status: "error",
      message,
      exercise: slug,
      checks: [],
      traceHash: await traceHash(traces),
    },
    traces,
  });

  let prediction: Prediction | null = null;
  let program = submission;
  let filename = options.filename ?? "main.ts";
  if (definition.kind === "predict") {
    const parsed = parsePrediction(submission);
    if (!parsed.ok) return errorResult(parsed.message);
    prediction = parsed.prediction;
    program = exercise.program ?? "";
    filename = "program.ts";
  }

  const variants = definition.kind === "predict" ? [{ name: "default", world: {} }] : variantsOf(definition);
  const several = variants.length > 1;
  const entries = Object.entries(definition.checks);
  const outcomes = new Map<string, CheckResult>();

  for (const variant of variants) {
    const runOptions: GraderRunOptions = {
      ...definition.budgets,
      // A grade must not depend on how busy the machine is: the CPU budget decides "ran too long",
      // and the wall clock stays a generous backstop whatever the exercise asks.
      wallTimeoutMs: Math.max(DEFAULT_LIMITS.wallTimeoutMs, definition.budgets?.wallTimeoutMs ?? 0),
      filename,
      world: worldOf(variant),
    };
    const trace =
      definition.kind === "predict"
        ? await programTrace(exercise, options.runner, runOptions)
        : await options.runner(program, runOptions);
    traces.push(trace);
    if (trace.error !== null || !trace.ok) {
      const description =
        trace.error === null ? "The program did not finish." : describeRunError(trace.error);
      const prefix = definition.kind === "predict" ? "The exercise's program failed: " : "";
      // A compile error is the same in every variant: naming one would only distract.
      const inVariant = several && trace.error?.kind !== "compile" ? `${variantPhrase(variant)}: ` : "";
      return errorResult(prefix + inVariant + description);
    }
    const cut = truncation(trace);
    if (cut !== null) {
      const inVariant = several ? `${variantPhrase(variant)}: ` : "";
      const said = /[.!?]$/.test(cut) ? cut : `${cut}.`;
      return errorResult(
        `${inVariant}The run was cut short. ${said} Checks cannot judge a run they have not seen to the end: ` +
          "make the program do fewer steps, then check again.",
      );
    }
    const ctx: CheckContext<unknown> = {
      trace,
      world: variant.world,
      variant: variant.name,
      source: submission,
      prediction,
    };
    for (const [name, check] of entries) {
      if (outcomes.get(name)?.status !== undefined && outcomes.get(name)?.status !== "pass") continue;
      outcomes.set(
        name,
        judge(name, check, ctx, several ? variant : null, definition.kind === "predict" ? "" : submission),
      );
    }
  }

  const checks = entries.map(
    ([name]) => outcomes.get(name) ?? { name, status: "error" as const, message: "Not evaluated." },
  );
  const status = checks.every((c) => c.status === "pass") ? "pass" : "fail";
  return {
    result: { version: 3, status, exercise: slug, checks, traceHash: await traceHash(traces) },
    traces,
  };
}

/**
 * The trace of a predict exercise's fixed program. Runs are deterministic, so one run per
 * exercise and runner serves every prediction graded with them (a class's worth in a batch).
 */
const programTraces = new WeakMap<Runner, WeakMap<LoadedExercise, Promise<Trace>>>();

function programTrace(exercise: LoadedExercise, runner: Runner, options: GraderRunOptions): Promise<Trace> {
  let byExercise = programTraces.get(runner);
  if (byExercise === undefined) {
    byExercise = new WeakMap();
    programTraces.set(runner, byExercise);
  }
  let trace = byExercise.get(exercise);
  if (trace === undefined) {
    trace = Promise.resolve(runner(exercise.program ?? "", options));
    byExercise.set(exercise, trace);
  }
  return trace;
}

/** Evaluates one check on one run; a crashing check (an exercise bug) becomes an `error` check, not a host crash. */
function judge(
  name: string,
  check: Check<unknown>,
  ctx: CheckContext<unknown>,
  variant: Variant<unknown> | null,
  source: string,
): CheckResult {
  let outcome: CheckOutcome;
  try {
    outcome = check.evaluate(ctx);
  } catch (error) {
    return { name, status: "error", message: `This check could not be evaluated: ${String(error)}` };
  }
  if (outcome.pass) return { name, status: "pass" };
  const parts: string[] = [];
  const head = outcome.message ?? "This check failed.";
  parts.push(variant === null ? head : `${variantPhrase(variant)}: ${head}`);
  for (const rule of check.rules) if (rule.applies(source)) parts.push(`Why: ${rule.message}`);
  if (check.hintText !== null) parts.push(`Hint: ${check.hintText}`);
  const result: CheckResult = { name, status: "fail", message: parts.join("\n") };
  if (variant !== null) {
    result.variant = variant.name;
    result.world = variant.world;
  }
  if (outcome.at !== undefined) result.at = outcome.at;
  if (outcome.interval !== undefined) result.interval = outcome.interval;
  if (outcome.details !== undefined) result.details = outcome.details;
  return result;
}

/**
 * The text of the trace's `truncated` marker (the sandbox stops recording after its event cap),
 * or null for a complete trace.
 */
function truncation(trace: Trace): string | null {
  const marker = trace.events.find((event) => event.type === "truncated");
  if (marker === undefined) return null;
  return marker.text ?? `cut after ${marker.seq} events`;
}

function worldOf(variant: Variant<unknown>): Record<string, unknown> {
  const world = variant.world;
  return typeof world === "object" && world !== null ? (world as Record<string, unknown>) : {};
}
