/**
 * `course grade <exercise-slug> <file> [--json] [--bundle <out.json>]`: grades one submission.
 *
 * `<file>` is the learner's TypeScript, a prediction `.json` for predict exercises, a submission
 * bundle exported by the site (then the slug may be omitted), or a whole progress file exported
 * from the site's progress page (every exercise in it is graded). A bundle's code is re-graded and
 * the trace hash compared with the one it carries. Exit code: 0 when everything passes (and every
 * bundle reproduces its hash), 1 otherwise, 2 for a usage error.
 */

import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { createSandbox, type Sandbox } from "../../../runtime/host/run.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";
import {
  createBundle,
  formatReport,
  gradeSubmission,
  isBundleLike,
  parseBundle,
  type GradeResult,
  type LoadedExercise,
  type SubmissionBundle,
} from "../../grader/index.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { safeLines, safeText } from "../terminal-text.ts";
import { courseVersion } from "./classroom/course-version.ts";
import { findExercise } from "./classroom/find-exercise.ts";
import { isProgressLike, parseProgressFile, type HandedIn } from "./classroom/progress-files.ts";
import { parseJson, withoutBom } from "./classroom/read-json.ts";

export const summary =
  "Grade one submission (TypeScript, prediction, bundle or a whole progress file) against an exercise.";

const HELP = `Usage: npm run course -- grade <exercise-slug> <file> [--json] [--bundle <out.json>]
       npm run course -- grade <bundle.json | progress.json> [--json]

  <file>            the submission: TypeScript (.ts), a prediction (.json) for predict
                    exercises, a submission bundle exported by the site, or a progress file
                    exported from the site's progress page (every exercise in it is graded)
  --json            print the result as JSON (Exercism results.json, version 3)
  --bundle <file>   also write a submission bundle of this grading to <file>

Exit code: 0 pass, 1 fail or error (or a bundle that does not reproduce its trace hash), 2 usage.
`;

/** What `--json` prints: the result, plus the re-grade verdict when the input was a bundle. */
interface GradeOutput extends GradeResult {
  bundle?: { traceHash: string; reproduced: boolean; courseVersion: string };
}

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(args, { json: { type: "boolean" }, bundle: { type: "string" } }, HELP);
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length < 1 || positionals.length > 2) return usage("Expected an exercise slug and a file.");

  const file = positionals[positionals.length - 1];
  let text: string;
  try {
    text = withoutBom(await readFile(file, "utf8"));
  } catch (error) {
    return usage(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  let bundle: SubmissionBundle | null = null;
  if (file.endsWith(".json")) {
    const json = parseJson(text, file);
    // With a slug, a .json file may be a prediction: its grader explains what is wrong with it.
    if (!json.ok && positionals.length === 1) return usage(safeText(json.message));
    if (json.ok && isProgressLike(json.data)) {
      if (positionals.length === 2)
        return usage(`${file} is a progress file: grade it without an exercise slug.`);
      if (values.bundle !== undefined)
        return usage("--bundle applies to one submission, not a progress file.");
      const progress = parseProgressFile(text, file);
      if (!progress.ok) return usage(safeText(progress.message));
      return gradeProgressFile(progress.file, Boolean(values.json));
    }
    if (json.ok && isBundleLike(json.data)) {
      const parsedBundle = parseBundle(text, file);
      if (!parsedBundle.ok) return usage(safeText(parsedBundle.message));
      bundle = parsedBundle.bundle;
    } else if (json.ok && positionals.length === 1) {
      return usage(
        `${file} is neither a submission bundle nor a progress file: give the exercise slug first.`,
      );
    }
  }
  const slug = positionals.length === 2 ? positionals[0] : bundle?.exercise;
  if (slug === undefined) return usage("Expected an exercise slug before the file.");
  if (bundle !== null && bundle.exercise !== slug) {
    return usage(`${file} is a submission for "${safeText(bundle.exercise)}", not "${safeText(slug)}".`);
  }

  const found = await lookUp(slug);
  if (!found.ok) return usage(found.message);
  const exercise = found.exercise;
  const predict = exercise.definition.kind === "predict";
  if (bundle === null && predict !== file.endsWith(".json")) {
    return usage(
      predict
        ? `"${slug}" is a predict-the-output exercise: grade a prediction .json file.`
        : `"${slug}" expects TypeScript code: grade a .ts file.`,
    );
  }

  const code = bundle?.code ?? text;
  const sandbox = await createSandbox();
  const result = await grade(sandbox, exercise, code, bundle === null ? basename(file) : undefined);

  const output: GradeOutput = { ...result };
  let reproduced = true;
  if (bundle !== null) {
    reproduced = bundle.traceHash === result.traceHash;
    output.bundle = { traceHash: bundle.traceHash, reproduced, courseVersion: bundle.courseVersion };
  }

  if (values.bundle !== undefined) {
    const made = createBundle({
      courseVersion: await courseVersion(),
      code,
      result,
      createdAt: new Date().toISOString(),
    });
    await writeFile(values.bundle, `${JSON.stringify(made, null, 2)}\n`);
  }

  if (values.json) {
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  } else {
    process.stdout.write(`${safeLines(formatReport(result, exercise.definition.title))}\n`);
    if (bundle !== null) process.stdout.write(`\n${await describeReproduction(bundle, result)}\n`);
  }
  return result.status === "pass" && reproduced ? 0 : 1;
}

/** Grades every submission of a progress file and checks each one's trace hash. */
async function gradeProgressFile(file: HandedIn, json: boolean): Promise<number> {
  const sandbox = await createSandbox();
  const outputs: GradeOutput[] = [];
  const lines: string[] = [
    `Progress file of ${file.student === undefined ? "an unnamed learner" : safeText(file.student)}` +
      `${file.assignment === undefined ? "" : ` for assignment ${safeText(file.assignment)}`}` +
      ` (course version ${safeText(file.courseVersion)}): ${file.submissions.length} submission(s).`,
  ];
  let ok = file.submissions.length > 0;
  for (const bundle of file.submissions) {
    const found = await lookUp(bundle.exercise);
    if (!found.ok) {
      lines.push("", safeText(found.message));
      ok = false;
      continue;
    }
    const result = await grade(sandbox, found.exercise, bundle.code, undefined);
    const reproduced = bundle.traceHash === result.traceHash;
    outputs.push({
      ...result,
      bundle: { traceHash: bundle.traceHash, reproduced, courseVersion: bundle.courseVersion },
    });
    ok &&= result.status === "pass" && reproduced;
    lines.push(
      "",
      safeLines(formatReport(result, found.exercise.definition.title)),
      await describeReproduction(bundle, result),
    );
  }
  if (json) {
    const document = { student: file.student ?? null, assignment: file.assignment ?? null, results: outputs };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else process.stdout.write(`${lines.join("\n")}\n`);
  return ok ? 0 : 1;
}

type LookUp = { ok: true; exercise: LoadedExercise } | { ok: false; message: string };

async function lookUp(slug: string): Promise<LookUp> {
  try {
    const found = await findExercise(slug);
    return found.ok ? found : { ok: false, message: safeText(found.message) };
  } catch (error) {
    if (error instanceof ExerciseFormatError) return { ok: false, message: error.message };
    throw error;
  }
}

/** Grades in `sandbox`; a bundle's code is named `<slug>.ts` as on the site, so its hash can match. */
async function grade(
  sandbox: Sandbox,
  exercise: LoadedExercise,
  code: string,
  filename: string | undefined,
): Promise<GradeResult> {
  const { result } = await gradeSubmission(exercise, code, {
    runner: (source, options) => sandbox.run(source, options),
    // (A predict exercise's program always runs as `program.ts`: the grader names it.)
    filename: filename ?? `${exercise.definition.slug}.ts`,
  });
  return result;
}

async function describeReproduction(bundle: SubmissionBundle, result: GradeResult): Promise<string> {
  if (bundle.traceHash === result.traceHash) {
    return `Re-graded: same trace hash as the bundle (${result.traceHash}).`;
  }
  const current = await courseVersion();
  const versions =
    bundle.courseVersion === current
      ? ""
      : ` The bundle was made with course version ${safeText(bundle.courseVersion)}; this is ${current}.`;
  return (
    `Re-graded: the trace hash DIFFERS from the bundle's.\n  bundle:    ${safeText(bundle.traceHash)}\n` +
    `  re-graded: ${result.traceHash}\n  (bundle result: ${safeText(bundle.result.status)}; now: ${result.status}).${versions}`
  );
}

function usage(message: string): number {
  return printUsage(message, HELP);
}
