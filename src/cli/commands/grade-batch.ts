/**
 * `course grade-batch <dir> --format <format> [--out <file>] …`: grades a whole class — folders
 * of `<student>/<slug>.ts` files and progress files exported from the site, side by side — in
 * parallel worker threads, and writes one report. The exit code is 0 once the report is written,
 * whatever the grades (CI reads them from the report), and 2 for a usage error.
 */

import { open, stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { loadAssignment } from "../../assignments/load.ts";
import { summarise } from "../../exercises/assemble.ts";
import { loadExercises } from "../../exercises/load.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";
import type { LoadedExercise } from "../../grader/index.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { safeText } from "../terminal-text.ts";
import { FORMATS, formatBatch, type BatchFormat } from "./classroom/batch-formats.ts";
import { DEFAULT_SUBMISSION_TIMEOUT_MS, gradeInPool } from "./classroom/batch-pool.ts";
import { buildReport, type BatchReport } from "./classroom/batch-report.ts";
import { jobsOf, scanClassFolder, type ClassFolder } from "./classroom/batch-scan.ts";
import { courseVersion } from "./classroom/course-version.ts";
import { parseShard, shardOf } from "./classroom/shard.ts";
import { byLesson } from "./list.ts";

export const summary =
  "Grade a class folder (student folders or exported progress files) and write a report.";

const HELP = `Usage: npm run course -- grade-batch <dir> --format <format> [--out <file>] [options]

  <dir>                 the class folder: one folder per student holding <exercise-slug>.ts
                        files (<exercise-slug>.json for predict-the-output exercises), and/or
                        progress files exported from the site (one <name>.json per student)
  --format <format>     json, csv, junit (JUnit XML), tap (TAP version 13), classroom (GitHub
                        Classroom autograding, one student), moodle or canvas (gradebook CSV)
  --out <file>          write the report there instead of to standard output
  --assignment <file>   grade exactly that assignment's exercises, in its order (a file,
                        or a link made by \`npm run course -- assignment link\`, in quotes)
  --student <name>      <dir> is that one student's folder (as in a student's repository)
  --shard <i>/<n>       grade share i of n of the students; combine the JSON reports of every
                        share with \`npm run course -- merge-reports\`
  --jobs <n>            worker threads (default: the number of CPU cores)
  --timeout <seconds>   stop a submission that takes longer than this (default ${DEFAULT_SUBMISSION_TIMEOUT_MS / 1000})
  --total               gradebook formats: one total column instead of one per exercise
  --reproducible        leave wall times out (0) and date the report by SOURCE_DATE_EPOCH
                        (or 1970-01-01), so the same class always gives the same bytes

The exit code is 0 once the report is written, whatever the grades.
`;

export async function main(args: string[]): Promise<number> {
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
    },
    HELP,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage("Expected one class folder.");
  const format = values.format as BatchFormat | undefined;
  if (format === undefined || !FORMATS.includes(format)) {
    return usage(`--format must be one of ${FORMATS.join(", ")}.`);
  }
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) return usage("--jobs must be a positive whole number.");
  const timeoutMs =
    values.timeout === undefined ? DEFAULT_SUBMISSION_TIMEOUT_MS : Number(values.timeout) * 1000;
  if (!(timeoutMs > 0) || !Number.isFinite(timeoutMs))
    return usage("--timeout must be a positive number of seconds.");
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (shard === null) return usage("--shard must look like 2/4: share 2 of 4 (counting from 1).");
  if (values.student !== undefined && values.student.trim() === "") return usage("--student needs a name.");
  const generatedAt = values.reproducible ? reproducibleDate() : new Date().toISOString();
  if (generatedAt === null) return usage("SOURCE_DATE_EPOCH must be a whole number of seconds.");
  const dir = positionals[0];
  try {
    if (!(await stat(dir)).isDirectory()) return usage(`${dir} is not a folder.`);
  } catch {
    return usage(`Cannot read the folder ${dir}.`);
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
    const loaded = await loadAssignment(values.assignment);
    if (!loaded.ok) return usage(loaded.message);
    assignment = { id: loaded.id, ids: loaded.ids, points: loaded.assignment.points };
    const bySlug = new Map(exercises.map((e) => [e.definition.slug, e]));
    exercises = loaded.assignment.exercises.map((slug) => bySlug.get(slug) as LoadedExercise);
  } else {
    exercises.sort((a, b) => byLesson(summarise(a), summarise(b)));
  }

  if (values.out !== undefined) {
    const problem = await checkWritable(values.out);
    if (problem !== null) return usage(problem);
  }

  const started = performance.now();
  let folder = await scanClassFolder(dir, exercises, { oneStudent: values.student });
  if (shard !== undefined) folder = shardOf(folder, shard);
  const work = jobsOf(folder);
  const outcomes = await gradeInPool(work, { threads: jobs, timeoutMs });
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
  });
  if (values.reproducible)
    for (const student of report.students) for (const row of student.rows) row.seconds = 0;
  let output: string;
  try {
    output = formatBatch(report, format, { total: Boolean(values.total) });
  } catch (error) {
    return usage((error as Error).message);
  }

  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);
  process.stderr.write(
    describe(
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
  const rate = seconds > 0 ? ` (${(graded / seconds).toFixed(1)} submissions/s)` : "";
  const lines = [
    `Graded ${graded} submissions of ${report.students.length} students in ${seconds.toFixed(1)} s${rate} ` +
      `(${threads} worker thread${threads === 1 ? "" : "s"}); ${missing} missing` +
      (report.ignored.length > 0
        ? `; ignored ${report.ignored.length} unrelated file(s): ${preview(report.ignored)}`
        : "") +
      (out === undefined ? "" : `. Report: ${safeText(out)}`),
  ];
  const differing = rows.filter((r) => r.reproduced === false);
  if (differing.length > 0) {
    lines.push(
      `${differing.length} submission(s) from progress files did not reproduce their trace hash: ` +
        preview(differing.map((r) => `${r.student} ${r.exercise}`)),
    );
  }
  if (assignment !== undefined) {
    const other = folder.students.filter(
      (s) => s.assignment !== undefined && !assignment.ids.includes(s.assignment),
    );
    if (other.length > 0) {
      lines.push(
        `${other.length} progress file(s) were exported for another assignment than "${safeText(assignment.id)}": ` +
          preview(other.map((s) => `${s.student} (${s.assignment ?? ""})`)),
      );
    }
  }
  for (const problem of folder.problems) lines.push(`Skipped: ${safeText(problem)}`);
  return `${lines.join("\n")}\n`;
}

/** Opens `file` for appending (creating it if needed) so a bad `--out` fails before any grading. */
async function checkWritable(file: string): Promise<string | null> {
  try {
    const handle = await open(file, "a");
    await handle.close();
    return null;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    return `Cannot write the report to ${safeText(file)} (${code}); nothing was graded.`;
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

function usage(message: string): number {
  return printUsage(message, HELP);
}
