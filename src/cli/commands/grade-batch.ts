/**
 * `course grade-batch <dir> --format <format> [--out <file>] …`: grades a whole class — folders
 * of `<student>/<slug>.ts` files and progress files exported from the site, side by side — in
 * parallel worker threads, and writes one report. The exit code is 0 once the report is written,
 * whatever the grades (CI reads them from the report), and 2 for a usage error.
 */

import { open, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { loadAssignment } from "../../assignments/load.ts";
import { summarise } from "../../exercise-folders/assemble.ts";
import { loadExercises } from "../../exercise-folders/load.ts";
import { ExerciseFormatError } from "../../exercise-folders/schema.ts";
import type { LoadedExercise } from "../../grader/index.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages, type CliMessages } from "../messages/index.ts";
import { safeText } from "../terminal-text.ts";
import { FORMATS, formatBatch, type BatchFormat } from "./classroom/batch-formats.ts";
import { DEFAULT_SUBMISSION_TIMEOUT_MS, gradeInPool } from "./classroom/batch-pool.ts";
import { buildReport, type BatchReport } from "./classroom/batch-report.ts";
import { jobsOf, scanClassFolder, type ClassFolder } from "./classroom/batch-scan.ts";
import { courseVersion } from "../inputs/course-version.ts";
import { parseShard, shardOf } from "./classroom/shard.ts";
import { byLesson } from "./list.ts";

export async function main(args: string[]): Promise<number> {
  const help = (lang: CliMessages): string => lang.batch.help(DEFAULT_SUBMISSION_TIMEOUT_MS / 1000);
  const choice = langOfArgs(args);
  if (!choice.ok) return printUsage(choice.message, help(cliMessages("en")));
  const { lang } = choice;
  const m = cliMessages(lang);
  const usage = (message: string): number => printUsage(message, help(m));
  const parsed = parseCommandArgs(
    args,
    {
      format: { type: "string" },
      out: { type: "string" },
      jobs: { type: "string" },
      timeout: { type: "string" },
      assignment: { type: "string" },
      student: { type: "string" },
      shard: { type: "string" },
      total: { type: "boolean" },
      reproducible: { type: "boolean" },
      ...LANG_OPTION,
    },
    help(m),
    lang,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(m.batch.expectedFolder);
  const format = values.format as BatchFormat | undefined;
  if (format === undefined || !FORMATS.includes(format)) return usage(m.batch.format(FORMATS));
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage(m.batch.jobs);
  const timeoutMs =
    values.timeout === undefined ? DEFAULT_SUBMISSION_TIMEOUT_MS : Number(values.timeout) * 1000;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs)) return usage(m.batch.timeout);
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) return usage(m.batch.shard);
  if (values.student !== undefined && values.student.trim() === "") return usage(m.batch.student);
  const generatedAt = values.reproducible ? reproducibleDate() : new Date().toISOString();
  if (generatedAt === null) return usage(m.batch.sourceDateEpoch);
  const dir = positionals[0];
  try {
    if (!(await stat(dir)).isDirectory()) return usage(m.batch.notAFolder(dir));
  } catch {
    return usage(m.batch.cannotReadFolder(dir));
  }

  let exercises: LoadedExercise[];
  let assignment: HandedOut | undefined;
  try {
    exercises = await loadExercises();
  } catch (error) {
    if (error instanceof ExerciseFormatError) return usage(error.message);
    throw error;
  }
  if (values.assignment !== undefined) {
    const loaded = await loadAssignment(values.assignment, lang);
    if (!loaded.ok) return usage(loaded.message);
    assignment = { id: loaded.id, ids: loaded.ids, points: loaded.assignment.points };
    const bySlug = new Map(exercises.map((e) => [e.definition.slug, e]));
    exercises = loaded.assignment.exercises.map((slug) => bySlug.get(slug) as LoadedExercise);
  } else {
    exercises.sort((a, b) => byLesson(summarise(a), summarise(b)));
  }

  if (values.out !== undefined) {
    const problem = await checkWritable(values.out, m);
    if (problem !== null) return usage(problem);
  }

  const started = performance.now();
  let folder = await scanClassFolder(dir, exercises, { oneStudent: values.student, lang });
  if (shard !== undefined) folder = shardOf(folder, shard);
  const work = jobsOf(folder);
  const outcomes = await gradeInPool(work, { threads: jobs, timeoutMs, lang });
  const seconds = (performance.now() - started) / 1000;
  const report = buildReport({
    courseVersion: await courseVersion(),
    exercises,
    folder,
    outcomes,
    seconds: values.reproducible ? 0 : seconds,
    generatedAt,
    assignment: assignment?.id,
    points: assignment?.points,
    shard,
    lang,
  });
  if (values.reproducible)
    for (const student of report.students) for (const row of student.rows) row.seconds = 0;
  let output: string;
  try {
    output = formatBatch(report, format, { total: Boolean(values.total), lang });
  } catch (error) {
    return usage((error as Error).message);
  }

  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);
  process.stderr.write(
    describe(
      m,
      report,
      folder,
      work.length,
      Math.min(jobs, Math.max(1, work.length)),
      seconds,
      values.out,
      assignment,
    ),
  );
  return 0;
}

/** The assignment being graded: the id the report carries, and every id its hand-ins may carry. */
interface HandedOut {
  id: string;
  ids: string[];
  points: number;
}

/** The summary line on standard error; every name in it came from the class folder, so it is escaped. */
function describe(
  m: CliMessages,
  report: BatchReport,
  folder: ClassFolder,
  graded: number,
  threads: number,
  seconds: number,
  out: string | undefined,
  assignment: HandedOut | undefined,
): string {
  const rows = report.students.flatMap((s) => s.rows);
  const missing = rows.filter((r) => r.status === "missing").length;
  const lines = [
    m.batch.summary({
      graded,
      students: report.students.length,
      seconds,
      threads,
      missing,
      rate: seconds > 0 ? graded / seconds : null,
      ignored: report.ignored.length,
      ignoredPreview: preview(report.ignored),
      out: out === undefined ? null : safeText(out),
    }),
  ];
  const differing = rows.filter((r) => r.reproduced === false);
  if (differing.length > 0) {
    const shown = preview(differing.map((r) => `${r.student} ${r.exercise}`));
    lines.push(m.batch.notReproduced({ count: differing.length, preview: shown }));
  }
  if (assignment !== undefined) {
    const other = folder.students.filter(
      (s) => s.assignment !== undefined && !assignment.ids.includes(s.assignment),
    );
    if (other.length > 0) {
      lines.push(
        m.batch.otherAssignment({
          count: other.length,
          assignment: safeText(assignment.id),
          preview: preview(other.map((s) => `${s.student} (${s.assignment ?? ""})`)),
        }),
      );
    }
  }
  for (const problem of folder.problems) lines.push(m.batch.skipped(safeText(problem)));
  return `${lines.join("\n")}\n`;
}

/** Opens `file` for appending (creating it if needed) so a bad `--out` fails before any grading. */
async function checkWritable(file: string, m: CliMessages): Promise<string | null> {
  try {
    const handle = await open(file, "a");
    await handle.close();
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return m.batch.cannotWrite({ file: safeText(file), code });
  }
}

function reproducibleDate(): string | null {
  const epoch = process.env.SOURCE_DATE_EPOCH;
  if (epoch === undefined || epoch === "") return new Date(0).toISOString();
  return /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000).toISOString() : null;
}

function preview(items: string[]): string {
  const shown = items.slice(0, 5).map(safeText).join(", ");
  return items.length <= 5 ? shown : `${shown}, …`;
}
