/**
 * `course grade-batch <dir> --format json|csv|junit|tap [--out <file>] [--jobs <n>]`: grades a
 * whole class. `<dir>/<student>/<slug>.ts` (`.json` for predict exercises) are the submissions;
 * other files are ignored and listed, absent ones are reported as missing. Submissions are graded
 * in parallel worker threads. The exit code is 0 once the report is written, whatever the grades
 * (CI reads them from the report), and 2 for a usage error.
 */

import { stat, writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { loadExercises } from "../../exercises/load.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";
import { summarise } from "../../exercises/assemble.ts";
import { FORMATS, formatBatch, type BatchFormat } from "./classroom/batch-formats.ts";
import { gradeInPool } from "./classroom/batch-pool.ts";
import { buildReport } from "./classroom/batch-report.ts";
import { scanClassFolder } from "./classroom/batch-scan.ts";
import { courseVersion } from "./classroom/course-version.ts";
import { byLesson } from "./list.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";

export const summary =
  "Grade a class folder (<dir>/<student>/<slug>.ts) and write JSON, CSV, JUnit XML or TAP.";

const HELP = `Usage: npm run course -- grade-batch <dir> --format json|csv|junit|tap [--out <file>] [--jobs <n>]

  <dir>              one folder per student, each holding <exercise-slug>.ts files
                     (<exercise-slug>.json for predict-the-output exercises)
  --format <format>  json, csv, junit (JUnit XML for GitLab/Jenkins) or tap (TAP version 13)
  --out <file>       write the report there instead of to standard output
  --jobs <n>         worker threads (default: the number of CPU cores)

The exit code is 0 once the report is written, whatever the grades.
`;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { format: { type: "string" }, out: { type: "string" }, jobs: { type: "string" } },
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
  const dir = positionals[0];
  try {
    if (!(await stat(dir)).isDirectory()) return usage(`${dir} is not a folder.`);
  } catch {
    return usage(`Cannot read the folder ${dir}.`);
  }

  let exercises;
  try {
    exercises = await loadExercises();
  } catch (error) {
    if (error instanceof ExerciseFormatError) return usage(error.message);
    throw error;
  }
  exercises.sort((a, b) => byLesson(summarise(a), summarise(b)));

  const started = performance.now();
  const folder = await scanClassFolder(dir, exercises);
  const outcomes = await gradeInPool(folder.jobs, jobs);
  const seconds = (performance.now() - started) / 1000;
  const report = buildReport({ courseVersion: await courseVersion(), exercises, folder, outcomes, seconds });
  const output = formatBatch(report, format);

  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);

  const threads = Math.min(jobs, Math.max(1, folder.jobs.length));
  const missing = folder.missing.length;
  process.stderr.write(
    `Graded ${folder.jobs.length} submissions of ${folder.students.length} students in ${seconds.toFixed(1)} s ` +
      `(${threads} worker thread${threads === 1 ? "" : "s"}); ${missing} missing` +
      (folder.ignored.length > 0
        ? `; ignored ${folder.ignored.length} unrelated file(s): ${preview(folder.ignored)}`
        : "") +
      (values.out === undefined ? "" : `. Report: ${values.out}`) +
      "\n",
  );
  return 0;
}

function preview(files: string[]): string {
  return files.length <= 5 ? files.join(", ") : `${files.slice(0, 5).join(", ")}, …`;
}

function usage(message: string): number {
  return printUsage(message, HELP);
}
