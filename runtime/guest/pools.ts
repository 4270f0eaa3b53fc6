/**
 * Mirrors CPython `concurrent/futures/thread.py` and `process.py`: `ThreadPoolExecutor` (threads
 * share the GIL: CPU work takes turns, blocking sleeps overlap) and `ProcessPoolExecutor` (worker
 * processes compute in parallel on the 4 virtual cores, see gil.ts). Difference: a process gets
 * copies of its arguments and its caller a copy of the result, as pickling gives, but the
 * program's globals are shared.
 */
import { Coroutine } from "./coroutines.ts";
import { CancelledError, TimeoutError } from "./exceptions.ts";
import {
  ALL_COMPLETED,
  Executor,
  type ExecutorOptions,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  Future,
  type WorkItem,
  asCompleted,
  wait,
} from "./executors.ts";
import { CPU_COUNT } from "./gil.ts";
import type { Worker } from "./workers.ts";

let threadPoolCounter = 0;

/** A pool of threads: blocking calls overlap, CPU work takes turns holding the GIL. */
export class ThreadPoolExecutor extends Executor {
  protected readonly kind = "thread";
  private readonly prefix: string;

  /** `maxWorkers` defaults to min(32, CPUs + 4) = 8, as in CPython on 4 CPUs. */
  constructor(maxWorkers?: number | null, options: ExecutorOptions & { threadNamePrefix?: string } = {}) {
    super(maxWorkers ?? Math.min(32, CPU_COUNT + 4), options);
    this.prefix = options.threadNamePrefix || `ThreadPoolExecutor-${threadPoolCounter++}`;
  }

  protected freeWorker(t: number): Worker | null {
    // An idle thread takes the job (the one idle longest); otherwise a new thread, up to the limit.
    let best: Worker | null = null;
    for (const w of this.workers) if (w.freeAt <= t && (best === null || w.freeAt < best.freeAt)) best = w;
    if (best !== null) return best;
    if (this.workers.length >= this.maxWorkers) return null;
    const worker: Worker = {
      name: `${this.prefix}_${this.workers.length}`,
      kind: "thread",
      freeAt: -Infinity,
    };
    this.workers.push(worker);
    return worker;
  }

  protected prepare(item: WorkItem): () => unknown {
    return () => item.fn(...item.args);
  }
}

let processCounter = 1;

/** A pool of worker processes: CPU work runs in parallel on the 4 virtual cores. */
export class ProcessPoolExecutor extends Executor {
  protected readonly kind = "process";

  /** `maxWorkers` defaults to the CPU count, 4. */
  constructor(maxWorkers?: number | null, options: ExecutorOptions = {}) {
    super(maxWorkers ?? CPU_COUNT, options);
  }

  protected freeWorker(t: number): Worker | null {
    // With the fork start method, CPython starts every worker process at the first submit.
    if (this.workers.length === 0) {
      for (let i = 0; i < this.maxWorkers; i++) {
        this.workers.push({ name: `ForkProcess-${processCounter++}`, kind: "process", freeAt: -Infinity });
      }
    }
    let best: Worker | null = null;
    for (const w of this.workers) if (w.freeAt <= t && (best === null || w.freeAt < best.freeAt)) best = w;
    return best;
  }

  protected prepare(item: WorkItem): () => unknown {
    return () => pickle(item.fn(...(pickle(item.args) as unknown[])));
  }
}

/** A deep copy, as sending a value to another process and back (pickling) makes. */
function pickle(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (value === null || typeof value !== "object") return value;
  if (seen.has(value)) return seen.get(value);
  if (value instanceof Coroutine) throw new TypeError("cannot pickle 'coroutine' object");
  if (value instanceof Date) return new Date(value.getTime());
  if (Array.isArray(value)) {
    const copy: unknown[] = [];
    seen.set(value, copy);
    for (const item of value) copy.push(pickle(item, seen));
    return copy;
  }
  if (value instanceof Map) {
    const copy = new Map();
    seen.set(value, copy);
    for (const [k, v] of value) copy.set(pickle(k, seen), pickle(v, seen));
    return copy;
  }
  if (value instanceof Set) {
    const copy = new Set();
    seen.set(value, copy);
    for (const v of value) copy.add(pickle(v, seen));
    return copy;
  }
  const copy = Object.create(Object.getPrototypeOf(value) as object | null) as Record<string, unknown>;
  seen.set(value, copy);
  for (const key of Object.keys(value)) copy[key] = pickle((value as Record<string, unknown>)[key], seen);
  return copy;
}

/** The `concurrent.futures` module as learners import it. */
export const concurrentFutures: Record<string, unknown> = {
  Future,
  Executor,
  ThreadPoolExecutor,
  ProcessPoolExecutor,
  wait,
  asCompleted,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  ALL_COMPLETED,
  CancelledError,
  TimeoutError,
};
