/**
 * `course grade <exercise-slug> <file> [--json] [--bundle <out.json>] [--lang ko]`: grades one
 * submission, reporting in the chosen language (`src/cli/lang.ts`).
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
import { typescriptLocale } from "../../../runtime/host/typescript-locale.ts";
import { ExerciseFormatError } from "../../exercise-folders/schema.ts";
import {
  createBundle,
  formatReport,
  gradeSubmission,
  isBundleLike,
  localizeExercise,
  parseBundle,
  type GradeResult,
  type LoadedExercise,
  type SubmissionBundle,
} from "../../grader/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages, type CliMessages } from "../messages/index.ts";
import { safeLines, safeText } from "../terminal-text.ts";
import { courseVersion } from "../inputs/course-version.ts";
import { findExercise } from "../inputs/find-exercise.ts";
import { isProgressLike, parseProgressFile, type HandedIn } from "../inputs/progress-files.ts";
import { parseJson, withoutBom } from "../inputs/read-json.ts";

/**
 * What `--json` prints: the result, plus the re-grade verdict when the input was a bundle. With
 * `--lang ko` the `message` fields and each check's `label` are Korean; every other field stays
 * as in English.
 */
interface GradeOutput extends GradeResult {
  bundle?: { traceHash: string; reproduced: boolean; courseVersion: string };
}

export async function main(args: string[]): Promise<number> {
  const choice = langOfArgs(args);
  if (!choice.ok) return printUsage(choice.message, cliMessages("en").grade.help);
  const { lang } = choice;
  const m = cliMessages(lang);
  const usage = (message: string): number => printUsage(message, m.grade.help);
  const parsed = parseCommandArgs(
    args,
    { json: { type: "boolean" }, bundle: { type: "string" }, ...LANG_OPTION },
    m.grade.help,
    lang,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length < 1 || positionals.length > 2) return usage(m.grade.expectedSlugAndFile);

  const file = positionals[positionals.length - 1];
  let text: string;
  try {
    text = withoutBom(await readFile(file, "utf8"));
  } catch (error) {
    return usage(m.common.cannotRead({ file, code: (error as NodeJS.ErrnoException).code ?? String(error) }));
  }

  let bundle: SubmissionBundle | null = null;
  if (file.endsWith(".json")) {
    const json = parseJson(text, file, lang);
    // With a slug, a .json file may be a prediction: its grader explains what is wrong with it.
    if (!json.ok && positionals.length === 1) return usage(safeText(json.message));
    if (json.ok && isProgressLike(json.data)) {
      if (positionals.length === 2) return usage(m.grade.progressWithSlug(file));
      if (values.bundle !== undefined) return usage(m.grade.bundleOfProgress);
      const progress = parseProgressFile(text, file, lang);
      if (!progress.ok) return usage(safeText(progress.message));
      return gradeProgressFile(progress.file, Boolean(values.json), lang);
    }
    if (json.ok && isBundleLike(json.data)) {
      const parsedBundle = parseBundle(text, file, lang);
      if (!parsedBundle.ok) return usage(safeText(parsedBundle.message));
      bundle = parsedBundle.bundle;
    } else if (json.ok && positionals.length === 1) {
      return usage(m.grade.neitherBundleNorProgress(file));
    }
  }
  const slug = positionals.length === 2 ? positionals[0] : bundle?.exercise;
  if (slug === undefined) return usage(m.grade.expectedSlug);
  if (bundle !== null && bundle.exercise !== slug) {
    return usage(m.grade.otherExercise({ file, bundle: safeText(bundle.exercise), slug: safeText(slug) }));
  }

  const found = await lookUp(slug, lang);
  if (!found.ok) return usage(found.message);
  const exercise = found.exercise;
  const predict = exercise.definition.kind === "predict";
  if (bundle === null && predict !== file.endsWith(".json")) {
    return usage(predict ? m.grade.wantsPrediction(slug) : m.grade.wantsCode(slug));
  }

  const code = bundle?.code ?? text;
  const sandbox = await createSandbox();
  const result = await grade(sandbox, exercise, code, bundle === null ? basename(file) : undefined, lang);

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
    const title = localizeExercise(exercise, lang).title;
    process.stdout.write(`${safeLines(formatReport(result, title, lang))}\n`);
    if (bundle !== null) process.stdout.write(`\n${await describeReproduction(bundle, result, m)}\n`);
  }
  return result.status === "pass" && reproduced ? 0 : 1;
}

/** Grades every submission of a progress file and checks each one's trace hash. */
async function gradeProgressFile(file: HandedIn, json: boolean, lang: Lang): Promise<number> {
  const m = cliMessages(lang);
  const sandbox = await createSandbox();
  const outputs: GradeOutput[] = [];
  const lines: string[] = [
    m.grade.progressHeader({
      student: file.student === undefined ? null : safeText(file.student),
      assignment: file.assignment === undefined ? null : safeText(file.assignment),
      courseVersion: safeText(file.courseVersion),
      submissions: file.submissions.length,
    }),
  ];
  let ok = file.submissions.length > 0;
  for (const bundle of file.submissions) {
    const found = await lookUp(bundle.exercise, lang);
    if (!found.ok) {
      lines.push("", safeText(found.message));
      ok = false;
      continue;
    }
    const result = await grade(sandbox, found.exercise, bundle.code, undefined, lang);
    const reproduced = bundle.traceHash === result.traceHash;
    outputs.push({
      ...result,
      bundle: { traceHash: bundle.traceHash, reproduced, courseVersion: bundle.courseVersion },
    });
    ok &&= result.status === "pass" && reproduced;
    lines.push(
      "",
      safeLines(formatReport(result, localizeExercise(found.exercise, lang).title, lang)),
      await describeReproduction(bundle, result, m),
    );
  }
  if (json) {
    const document = { student: file.student ?? null, assignment: file.assignment ?? null, results: outputs };
    process.stdout.write(`${JSON.stringify(document, null, 2)}\n`);
  } else process.stdout.write(`${lines.join("\n")}\n`);
  return ok ? 0 : 1;
}

type LookUp = { ok: true; exercise: LoadedExercise } | { ok: false; message: string };

async function lookUp(slug: string, lang: Lang): Promise<LookUp> {
  try {
    const found = await findExercise(slug, lang);
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
  lang: Lang,
): Promise<GradeResult> {
  const diagnosticLocale = await typescriptLocale(lang);
  const { result } = await gradeSubmission(exercise, code, {
    runner: (source, options) => sandbox.run(source, { ...options, diagnosticLocale }),
    // (A predict exercise's program always runs as `program.ts`: the grader names it.)
    filename: filename ?? `${exercise.definition.slug}.ts`,
    lang,
  });
  return result;
}

async function describeReproduction(
  bundle: SubmissionBundle,
  result: GradeResult,
  m: CliMessages,
): Promise<string> {
  if (bundle.traceHash === result.traceHash) return m.grade.reproduced(result.traceHash);
  const current = await courseVersion();
  return m.grade.differs({
    bundleHash: safeText(bundle.traceHash),
    hash: result.traceHash,
    bundleStatus: safeText(bundle.result.status),
    status: result.status,
    bundleVersion: bundle.courseVersion === current ? null : safeText(bundle.courseVersion),
    currentVersion: current,
  });
}
