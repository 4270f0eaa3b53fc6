/**
 * The sandbox's globals, as learners see them. An `async function` returns a lazy
 * coroutine object: TypeScript types it as `Promise<T>`, and these declarations add the coroutine
 * methods to that type.
 */

/** Prints its arguments separated by spaces: arrays as `[2, 6, 24]` (Python's `print`). */
declare function print(...args: unknown[]): void;

/** Raised by `coro.send()` when the coroutine returns; `value` is what it returned (Python's `StopIteration`). */
declare class StopIteration extends Error {
  constructor(value?: unknown);
  /** What the coroutine returned (Python's `StopIteration.value`). */
  readonly value: unknown;
}

interface Promise<T> {
  /** Runs the coroutine to its next suspension; throws `StopIteration` when it returns (Python's `coro.send`). */
  send(value?: unknown): unknown;
  /** Throws `error` into the coroutine at its current `await` (Python's `coro.throw`). */
  throw(error: unknown): unknown;
  /** Closes the coroutine, running its `finally` blocks (Python's `coro.close`). */
  close(): void;
  /** The coroutine function's name (Python's `coro.__name__`). */
  readonly __name__: string;
}

/** A handle for a scheduled callback (`clearTimeout` cancels it). */
interface LooplabTimerHandle {
  /** Stops the callback from running (Python's `TimerHandle.cancel`). */
  cancel(): void;
  /** Whether it was cancelled (Python's `TimerHandle.cancelled`). */
  cancelled(): boolean;
}

/** Calls `callback` after `ms` milliseconds of virtual time (Python: `loop.call_later(ms / 1000, callback)`). */
declare function setTimeout<A extends unknown[]>(
  callback: (...args: A) => unknown,
  ms?: number,
  ...args: A
): LooplabTimerHandle;
/** Cancels a `setTimeout` callback (Python: `handle.cancel()`). */
declare function clearTimeout(handle: LooplabTimerHandle | undefined): void;
/** Calls `callback` every `ms` milliseconds of virtual time (Python has none: a loop with `asyncio.sleep`). */
declare function setInterval<A extends unknown[]>(
  callback: (...args: A) => unknown,
  ms?: number,
  ...args: A
): LooplabTimerHandle;
/** Stops a `setInterval` callback (Python: `handle.cancel()`). */
declare function clearInterval(handle: LooplabTimerHandle | undefined): void;

/** The program's output: every method prints like `print` (Python's `print` and `logging`). */
declare const console: {
  /** Prints its arguments, like `print` (Python's `print`). */
  log(...args: unknown[]): void;
  /** Prints its arguments, like `print` (Python's `logging.info`). */
  info(...args: unknown[]): void;
  /** Prints its arguments, like `print` (Python's `logging.warning`). */
  warn(...args: unknown[]): void;
  /** Prints its arguments, like `print` (Python's `logging.error`). */
  error(...args: unknown[]): void;
  /** Prints its arguments, like `print` (Python's `logging.debug`). */
  debug(...args: unknown[]): void;
};
