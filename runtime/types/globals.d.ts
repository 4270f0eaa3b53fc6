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

/** Encodes text as UTF-8 bytes: Python's `text.encode()` is `new TextEncoder().encode(text)`. */
declare class TextEncoder {
  /** Always `"utf-8"` (JavaScript's `TextEncoder.encoding`; Python's `"utf-8"` codec). */
  readonly encoding: "utf-8";
  /** The UTF-8 bytes of `input` (JavaScript's `TextEncoder.encode`; Python's `str.encode()`). */
  encode(input?: string): Uint8Array;
  /**
   * Writes as much of `source` as fits into `destination`, whole characters only (JavaScript's
   * `TextEncoder.encodeInto`; Python has none).
   */
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/**
 * Decodes UTF-8 bytes into text: Python's `data.decode()` is `new TextDecoder().decode(data)`.
 * Only UTF-8; invalid bytes become U+FFFD, or throw a TypeError with `{ fatal: true }`.
 */
declare class TextDecoder {
  constructor(label?: "utf-8" | "utf8", options?: { fatal?: boolean; ignoreBOM?: boolean });
  /** Always `"utf-8"` (JavaScript's `TextDecoder.encoding`; Python's `"utf-8"` codec). */
  readonly encoding: "utf-8";
  /**
   * Whether invalid bytes throw instead of becoming U+FFFD (JavaScript's `TextDecoder.fatal`;
   * Python's `errors="strict"` versus `errors="replace"`).
   */
  readonly fatal: boolean;
  /**
   * Whether a leading byte order mark is kept in the text (JavaScript's `TextDecoder.ignoreBOM`;
   * Python's `decode("utf-8")` keeps it, `decode("utf-8-sig")` drops it).
   */
  readonly ignoreBOM: boolean;
  /**
   * The text of `input`'s UTF-8 bytes; with `{ stream: true }`, bytes of a character split
   * between chunks wait for the next call (JavaScript's `TextDecoder.decode`; Python's
   * `bytes.decode()`, and `codecs.getincrementaldecoder("utf-8")` for streaming).
   */
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
