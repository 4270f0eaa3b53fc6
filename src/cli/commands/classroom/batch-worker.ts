/**
 * A `grade-batch` worker thread: loads the exercises and one sandbox, then grades the
 * submissions the main thread sends, one at a time.
 *
 * Messages in: `{ id, exercise, source, filename, lang }`. Out: `{ id, result, seconds }`, or
 * `{ id, crash }` when grading itself failed (a host bug, never a learner's mistake).
 */

import { parentPort } from "node:worker_threads";
import { createSandbox } from "../../../../runtime/host/run.ts";
import { loadExercises } from "../../../exercise-folders/load.ts";
import { gradeSubmission, type GradeResult } from "../../../grader/index.ts";
import type { Lang } from "../../../i18n/lang.ts";

export interface WorkerJob {
  id: number;
  exercise: string;
  /** The submission's text. */
  source: string;
  filename: string;
  /** The language of the result's messages and labels. */
  lang: Lang;
}

export type WorkerReply =
  { id: number; result: GradeResult; seconds: number } | { id: number; crash: string };

if (parentPort === null) throw new Error("batch-worker.ts runs as a worker thread of grade-batch");
const port = parentPort;

const exercises = new Map((await loadExercises()).map((e) => [e.definition.slug, e]));
const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);

port.on("message", (job: WorkerJob) => {
  void grade(job).then((reply) => port.postMessage(reply));
});
port.postMessage({ ready: true });

async function grade(job: WorkerJob): Promise<WorkerReply> {
  const started = performance.now();
  try {
    const exercise = exercises.get(job.exercise);
    if (exercise === undefined) return { id: job.id, crash: `unknown exercise ${job.exercise}` };
    const { result } = await gradeSubmission(exercise, job.source, {
      runner,
      filename: job.filename,
      lang: job.lang,
    });
    return { id: job.id, result, seconds: (performance.now() - started) / 1000 };
  } catch (error) {
    return { id: job.id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
