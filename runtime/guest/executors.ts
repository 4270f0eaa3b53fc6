/**
 * Mirrors CPython `concurrent/futures/_base.py`: `Future`, the `Executor` both pools share, and
 * the module functions `wait` and `asCompleted`. Differences: a job runs to completion when its
 * worker starts it (workers.ts), so a future knows its end time at once and `done()` compares it
 * with the caller's clock; waiting blocks the calling thread on the virtual clock.
 */
import { block, now } from "./clock.ts";
import { Deque } from "./deque.ts";
import { CancelledError, Halt, RuntimeError, TimeoutError, ValueError } from "./exceptions.ts";
import { callerPosition } from "./positions.ts";
import { record } from "./recorder.ts";
import {
  type Worker,
  advanceWorkers,
  advanceWorkersWhile,
  atTime,
  releaseThrough,
  runOnWorker,
} from "./workers.ts";

type State = "PENDING" | "RUNNING" | "CANCELLED" | "FINISHED";
type DoneCallback<T> = { bivariant(future: Future<T>): unknown }["bivariant"];

/** The result of a job submitted to an executor (`concurrent.futures.Future`). */
export class Future<T = unknown> {
  private state: State = "PENDING";
  /** When the job ends (known as soon as it started: it ran ahead on its worker). */
  private endsAt: number | null = null;
  private outcome: { ok: true; value: T } | { ok: false; error: unknown } | null = null;
  private callbacks: DoneCallback<T>[] = [];
  /** The worker that ran it, which runs its done callbacks. */
  private worker: Worker | null = null;

  /** True once cancelled, or once the job ended by the caller's clock. */
  done(): boolean {
    return this.state === "CANCELLED" || (this.endsAt !== null && this.endsAt <= now());
  }

  cancelled(): boolean {
    return this.state === "CANCELLED";
  }

  /** True while a worker runs the job. */
  running(): boolean {
    return this.state === "RUNNING" && !this.done();
  }

  /** Cancels the job if no worker started it yet; false otherwise. */
  cancel(): boolean {
    if (this.state === "RUNNING" || this.state === "FINISHED") return false;
    if (this.state === "CANCELLED") return true;
    this.state = "CANCELLED";
    this.invokeCallbacks();
    return true;
  }

  /** Blocks the calling thread until the job ends (at most `timeout` s); returns its result. */
  result(timeout: number | null = null): T {
    this.waitDone(timeout);
    if (this.state === "CANCELLED") throw new CancelledError();
    const outcome = this.outcome!;
    if (!outcome.ok) throw outcome.error;
    return outcome.value;
  }

  /** Like `result()`, but returns the job's exception (or null) instead of raising it. */
  exception(timeout: number | null = null): unknown {
    this.waitDone(timeout);
    if (this.state === "CANCELLED") throw new CancelledError();
    return this.outcome!.ok ? null : this.outcome!.error;
  }

  /** Calls `fn(future)` when the job ends (at once if it has). */
  addDoneCallback(fn: DoneCallback<T>): void {
    if (this.done()) this.callCallback(fn);
    else this.callbacks.push(fn);
  }

  /** @internal A worker started the job at `start`; it ended at `run.end`. */
  markRan(
    worker: Worker,
    end: number,
    outcome: { ok: true; value: T } | { ok: false; error: unknown },
  ): void {
    this.state = "RUNNING";
    this.worker = worker;
    this.endsAt = end;
    this.outcome = outcome;
  }

  /** @internal The clock reached the job's end: the future completes, its callbacks run. */
  complete(): void {
    this.state = "FINISHED";
    this.invokeCallbacks();
  }

  /** @internal When the job ends, if a worker started it. */
  endTime(): number | null {
    return this.endsAt;
  }

  /** @internal True if the job ran and raised (known before it ends by the caller's clock). */
  failed(): boolean {
    return this.outcome !== null && !this.outcome.ok;
  }

  private waitDone(timeout: number | null): void {
    if (this.cancelled()) return;
    const start = now();
    const deadline = timeout === null || timeout === undefined ? Infinity : start + Math.max(0, timeout);
    // A queued job starts when an earlier one ends: let the other workers' time pass until then.
    advanceWorkersWhile(deadline, () => this.endsAt === null && !this.cancelled());
    if (this.cancelled()) return;
    if (this.endsAt === null && deadline === Infinity) {
      throw new Halt(
        "deadlock",
        "Deadlock: a thread waits for the result of a job that can never start (every worker of its pool is busy, " +
          "waiting too).",
        undefined,
        undefined,
        { stuck: "pool" },
      );
    }
    const end = this.endsAt ?? Infinity;
    if (end > deadline) {
      blockUntil(deadline);
      throw new TimeoutError();
    }
    blockUntil(end);
  }

  private invokeCallbacks(): void {
    const callbacks = this.callbacks;
    this.callbacks = [];
    for (const fn of callbacks) this.callCallback(fn);
  }

  private callCallback(fn: DoneCallback<T>): void {
    try {
      fn(this);
    } catch (error) {
      record("warning", {
        category: "ExceptionHandler",
        text: `exception calling callback for ${this}\n${String(error)}`,
      });
    }
  }

  toString(): string {
    const state = this.done()
      ? this.cancelled()
        ? "cancelled"
        : "finished"
      : this.state === "PENDING"
        ? "pending"
        : "running";
    return `<Future state=${state}>`;
  }
}

/** A submitted job waiting for, or given to, a worker (`_WorkItem`). */
export interface WorkItem {
  fn: (...args: unknown[]) => unknown;
  args: unknown[];
  future: Future;
  line: number | undefined;
}

/** What `ThreadPoolExecutor` and `ProcessPoolExecutor` share (`concurrent.futures.Executor`). */
export abstract class Executor {
  protected readonly workers: Worker[] = [];
  private readonly queue = new Deque<WorkItem>();
  private shutdownCalled = false;
  private busy = 0;
  private idleWaiters: (() => void)[] = [];
  readonly maxWorkers: number;
  private readonly initializer: ((...args: unknown[]) => unknown) | null;
  private readonly initargs: unknown[];
  private readonly initialized = new Set<Worker>();

  constructor(maxWorkers: number, options: ExecutorOptions) {
    if (!Number.isInteger(maxWorkers) || maxWorkers <= 0)
      throw new ValueError("max_workers must be greater than 0");
    this.maxWorkers = maxWorkers;
    this.initializer = options.initializer ?? null;
    this.initargs = options.initargs ?? [];
  }

  /** Starts `fn(...args)` on a worker (or queues it until one is free). */
  submit<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Future<T> {
    return this.submitFrom(callerPosition()?.line, fn as (...args: unknown[]) => T, args);
  }

  /** @internal `submit`, marking the job with the learner's line that asked for it. */
  submitFrom<T>(
    line: number | undefined,
    fn: (...args: unknown[]) => T,
    args: readonly unknown[],
  ): Future<T> {
    if (this.shutdownCalled) throw new RuntimeError("cannot schedule new futures after shutdown");
    if (typeof fn !== "function") throw new TypeError(`submit() expects a function, got ${typeof fn}`);
    const future = new Future<T>();
    this.queue.append({ fn: fn as WorkItem["fn"], args: [...args], future: future as Future, line });
    this.dispatch(now());
    return future;
  }

  /** Submits `fn` for every set of arguments; yields the results in order, blocking for each. */
  map<T>(fn: (...args: never[]) => T, ...iterables: Iterable<unknown>[]): IterableIterator<T> {
    const lists = iterables.map((it) => [...it]);
    const n = lists.length ? Math.min(...lists.map((l) => l.length)) : 0;
    const futures: Future<T>[] = [];
    for (let i = 0; i < n; i++)
      futures.push(this.submit(fn as (...args: unknown[]) => T, ...lists.map((l) => l[i])));
    return (function* () {
      for (const future of futures) yield future.result();
    })();
  }

  /**
   * Refuses new jobs; with `wait` (the default), blocks the calling thread until every job is
   * done. `cancelFutures` cancels the jobs no worker started yet.
   */
  shutdown(wait = true, options: { cancelFutures?: boolean } = {}): void {
    this.shutdownCalled = true;
    if (options.cancelFutures) {
      while (this.queue.length > 0) this.queue.popleft().future.cancel();
    }
    if (!wait) return;
    advanceWorkersWhile(Infinity, () => this.queue.length > 0);
    blockUntil(Math.max(now(), ...this.workers.map((w) => w.freeAt)));
  }

  /** @internal Calls `callback` once no job is queued or running. */
  whenIdle(callback: () => void): void {
    if (this.busy === 0 && this.queue.length === 0) callback();
    else this.idleWaiters.push(callback);
  }

  /** @internal True once `shutdown()` was called. */
  isShutdown(): boolean {
    return this.shutdownCalled;
  }

  protected abstract readonly kind: "thread" | "process";
  /** A worker free at `t`, if the pool has or may create one. */
  protected abstract freeWorker(t: number): Worker | null;
  /** The function that runs on the worker: a process gets copies of the arguments. */
  protected abstract prepare(item: WorkItem): () => unknown;

  /** Starts queued jobs on the workers free at `t`. */
  private dispatch(t: number): void {
    while (this.queue.length > 0) {
      if (this.queue.peek()!.future.cancelled()) {
        this.queue.popleft();
        continue;
      }
      const worker = this.freeWorker(t);
      if (worker === null) return;
      this.start(this.queue.popleft(), worker, t);
    }
    this.notifyIfIdle();
  }

  private start(item: WorkItem, worker: Worker, t: number): void {
    const body = this.prepare(item);
    const initialize = this.initializer !== null && !this.initialized.has(worker);
    if (initialize) this.initialized.add(worker);
    worker.freeAt = Infinity; // Busy until the job ends: a job it submits must wait for another worker.
    const run = runOnWorker(
      worker,
      t,
      () => {
        if (initialize) this.initializer!(...this.initargs);
        return body();
      },
      { line: item.line },
    );
    worker.freeAt = run.end;
    item.future.markRan(
      worker,
      run.end,
      run.ok ? { ok: true, value: run.value } : { ok: false, error: run.error },
    );
    this.busy += 1;
    atTime(run.end, () => {
      releaseThrough(run.end);
      this.busy -= 1;
      item.future.complete();
      this.dispatch(run.end);
    });
  }

  private notifyIfIdle(): void {
    if (this.busy > 0 || this.queue.length > 0) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const waiter of waiters) waiter();
  }
}

export interface ExecutorOptions {
  /** Called on each worker before its first job. */
  initializer?: (...args: unknown[]) => unknown;
  initargs?: unknown[];
}

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";

/**
 * Blocks the calling thread until `t` while the workers' agenda runs up to then; the workers'
 * events up to `t` then enter the trace, after the thread's own `loop_blocked`.
 */
function blockUntil(t: number): void {
  const start = now();
  if (t > start) {
    advanceWorkers(t);
    block(t - start);
  }
  releaseThrough(Math.max(t, start));
}

/** When each future completes (Infinity if it never will by itself), resolving queued jobs first. */
function completionTimes(fs: Future[], limit: number): Map<Future, number> {
  advanceWorkersWhile(limit, () => fs.some((f) => !f.cancelled() && f.endTime() === null));
  return new Map(fs.map((f) => [f, f.cancelled() ? now() : (f.endTime() ?? Infinity)]));
}

/**
 * Blocks the calling thread until the futures are done (`returnWhen`, at most `timeout` s);
 * returns `[done, notDone]` Sets (also as `.done` and `.notDone`).
 */
export function wait<T>(
  fs: Iterable<Future<T>>,
  options: { timeout?: number | null; returnWhen?: string } = {},
): [Set<Future<T>>, Set<Future<T>>] & { done: Set<Future<T>>; notDone: Set<Future<T>> } {
  const list = [...new Set(fs)];
  const returnWhen = options.returnWhen ?? ALL_COMPLETED;
  if (![FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED].includes(returnWhen)) {
    throw new ValueError(`Invalid return condition: ${String(returnWhen)}`);
  }
  const start = now();
  const deadline =
    options.timeout === null || options.timeout === undefined ? Infinity : start + options.timeout;
  const times = completionTimes(list as Future[], deadline);
  const sorted = [...times.values()].sort((a, b) => a - b);
  let until = sorted.length ? sorted[sorted.length - 1] : start;
  if (returnWhen === FIRST_COMPLETED) until = sorted.length ? sorted[0] : start;
  if (returnWhen === FIRST_EXCEPTION) {
    const failures = list.filter((f) => f.failed()).map((f) => times.get(f as Future)!);
    if (failures.length) until = Math.min(until, ...failures);
  }
  blockUntil(Math.min(Math.max(until, start), deadline));
  const done = new Set(list.filter((f) => f.done()));
  const notDone = new Set(list.filter((f) => !f.done()));
  return Object.assign([done, notDone] as [Set<Future<T>>, Set<Future<T>>], { done, notDone });
}

/** Yields the futures as they complete, blocking the calling thread for each. */
export function* asCompleted<T>(
  fs: Iterable<Future<T>>,
  options: { timeout?: number | null } = {},
): Generator<Future<T>> {
  const list = [...new Set(fs)];
  const start = now();
  const deadline =
    options.timeout === null || options.timeout === undefined ? Infinity : start + options.timeout;
  const pending = new Set(list);
  while (pending.size > 0) {
    const times = completionTimes([...pending] as Future[], deadline);
    let next: Future<T> | null = null;
    for (const f of pending)
      if (next === null || times.get(f as Future)! < times.get(next as Future)!) next = f;
    const at = times.get(next as Future)!;
    if (at > deadline) {
      blockUntil(deadline);
      throw new TimeoutError(`${pending.size} (of ${list.length}) futures unfinished`);
    }
    blockUntil(at);
    pending.delete(next!);
    yield next!;
  }
}
