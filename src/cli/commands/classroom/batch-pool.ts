/**
 * Grades jobs on a pool of worker threads, one sandbox per thread. Each worker gets its next job
 * as soon as it reports the previous one, so a slow submission does not hold up the others.
 *
 * Nothing a submission does can stop the batch: a worker that dies, exits, or does not answer
 * within the per-submission timeout is terminated and takes only its current job with it (that
 * job is reported as a grader error) and a fresh worker takes its place. A worker that fails
 * before it is ready (it could not load the exercises or the sandbox) stops the whole batch:
 * every worker would fail the same way.
 */

import { Worker } from "node:worker_threads";
import type { GradeResult } from "../../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import type { BatchJob } from "./batch-scan.ts";
import type { WorkerJob, WorkerReply } from "./batch-worker.ts";

export type JobOutcome = { result: GradeResult; seconds: number } | { crash: string; seconds: number };

/** The worker module that grades: `batch-worker.ts`. */
export const GRADING_WORKER = new URL("./batch-worker.ts", import.meta.url);

/**
 * Wall time one submission may take before its worker is terminated. Every run inside already
 * has the exercise's own budgets and the sandbox's wall-clock backstop; this only catches a
 * worker that stopped answering, so it leaves room for several variants each reaching that
 * backstop on a busy machine.
 */
export const DEFAULT_SUBMISSION_TIMEOUT_MS = 300_000;

export interface PoolOptions {
  /** How many worker threads. */
  threads: number;
  /** Wall time per submission before its worker is terminated (default 300 s). */
  timeoutMs?: number;
  /** The worker module (default: the grading worker); tests pass a worker of their own. */
  workerUrl?: URL;
  /** The language of the results' messages and labels (default English). */
  lang?: Lang;
}

/** Grades every job; outcomes come back in job order. */
export async function gradeInPool(jobs: BatchJob[], options: PoolOptions): Promise<JobOutcome[]> {
  const outcomes: JobOutcome[] = new Array<JobOutcome>(jobs.length);
  if (jobs.length === 0) return outcomes;
  const timeoutMs = options.timeoutMs ?? DEFAULT_SUBMISSION_TIMEOUT_MS;
  const workerUrl = options.workerUrl ?? GRADING_WORKER;
  let next = 0;
  let settled = 0;

  const workers = new Set<Worker>();
  await new Promise<void>((resolve, reject) => {
    const finish = (index: number, outcome: JobOutcome): void => {
      if (outcomes[index] !== undefined) return;
      outcomes[index] = outcome;
      settled++;
      if (settled === jobs.length) resolve();
    };

    const start = (): void => {
      const worker = new Worker(workerUrl);
      workers.add(worker);
      let current: { index: number; startedAt: number; timer: NodeJS.Timeout } | null = null;
      let ready = false;
      let retired = false;
      const startup = setTimeout(() => {
        retired = true;
        void worker.terminate();
        reject(new Error(`a grading worker was not ready within ${timeoutMs / 1000} s`));
      }, timeoutMs).unref();

      /** Ends this worker; its current job, if any, is reported with `reason`. */
      const retire = (reason: string | null): void => {
        if (retired) return;
        retired = true;
        workers.delete(worker);
        const lost = current;
        current = null;
        if (lost !== null) {
          clearTimeout(lost.timer);
          const seconds = (performance.now() - lost.startedAt) / 1000;
          finish(lost.index, { crash: reason ?? "the grading worker stopped", seconds });
        }
        void worker.terminate();
        if (next < jobs.length) start();
      };

      const dispatch = (): void => {
        if (next >= jobs.length) {
          current = null;
          retired = true;
          workers.delete(worker);
          void worker.terminate();
          return;
        }
        const index = next++;
        const job = jobs[index];
        const timer = setTimeout(
          () => retire(`no result within ${timeoutMs / 1000} s; the grading worker was stopped`),
          timeoutMs,
        ).unref();
        current = { index, startedAt: performance.now(), timer };
        const message: WorkerJob = {
          id: index,
          exercise: job.exercise,
          source: job.source,
          filename: job.filename,
          lang: options.lang ?? DEFAULT_LANG,
        };
        worker.postMessage(message);
      };

      worker.on("message", (reply: WorkerReply | { ready: true }) => {
        if (retired) return;
        if ("ready" in reply) {
          ready = true;
          clearTimeout(startup);
          return dispatch();
        }
        if (current !== null) clearTimeout(current.timer);
        current = null;
        if ("crash" in reply) finish(reply.id, { crash: reply.crash, seconds: 0 });
        else finish(reply.id, { result: reply.result, seconds: reply.seconds });
        dispatch();
      });
      worker.on("error", (error) => {
        if (!ready) {
          retired = true;
          clearTimeout(startup);
          return reject(error);
        }
        retire(`the grading worker failed: ${error.message}`);
      });
      worker.on("exit", (code) => {
        if (retired) return;
        if (!ready) {
          retired = true;
          clearTimeout(startup);
          return reject(new Error(`a grading worker exited with code ${code} before it was ready`));
        }
        retire(`the grading worker exited with code ${code}`);
      });
    };
    for (let i = 0; i < Math.max(1, Math.min(options.threads, jobs.length)); i++) start();
  }).finally(() => Promise.all([...workers].map((worker) => worker.terminate())));
  return outcomes;
}
