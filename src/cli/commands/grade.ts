/**
 * `course grade <exercise-slug> <file> [--json] [--bundle <out.json>]`: grades one submission.
 *
 * `<file>` is the learner's TypeScript, a prediction `.json` for predict exercises, or a
 * submission bundle exported by the site (then the slug may be omitted). A bundle is re-graded
 * and its trace hash compared with the one it carries. Exit code: 0 when the submission passes
 * (and a bundle reproduces its hash), 1 otherwise, 2 for a usage error.
 */

import { readFile, writeFile } from "node:fs/promises";
import { basename } from "node:path";
import { createSandbox } from "../../../runtime/host/run.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";
import {
  createBundle,
  formatReport,
  gradeSubmission,
  isBundleLike,
  parseBundle,
  type GradeResult,
  type SubmissionBundle,
} from "../../grader/index.ts";
import { courseVersion } from "./classroom/course-version.ts";
import { findExercise } from "./classroom/find-exercise.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";

export const summary =
  "Grade one submission (TypeScript, prediction JSON or a submission bundle) against an exercise.";

const HELP = `Usage: npm run course -- grade <exercise-slug> <file> [--json] [--bundle <out.json>]
       npm run course -- grade <bundle.json> [--json]

  <file>            the submission: TypeScript (.ts), a prediction (.json) for predict
                    exercises, or a submission bundle exported by the site
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
    text = await readFile(file, "utf8");
  } catch (error) {
    return usage(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }

  let bundle: SubmissionBundle | null = null;
  if (file.endsWith(".json") && looksLikeBundle(text)) {
    const parsedBundle = parseBundle(text, file);
    if (!parsedBundle.ok) return usage(parsedBundle.message);
    bundle = parsedBundle.bundle;
  }
  const slug = positionals.length === 2 ? positionals[0] : bundle?.exercise;
  if (slug === undefined) return usage("Expected an exercise slug before the file.");
  if (bundle !== null && bundle.exercise !== slug) {
    return usage(`${file} is a submission for "${bundle.exercise}", not "${slug}".`);
  }

  let found;
  try {
    found = await findExercise(slug);
  } catch (error) {
    if (error instanceof ExerciseFormatError) return usage(error.message);
    throw error;
  }
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
  const { result } = await gradeSubmission(exercise, code, {
    runner: (source, options) => sandbox.run(source, options),
    filename: bundle === null ? basename(file) : predict ? "prediction.json" : `${slug}.ts`,
  });

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
    process.stdout.write(`${formatReport(result, exercise.definition.title)}\n`);
    if (bundle !== null) process.stdout.write(`\n${await describeReproduction(bundle, result)}\n`);
  }
  return result.status === "pass" && reproduced ? 0 : 1;
}

function looksLikeBundle(text: string): boolean {
  try {
    return isBundleLike(JSON.parse(text));
  } catch {
    return false;
  }
}

async function describeReproduction(bundle: SubmissionBundle, result: GradeResult): Promise<string> {
  if (bundle.traceHash === result.traceHash) {
    return `Re-graded: same trace hash as the bundle (${result.traceHash}).`;
  }
  const current = await courseVersion();
  const versions =
    bundle.courseVersion === current
      ? ""
      : ` The bundle was made with course version ${bundle.courseVersion}; this is ${current}.`;
  return (
    `Re-graded: the trace hash DIFFERS from the bundle's.\n  bundle:    ${bundle.traceHash}\n` +
    `  re-graded: ${result.traceHash}\n  (bundle result: ${bundle.result.status}; now: ${result.status}).${versions}`
  );
}

function usage(message: string): number {
  return printUsage(message, HELP);
}
