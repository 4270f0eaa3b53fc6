/**
 * Mirrors CPython 3.11 `asyncio/locks.py` step for step: `Lock`, `Event`, `Condition`,
 * `Semaphore`, `BoundedSemaphore` (`Barrier` is in barriers.ts), with FIFO fairness and
 * cancellation-safe waiters.
 * Differences: Python's `async with lock:` is `await lock.acquire(); try { … } finally {
 * lock.release(); }`; every waiter future says what it stands for (`Lock.acquire()`…), which is
 * what a deadlock report shows.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import { Deque } from "./deque.ts";
import { CancelledError, RuntimeError, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { LoopBound } from "./mixins.ts";

function describe(name: string, state: string, waiters: Deque<Future>): string {
  return `<${name} [${waiters.length ? `${state}, waiters:${waiters.length}` : state}]>`;
}

/** A mutual-exclusion lock; waiters acquire it in the order they asked. */
export class Lock extends LoopBound {
  private waiters = new Deque<Future>();
  private _locked = false;

  locked(): boolean {
    return this._locked;
  }

  /** Waits until the lock is free, then takes it; resolves to true. */
  acquire(): Coroutine<boolean> {
    return coroutine("Lock.acquire", () => this.acquireSteps());
  }

  private *acquireSteps(): Generator<unknown, boolean, unknown> {
    if (!this._locked && [...this.waiters].every((w) => w.cancelled())) {
      this._locked = true;
      return true;
    }
    const fut = this.getLoop().createFuture();
    fut._waitingFor = "Lock.acquire()";
    this.waiters.append(fut);
    // The finally block runs before the CancelledError handling, so a cancelled waiter does not
    // wake itself up.
    try {
      try {
        yield fut;
      } finally {
        this.waiters.remove(fut);
      }
    } catch (error) {
      if (error instanceof CancelledError && !this._locked) this.wakeUpFirst();
      throw error;
    }
    this._locked = true;
    return true;
  }

  /** Frees the lock and lets the first waiter take it; `RuntimeError` if it is not locked. */
  release(): void {
    if (!this._locked) throw new RuntimeError("Lock is not acquired.");
    this._locked = false;
    this.wakeUpFirst();
  }

  private wakeUpFirst(): void {
    const fut = this.waiters.peek();
    // A done waiter will wake up later and either take the lock or, cancelled, wake the next.
    if (fut && !fut.done()) fut.setResult(true);
  }

  override toString(): string {
    return describe("Lock", this._locked ? "locked" : "unlocked", this.waiters);
  }
}

/** A flag tasks can wait for: `set()` wakes every waiter at once. */
export class Event extends LoopBound {
  private waiters = new Deque<Future>();
  private value = false;
  /** What a waiter stands for in deadlock reports (`Queue.join()` waits on an Event). */
  private readonly waitLabel: string;

  constructor(waitLabel = "Event.wait()") {
    super();
    this.waitLabel = waitLabel;
  }

  isSet(): boolean {
    return this.value;
  }

  set(): void {
    if (this.value) return;
    this.value = true;
    for (const fut of this.waiters) if (!fut.done()) fut.setResult(true);
  }

  clear(): void {
    this.value = false;
  }

  /** Waits until the flag is set; resolves to true. */
  wait(): Coroutine<true> {
    return coroutine("Event.wait", () => this.waitSteps());
  }

  private *waitSteps(): Generator<unknown, true, unknown> {
    if (this.value) return true;
    const fut = this.getLoop().createFuture();
    fut._waitingFor = this.waitLabel;
    this.waiters.append(fut);
    try {
      yield fut;
      return true;
    } finally {
      this.waiters.remove(fut);
    }
  }

  override toString(): string {
    return describe("Event", this.value ? "set" : "unset", this.waiters);
  }
}

/** A condition variable over a `Lock`: `wait()` releases the lock until `notify()`. */
export class Condition extends LoopBound {
  private readonly lock: Lock;
  private waiters = new Deque<Future>();
  private readonly waitLabel: string;

  constructor(lock?: Lock | null, waitLabel = "Condition.wait()") {
    super();
    this.lock = lock ?? new Lock();
    this.waitLabel = waitLabel;
  }

  locked(): boolean {
    return this.lock.locked();
  }

  acquire(): Coroutine<boolean> {
    return this.lock.acquire();
  }

  release(): void {
    this.lock.release();
  }

  /** Releases the lock, waits for `notify()`, re-acquires the lock; resolves to true. */
  wait(): Coroutine<true> {
    return coroutine("Condition.wait", () => this.waitSteps());
  }

  private *waitSteps(): Generator<unknown, true, unknown> {
    if (!this.locked()) throw new RuntimeError("cannot wait on un-acquired lock");
    this.release();
    // Python's try/finally: the lock is re-acquired however the wait ended, and a cancellation
    // during the re-acquisition replaces the wait's own outcome.
    let failure: { error: unknown } | null = null;
    try {
      const fut = this.getLoop().createFuture();
      fut._waitingFor = this.waitLabel;
      this.waiters.append(fut);
      try {
        yield fut;
      } finally {
        this.waiters.remove(fut);
      }
    } catch (error) {
      failure = { error };
    }
    let cancelled = false;
    for (;;) {
      try {
        yield this.acquire();
        break;
      } catch (error) {
        if (!(error instanceof CancelledError)) throw error;
        cancelled = true;
      }
    }
    if (cancelled) throw new CancelledError();
    if (failure !== null) throw failure.error;
    return true;
  }

  /** Waits until `predicate()` is truthy; resolves to its last value. */
  waitFor<T>(predicate: () => T): Coroutine<T> {
    return coroutine("Condition.wait_for", () => this.waitForSteps(predicate));
  }

  private *waitForSteps<T>(predicate: () => T): Generator<unknown, T, unknown> {
    let result = predicate();
    while (!result) {
      yield this.wait();
      result = predicate();
    }
    return result;
  }

  /** Wakes up to `n` waiters; the caller must hold the lock. */
  notify(n = 1): void {
    if (!this.locked()) throw new RuntimeError("cannot notify on un-acquired lock");
    let idx = 0;
    for (const fut of this.waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx += 1;
        fut.setResult(false);
      }
    }
  }

  notifyAll(): void {
    this.notify(this.waiters.length);
  }

  override toString(): string {
    return describe("Condition", this.locked() ? "locked" : "unlocked", this.waiters);
  }
}

/** A counter of free slots: `acquire()` waits while it is 0; waiters are served in order. */
export class Semaphore extends LoopBound {
  protected waiters = new Deque<Future>();
  protected value: number;

  constructor(value = 1) {
    super();
    if (value < 0) throw new ValueError("Semaphore initial value must be >= 0");
    this.value = value;
  }

  /** True if `acquire()` would have to wait. */
  locked(): boolean {
    return this.value === 0 || [...this.waiters].some((w) => !w.cancelled());
  }

  acquire(): Coroutine<boolean> {
    return coroutine(`${this.constructor.name}.acquire`, () => this.acquireSteps());
  }

  private *acquireSteps(): Generator<unknown, boolean, unknown> {
    if (!this.locked()) {
      this.value -= 1;
      return true;
    }
    const fut = this.getLoop().createFuture();
    fut._waitingFor = `${this.constructor.name}.acquire()`;
    this.waiters.append(fut);
    try {
      try {
        yield fut;
      } finally {
        this.waiters.remove(fut);
      }
    } catch (error) {
      if (error instanceof CancelledError && !fut.cancelled()) {
        // Woken and cancelled at once: hand the slot on.
        this.value += 1;
        this.wakeUpNext();
      }
      throw error;
    }
    if (this.value > 0) this.wakeUpNext();
    return true;
  }

  release(): void {
    this.value += 1;
    this.wakeUpNext();
  }

  private wakeUpNext(): void {
    for (const fut of this.waiters) {
      if (!fut.done()) {
        this.value -= 1;
        fut.setResult(true);
        return;
      }
    }
  }

  override toString(): string {
    const state = this.locked() ? "locked" : `unlocked, value:${this.value}`;
    return describe(this.constructor.name, state, this.waiters);
  }
}

/** A Semaphore that raises `ValueError` when released more often than acquired. */
export class BoundedSemaphore extends Semaphore {
  private readonly boundValue: number;

  constructor(value = 1) {
    super(value);
    this.boundValue = value;
  }

  override release(): void {
    if (this.value >= this.boundValue) throw new ValueError("BoundedSemaphore released too many times");
    super.release();
  }
}
