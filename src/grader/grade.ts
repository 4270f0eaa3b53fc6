/**
 * Grades one submission: runs it once per variant (a predict exercise runs its fixed program
 * once), evaluates every check on every run, and builds the result.
 *
 * A check passes only if it passes in every variant: expectations follow each variant's world,
 * so output that was hard-coded for one variant fails in another. Checks are evaluated in
 * declaration order and all of them run, so the learner sees every failure at once.
 */

import { DEFAULT_LIMITS } from "../../runtime/protocol.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import type { Check } from "./check.ts";
import { variantsOf, type LoadedExercise } from "./exercise.ts";
import { parsePrediction } from "./parse-prediction.ts";
import type { CheckResult, GradeResult } from "./results.ts";
import { messagesFor, type GraderMessages } from "./messages/index.ts";
import { describeRunError } from "./run-errors.ts";
import { traceHash } from "./trace-hash.ts";
import type { CheckTranslation } from "./translation.ts";
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
  /**
   * The language of every message, hint and check label (default English). Check ids (`name`),
   * variant names and statuses stay English, so reports stay machine-readable in any language.
   */
  lang?: Lang;
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
  const lang = options.lang ?? DEFAULT_LANG;
  const m = messagesFor(lang);
  const translation = lang === DEFAULT_LANG ? undefined : exercise.translations?.[lang];
  // Without a translation, another language names the variant rather than quote its English description.
  const phrase = (variant: Variant<unknown>): string =>
    lang === DEFAULT_LANG
      ? variantPhrase(variant)
      : variantPhrase({ name: variant.name, world: variant.world }, m, translation?.variants?.[variant.name]);
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
    const parsed = parsePrediction(submission, lang);
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
      const description = trace.error === null ? m.grading.didNotFinish : describeRunError(trace.error, lang);
      // A compile error is the same in every variant: naming one would only distract.
      const inVariant = several && trace.error?.kind !== "compile" ? `${phrase(variant)}: ` : "";
      const message = inVariant + description;
      return errorResult(definition.kind === "predict" ? m.grading.programFailed(message) : message);
    }
    const cut = truncation(trace);
    if (cut !== null) {
      const inVariant = several ? `${phrase(variant)}: ` : "";
      return errorResult(inVariant + m.grading.cutShort(cut));
    }
    const ctx: CheckContext<unknown> = {
      trace,
      world: variant.world,
      variant: variant.name,
      source: submission,
      prediction,
      lang,
      say: (text) => text[lang],
    };
    for (const [name, check] of entries) {
      if (outcomes.get(name)?.status !== undefined && outcomes.get(name)?.status !== "pass") continue;
      const text = translation?.checks[name];
      const result = judge(
        name,
        check,
        text === undefined ? ctx : { ...ctx, translation: text },
        several ? { variant, phrase: phrase(variant) } : null,
        definition.kind === "predict" ? "" : submission,
        m,
      );
      outcomes.set(name, labelled(result, text));
    }
  }

  const checks = entries.map(
    ([name]) =>
      outcomes.get(name) ??
      labelled(
        { name, status: "error" as const, message: m.grading.notEvaluated },
        translation?.checks[name],
      ),
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

/** A result carrying the check's name in the grade's language, when the exercise translates it. */
function labelled(result: CheckResult, text: CheckTranslation | undefined): CheckResult {
  return text === undefined ? result : { ...result, label: text.name };
}

/**
 * Evaluates one check on one run; a crashing check (an exercise bug) becomes an `error` check, not
 * a host crash. Explanations and the hint come from the check's translation when the context has one.
 */
function judge(
  name: string,
  check: Check<unknown>,
  ctx: CheckContext<unknown>,
  variant: { variant: Variant<unknown>; phrase: string } | null,
  source: string,
  m: GraderMessages,
): CheckResult {
  let outcome: CheckOutcome;
  try {
    outcome = check.evaluate(ctx);
  } catch (error) {
    return { name, status: "error", message: m.grading.checkCrashed(String(error)) };
  }
  if (outcome.pass) return { name, status: "pass" };
  const parts: string[] = [];
  const head = outcome.message ?? m.grading.checkFailed;
  parts.push(variant === null ? head : `${variant.phrase}: ${head}`);
  for (const [i, rule] of check.rules.entries()) {
    if (rule.applies(source)) parts.push(m.grading.why(ctx.translation?.explain?.[i] ?? rule.message));
  }
  const hint = ctx.translation?.hint ?? check.hintText;
  if (hint !== null) parts.push(m.grading.hint(hint));
  const result: CheckResult = { name, status: "fail", message: parts.join("\n") };
  if (variant !== null) {
    result.variant = variant.variant.name;
    result.world = variant.variant.world;
  }
  if (outcome.at !== undefined) result.at = outcome.at;
  if (outcome.interval !== undefined) result.interval = outcome.interval;
  if (outcome.details !== undefined) result.details = outcome.details;
  return result;
}

/**
 * The trace's `truncated` marker (the sandbox stops recording after its event cap) as the
 * message needs it: its text and the number of events before it; null for a complete trace.
 */
function truncation(trace: Trace): { said: string | null; events: number } | null {
  const marker = trace.events.find((event) => event.type === "truncated");
  if (marker === undefined) return null;
  return { said: marker.text ?? null, events: marker.seq };
}

function worldOf(variant: Variant<unknown>): Record<string, unknown> {
  const world = variant.world;
  return typeof world === "object" && world !== null ? (world as Record<string, unknown>) : {};
}
