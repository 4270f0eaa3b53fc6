/**
 * The sandbox's globals, as learners see them. An `async function` returns a lazy
 * coroutine object: TypeScript types it as `Promise<T>`, and these declarations add the coroutine
 * methods to that type.
 */

/** Prints its arguments separated by spaces (Python's `print`): arrays as `[2, 6, 24]`. */
declare function print(...args: unknown[]): void;

/** Raised by `coro.send()` when the coroutine returns; `value` is what it returned. */
declare class StopIteration extends Error {
  constructor(value?: unknown);
  readonly value: unknown;
}

interface Promise<T> {
  /** Runs the coroutine to its next suspension; throws `StopIteration` when it returns. */
  send(value?: unknown): unknown;
  /** Throws `error` into the coroutine at its current `await`. */
  throw(error: unknown): unknown;
  /** Closes the coroutine, running its `finally` blocks. */
  close(): void;
  /** The coroutine function's name. */
  readonly __name__: string;
}

/** A handle for a scheduled callback (`clearTimeout` cancels it). */
interface LooplabTimerHandle {
  cancel(): void;
  cancelled(): boolean;
}

/** Calls `callback` after `ms` milliseconds of virtual time. */
declare function setTimeout<A extends unknown[]>(
  callback: (...args: A) => unknown,
  ms?: number,
  ...args: A
): LooplabTimerHandle;
declare function clearTimeout(handle: LooplabTimerHandle | undefined): void;
declare function setInterval<A extends unknown[]>(
  callback: (...args: A) => unknown,
  ms?: number,
  ...args: A
): LooplabTimerHandle;
declare function clearInterval(handle: LooplabTimerHandle | undefined): void;

declare const console: {
  log(...args: unknown[]): void;
  info(...args: unknown[]): void;
  warn(...args: unknown[]): void;
  error(...args: unknown[]): void;
  debug(...args: unknown[]): void;
};

/** Encodes text as UTF-8 bytes: Python's `text.encode()` is `new TextEncoder().encode(text)`. */
declare class TextEncoder {
  readonly encoding: "utf-8";
  encode(input?: string): Uint8Array;
  /** Writes as much of `source` as fits into `destination`, whole characters only. */
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number };
}

/**
 * Decodes UTF-8 bytes into text: Python's `data.decode()` is `new TextDecoder().decode(data)`.
 * Only UTF-8; invalid bytes become U+FFFD, or throw a TypeError with `{ fatal: true }`.
 */
declare class TextDecoder {
  constructor(label?: "utf-8" | "utf8", options?: { fatal?: boolean; ignoreBOM?: boolean });
  readonly encoding: "utf-8";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  /** With `{ stream: true }`, bytes of a character split between chunks wait for the next call. */
  decode(input?: ArrayBufferView | ArrayBuffer, options?: { stream?: boolean }): string;
}
