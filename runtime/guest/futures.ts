/**
 * Mirrors CPython `asyncio/futures.py`: a Future is a result that will exist later. Callbacks are
 * never called directly: completing a Future schedules them with `loop.callSoon`, in the order they
 * were added.
 */
import type { AbstractEventLoop } from "./events.ts";
import { getEventLoop } from "./events.ts";
import { CancelledError, InvalidStateError, StopIteration } from "./exceptions.ts";
import { repr } from "./format.ts";

type State = "PENDING" | "CANCELLED" | "FINISHED";
/** Method syntax keeps callbacks bivariant, so a `Future<T>` is usable where `Future` is expected. */
type DoneCallback<T> = { bivariant(future: Future<T>): unknown }["bivariant"];

/**
 * What CPython's C Future (`_asyncio`, the one asyncio uses) says when a done future is set again;
 * the pure-Python `futures.py` would name the state and the future.
 */
const INVALID_STATE = "invalid state";

/** Futures whose exception nobody retrieved, reported when the run ends. */
export const unretrieved = new Set<Future>();

/**
 * A future starts with the three fields every future needs; the others are set when first needed
 * (an absent field reads as `undefined`), since most futures are made, awaited once and dropped.
 */
export class Future<T = unknown> {
  /** True while a coroutine is suspended on this future (CPython's `_asyncio_future_blocking`). */
  _asyncioFutureBlocking = false;
  protected _state: State = "PENDING";
  protected _loop: AbstractEventLoop;
  protected _result: T | undefined;
  protected _exception: unknown;
  protected _hasException: boolean | undefined;
  /**
   * The first done callback, kept outside the list as CPython's C Future keeps `fut_callback0`:
   * most futures get exactly one, and then no list is made. The callbacks run in the order
   * `_callback0`, then `_callbacks`.
   */
  private _callback0: DoneCallback<T> | undefined;
  private _callbacks: DoneCallback<T>[] | undefined;
  _cancelMessage: string | undefined;
  /** What this future stands for, for deadlock reports (`Queue.get()`, `Event.wait()`…). */
  _waitingFor: string | undefined;

  constructor(loop?: AbstractEventLoop) {
    this._loop = loop ?? getEventLoop();
  }

  getLoop(): AbstractEventLoop {
    return this._loop;
  }

  done(): boolean {
    return this._state !== "PENDING";
  }

  cancelled(): boolean {
    return this._state === "CANCELLED";
  }

  /** The result; throws the exception, `CancelledError`, or `InvalidStateError` if pending. */
  result(): T {
    if (this._state !== "FINISHED") {
      if (this._state === "CANCELLED") throw this.makeCancelledError();
      // CPython's C Future (the one asyncio uses) says "not set"; the pure-Python one "not ready".
      throw new InvalidStateError("Result is not set.");
    }
    // Only a future holding an exception can be in `unretrieved`.
    if (this._hasException) {
      unretrieved.delete(this as Future);
      throw this._exception;
    }
    return this._result as T;
  }

  /** The exception (or null); throws `CancelledError` or `InvalidStateError` if pending. */
  exception(): unknown {
    if (this._state !== "FINISHED") {
      if (this._state === "CANCELLED") throw this.makeCancelledError();
      throw new InvalidStateError("Exception is not set.");
    }
    if (!this._hasException) return null;
    unretrieved.delete(this as Future);
    return this._exception;
  }

  addDoneCallback(fn: DoneCallback<T>): void {
    if (this._state !== "PENDING") this._loop.callSoonWith(fn, this);
    else if (this._callback0 === undefined && this._callbacks === undefined) this._callback0 = fn;
    else if (this._callbacks === undefined) this._callbacks = [fn];
    else this._callbacks.push(fn);
  }

  /** Removes every registration of `fn`; returns how many were removed. */
  removeDoneCallback(fn: DoneCallback<T>): number {
    let removed = 0;
    if (this._callback0 !== undefined && this._callback0 === fn) {
      this._callback0 = undefined;
      removed = 1;
    }
    const callbacks = this._callbacks;
    if (callbacks === undefined) return removed;
    const kept = callbacks.filter((cb) => cb !== fn);
    removed += callbacks.length - kept.length;
    this._callbacks = kept.length > 0 ? kept : undefined;
    return removed;
  }

  setResult(result: T): void {
    if (this._state !== "PENDING") throw new InvalidStateError(INVALID_STATE);
    this._result = result;
    this._state = "FINISHED";
    this.scheduleCallbacks();
  }

  setException(exception: unknown): void {
    if (this._state !== "PENDING") throw new InvalidStateError(INVALID_STATE);
    if (typeof exception === "function") exception = new (exception as new () => unknown)();
    if (exception instanceof StopIteration) {
      throw new TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
    }
    this._exception = exception;
    this._hasException = true;
    this._state = "FINISHED";
    this.scheduleCallbacks();
    unretrieved.add(this as Future);
  }

  /** Cancels the future and schedules its callbacks; false if it was already done. */
  cancel(msg?: string): boolean {
    unretrieved.delete(this as Future);
    if (this._state !== "PENDING") return false;
    this._state = "CANCELLED";
    this._cancelMessage = msg;
    this.scheduleCallbacks();
    return true;
  }

  /**
   * Futures are thenables, so JavaScript code can `.then()` them or pass them to `Promise.all`.
   * The promise settles through QuickJS's job queue, which the loop runs after each callback.
   */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return new Promise<T>((resolve, reject) => {
      this.addDoneCallback((future) => {
        try {
          resolve(future.result());
        } catch (error) {
          reject(error);
        }
      });
    }).then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  /** The `CancelledError` to raise for this cancelled future (carries the cancel message). */
  makeCancelledError(): CancelledError {
    return new CancelledError(this._cancelMessage ?? "");
  }

  private scheduleCallbacks(): void {
    const first = this._callback0;
    const callbacks = this._callbacks;
    if (first !== undefined) {
      this._callback0 = undefined;
      this._loop.callSoonWith(first, this);
    }
    if (callbacks === undefined) return;
    this._callbacks = undefined;
    for (let i = 0; i < callbacks.length; i++) this._loop.callSoonWith(callbacks[i], this);
  }

  /** The outcome without marking an exception as retrieved (for the trace). */
  protected outcome(): { failed: boolean; result?: T; exception?: unknown } {
    return this._hasException
      ? { failed: true, exception: this._exception }
      : { failed: false, result: this._result };
  }

  /** A short description of the state, as CPython's `_future_repr_info`. */
  protected stateInfo(): string {
    if (this._state === "CANCELLED") return "cancelled";
    if (this._state === "PENDING") return "pending";
    if (this._hasException) return `finished exception=${repr(this._exception)}`;
    return `finished result=${repr(this._result)}`;
  }

  toString(): string {
    return `<Future ${this.stateInfo()}>`;
  }
}

/**
 * CPython's `futures.isfuture`: duck-typed, as asyncio's Task and `await` are. Anything carrying the
 * `_asyncioFutureBlocking` flag is a future (a Future, a Task, or a class written to be one).
 */
export function isFuture(value: unknown): value is Future {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { _asyncioFutureBlocking?: unknown })._asyncioFutureBlocking === "boolean"
  );
}

/** Marks a future's result as set unless it was cancelled meanwhile (CPython's helper). */
/**
 * The future a compiled `await asyncio.sleep(delay)` awaits directly (`awaitSleep` in waiting.ts),
 * with the timer that completes it. Whatever ends the await before the timer does (an error thrown
 * into the awaiting coroutine, a cancellation among them, or its closing) cancels the timer, as
 * the `finally` of `sleep`'s coroutine does (`endSleep` in coroutines.ts).
 */
export class SleepFuture<T = unknown> extends Future<T> {
  /** Set once the timer is scheduled. */
  timer?: { cancel(): void };
}

export function setResultUnlessCancelled<T>(future: Future<T>, result: T): void {
  if (!future.cancelled()) future.setResult(result);
}
