/**
 * `npm run bench:classroom`: grading a class of 200 students who hand in every exercise (each
 * student hands in, in turn, the reference solution, the starter or a known-wrong file, as in
 * `tests/cli/make-class.ts`; every program differs, by a comment), the way `course grade-batch` does it: scan the folder, grade in a
 * pool of worker threads (start-up included), build the report. Prints the wall time,
 * submissions per second, and the CPU time of the process and its worker threads, which says
 * more than wall time on a machine that other work shares.
 *
 *   node bench/classroom.ts [--students 200] [--jobs 2]   (default: one thread per core)
 */
import { mkdtemp, rm } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { formatBatch } from "../src/cli/commands/classroom/batch-formats.ts";
import { gradeInPool } from "../src/cli/commands/classroom/batch-pool.ts";
import { buildReport } from "../src/cli/commands/classroom/batch-report.ts";
import { jobsOf, scanClassFolder } from "../src/cli/commands/classroom/batch-scan.ts";
import { loadExercises } from "../src/exercise-folders/load.ts";
import { makeClass } from "../tests/cli/make-class.ts";

const { values } = parseArgs({
  options: { students: { type: "string", default: "200" }, jobs: { type: "string" } },
});
const students = Number(values.students);
const threads = values.jobs === undefined ? availableParallelism() : Number(values.jobs);

const dir = await mkdtemp(join(tmpdir(), "looplab-bench-class-"));
try {
  const exercises = await loadExercises();
  await makeClass(join(dir, "class"), exercises, { students, unique: true });
  console.log(
    `classroom: ${students} students × ${exercises.length} exercises, ${threads} worker thread(s) on ` +
      `${availableParallelism()} cores (load average ${loadavg()[0].toFixed(1)} before the run)`,
  );
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const folder = await scanClassFolder(join(dir, "class"), exercises);
  const jobs = jobsOf(folder);
  const outcomes = await gradeInPool(jobs, { threads });
  const seconds = (performance.now() - started) / 1000;
  const report = buildReport({ courseVersion: "bench", exercises, folder, outcomes, seconds });
  formatBatch(report, "json");
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const failures = outcomes.filter((o) => "crash" in o).length;
  if (failures > 0) throw new Error(`${failures} submissions made the grader fail`);
  console.log(
    `  ${jobs.length} submissions in ${seconds.toFixed(1)} s wall: ${(jobs.length / seconds).toFixed(1)} submissions/s ` +
      `(${(jobs.length / seconds / threads).toFixed(1)} per thread)`,
  );
  console.log(
    `  CPU time ${cpuSeconds.toFixed(1)} s: ${((cpuSeconds / jobs.length) * 1000).toFixed(1)} ms per submission, ` +
      `${(jobs.length / cpuSeconds).toFixed(1)} submissions per CPU-second`,
  );
} finally {
  await rm(dir, { recursive: true, force: true });
}
