/**
 * `import { ThreadPoolExecutor, ProcessPoolExecutor } from "concurrent.futures"`: pools of
 * workers on 4 virtual CPUs. Threads share the GIL (CPU work takes turns, blocking sleeps
 * overlap); processes compute in parallel on the cores and get copies of their arguments.
 * A submitted function runs to completion when its worker starts it, on the worker's own clock.
 */
declare module "concurrent.futures" {
  /** A job's result. `result()` blocks the calling thread until the job ends (Python's `concurrent.futures.Future`). */
  export class Future<T = unknown> {
    /** Blocks until the job ends; returns its result or throws its error (Python's `Future.result`). */
    result(timeout?: number | null): T;
    /** Blocks until the job ends; returns its error, or null (Python's `Future.exception`). */
    exception(timeout?: number | null): unknown;
    /** Whether the job ended or was cancelled (Python's `Future.done`). */
    done(): boolean;
    /** Whether a worker runs it now (Python's `Future.running`). */
    running(): boolean;
    /** Whether it was cancelled (Python's `Future.cancelled`). */
    cancelled(): boolean;
    /** Cancels the job if no worker started it yet (Python's `Future.cancel`). */
    cancel(): boolean;
    /** Calls `fn(future)` when the job ends (Python's `Future.add_done_callback`). */
    addDoneCallback(fn: (future: Future<T>) => unknown): void;
  }

  /** Keyword arguments of the executors' constructors. */
  export interface ExecutorOptions {
    /** Called on each worker before its first job (Python's `initializer=`). */
    initializer?: (...args: unknown[]) => unknown;
    /** The initializer's arguments (Python's `initargs=`). */
    initargs?: unknown[];
  }

  /** A pool of workers (Python's `concurrent.futures.Executor`). */
  export abstract class Executor {
    /** How many workers it has (Python's `_max_workers`). */
    readonly maxWorkers: number;
    /** Starts `fn(...args)` on a free worker, or queues it (Python's `Executor.submit`). */
    submit<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Future<T>;
    /** Submits `fn` for each set of arguments; yields the results in order (blocking) (Python's `Executor.map`). */
    map<T>(fn: (...args: never[]) => T, ...iterables: Iterable<unknown>[]): IterableIterator<T>;
    /** Refuses new jobs; with `wait` (default true) blocks until every job is done (Python's `Executor.shutdown`). */
    shutdown(wait?: boolean, options?: { cancelFutures?: boolean }): void;
  }

  /** Threads named `ThreadPoolExecutor-N_i`; `maxWorkers` defaults to min(32, CPUs + 4) = 8 (Python's `ThreadPoolExecutor`). */
  export class ThreadPoolExecutor extends Executor {
    constructor(maxWorkers?: number | null, options?: ExecutorOptions & { threadNamePrefix?: string });
  }

  /** Processes named `ForkProcess-N`; `maxWorkers` defaults to the CPU count, 4 (Python's `ProcessPoolExecutor`). */
  export class ProcessPoolExecutor extends Executor {
    constructor(maxWorkers?: number | null, options?: ExecutorOptions);
  }

  /** `wait` returns when any future is done (Python's `concurrent.futures.FIRST_COMPLETED`). */
  export const FIRST_COMPLETED: "FIRST_COMPLETED";
  /** `wait` returns when any future fails, or all are done (Python's `concurrent.futures.FIRST_EXCEPTION`). */
  export const FIRST_EXCEPTION: "FIRST_EXCEPTION";
  /** `wait` returns when all are done (Python's `concurrent.futures.ALL_COMPLETED`). */
  export const ALL_COMPLETED: "ALL_COMPLETED";

  /** Blocks until the futures are done (per `returnWhen`); returns `[done, notDone]` (Python's `concurrent.futures.wait`). */
  export function wait<T>(
    fs: Iterable<Future<T>>,
    options?: {
      timeout?: number | null;
      returnWhen?: "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
    },
  ): [Set<Future<T>>, Set<Future<T>>] & { done: Set<Future<T>>; notDone: Set<Future<T>> };
  /** Yields the futures in the order they complete, blocking for each (Python's `concurrent.futures.as_completed`). */
  export function asCompleted<T>(
    fs: Iterable<Future<T>>,
    options?: { timeout?: number | null },
  ): Generator<Future<T>>;

  /** The job was cancelled (Python's `concurrent.futures.CancelledError`). */
  export class CancelledError extends Error {}
  /** `result(timeout)` waited too long (Python's `concurrent.futures.TimeoutError`). */
  export class TimeoutError extends Error {}
}
