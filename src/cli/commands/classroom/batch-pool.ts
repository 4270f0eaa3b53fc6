/**
 * Grades jobs on a pool of worker threads, one sandbox per thread. Each worker gets its next job
 * as soon as it reports the previous one, so a slow submission does not hold up the others.
 * A worker that dies takes only its current job with it: that job is reported as a grader error
 * and a fresh worker takes its place. A worker that dies before it is ready (it could not load the
 * exercises or the sandbox) stops the whole batch: every worker would fail the same way.
 */

import { Worker } from "node:worker_threads";
import type { GradeResult } from "../../../grader/index.ts";
import type { BatchJob } from "./batch-scan.ts";
import type { WorkerJob, WorkerReply } from "./batch-worker.ts";

export type JobOutcome = { result: GradeResult; seconds: number } | { crash: string; seconds: number };

const WORKER_URL = new URL("./batch-worker.ts", import.meta.url);

/** Grades every job with `threads` workers; outcomes come back in job order. */
export async function gradeInPool(jobs: BatchJob[], threads: number): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array<JobOutcome>(jobs.length);
  let next = 0;
  let settled = 0;
  if (jobs.length === 0) return outcomes;

  const workers = new Set<Worker>();
  await new Promise<void>((resolve, reject) => {
    const start = (): void => {
      const worker = new Worker(WORKER_URL);
      workers.add(worker);
      let current: { index: number; startedAt: number } | null = null;
      let ready = false;

      const dispatch = (): void => {
        if (next >= jobs.length) {
          current = null;
          void worker.terminate();
          return;
        }
        const index = next++;
        const job = jobs[index];
        current = { index, startedAt: performance.now() };
        const message: WorkerJob = { id: index, exercise: job.exercise, path: job.path, filename: job.file };
        worker.postMessage(message);
      };
      const finish = (index: number, outcome: JobOutcome): void => {
        outcomes[index] = outcome;
        settled++;
        if (settled === jobs.length) resolve();
      };

      worker.on("message", (reply: WorkerReply | { ready: true }) => {
        if ("ready" in reply) {
          ready = true;
          return dispatch();
        }
        if ("crash" in reply) finish(reply.id, { crash: reply.crash, seconds: 0 });
        else finish(reply.id, { result: reply.result, seconds: reply.seconds });
        dispatch();
      });
      worker.on("error", (error) => {
        workers.delete(worker);
        if (!ready) return reject(error);
        const lost = current;
        current = null;
        if (lost !== null) {
          const seconds = (performance.now() - lost.startedAt) / 1000;
          finish(lost.index, { crash: `the grading worker failed: ${error.message}`, seconds });
        }
        if (next < jobs.length) start();
      });
    };
    for (let i = 0; i < Math.max(1, Math.min(threads, jobs.length)); i++) start();
  }).finally(() => Promise.all([...workers].map((worker) => worker.terminate())));
  return outcomes;
}
