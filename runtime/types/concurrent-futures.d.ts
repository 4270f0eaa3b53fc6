/**
 * `import { ThreadPoolExecutor, ProcessPoolExecutor } from "concurrent.futures"`: pools of
 * workers on 4 virtual CPUs. Threads share the GIL (CPU work takes turns, blocking sleeps
 * overlap); processes compute in parallel on the cores and get copies of their arguments.
 * A submitted function runs to completion when its worker starts it, on the worker's own clock.
 */
declare module "concurrent.futures" {
  /** A job's result. `result()` blocks the calling thread until the job ends. */
  export class Future<T = unknown> {
    result(timeout?: number | null): T;
    exception(timeout?: number | null): unknown;
    done(): boolean;
    running(): boolean;
    cancelled(): boolean;
    /** Cancels the job if no worker started it yet. */
    cancel(): boolean;
    addDoneCallback(fn: (future: Future<T>) => unknown): void;
  }

  export interface ExecutorOptions {
    /** Called on each worker before its first job. */
    initializer?: (...args: unknown[]) => unknown;
    initargs?: unknown[];
  }

  export abstract class Executor {
    readonly maxWorkers: number;
    /** Starts `fn(...args)` on a free worker, or queues it. */
    submit<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Future<T>;
    /** Submits `fn` for each set of arguments; yields the results in order (blocking). */
    map<T>(fn: (...args: never[]) => T, ...iterables: Iterable<unknown>[]): IterableIterator<T>;
    /** Refuses new jobs; with `wait` (default true) blocks until every job is done. */
    shutdown(wait?: boolean, options?: { cancelFutures?: boolean }): void;
  }

  /** Threads named `ThreadPoolExecutor-N_i`; `maxWorkers` defaults to min(32, CPUs + 4) = 8. */
  export class ThreadPoolExecutor extends Executor {
    constructor(maxWorkers?: number | null, options?: ExecutorOptions & { threadNamePrefix?: string });
  }

  /** Processes named `ForkProcess-N`; `maxWorkers` defaults to the CPU count, 4. */
  export class ProcessPoolExecutor extends Executor {
    constructor(maxWorkers?: number | null, options?: ExecutorOptions);
  }

  export const FIRST_COMPLETED: "FIRST_COMPLETED";
  export const FIRST_EXCEPTION: "FIRST_EXCEPTION";
  export const ALL_COMPLETED: "ALL_COMPLETED";

  /** Blocks until the futures are done (per `returnWhen`); returns `[done, notDone]`. */
  export function wait<T>(
    fs: Iterable<Future<T>>,
    options?: {
      timeout?: number | null;
      returnWhen?: "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
    },
  ): [Set<Future<T>>, Set<Future<T>>] & { done: Set<Future<T>>; notDone: Set<Future<T>> };
  /** Yields the futures in the order they complete, blocking for each. */
  export function asCompleted<T>(
    fs: Iterable<Future<T>>,
    options?: { timeout?: number | null },
  ): Generator<Future<T>>;

  export class CancelledError extends Error {}
  export class TimeoutError extends Error {}
}
