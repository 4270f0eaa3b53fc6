/**
 * `import * as asyncio from "asyncio"`: Python's asyncio with camelCase names; keyword-only
 * arguments become a trailing options object.
 */
declare module "asyncio" {
  /** Anything `await` accepts: a coroutine (typed `Promise<T>`), a Future or Task, a thenable. */
  export type Awaitable<T> = PromiseLike<T>;

  export class CancelledError extends Error {}
  export class TimeoutError extends Error {}
  export class InvalidStateError extends Error {}
  export class IncompleteReadError extends Error {
    /** What was read before EOF: a string, or a `Uint8Array` from a binary reader. */
    readonly partial: string | Uint8Array;
    readonly expected: number | null;
  }
  export class LimitOverrunError extends Error {
    readonly consumed: number;
  }

  /** A handle for a callback scheduled with `callSoon`/`callLater`/`callAt`. */
  export class Handle {
    cancel(): void;
    cancelled(): boolean;
  }
  export class TimerHandle extends Handle {
    readonly when: number;
  }

  /** A result that will exist later. `await fut` returns its result or throws its exception. */
  export class Future<T = unknown> implements PromiseLike<T> {
    constructor(loop?: AbstractEventLoop);
    result(): T;
    /** The exception the future finished with, or null. */
    exception(): Error | null;
    done(): boolean;
    cancelled(): boolean;
    cancel(msg?: string): boolean;
    setResult(result: T): void;
    setException(exception: unknown): void;
    addDoneCallback(fn: (future: this) => unknown): void;
    removeDoneCallback(fn: (future: this) => unknown): number;
    getLoop(): AbstractEventLoop;
    then<R1 = T, R2 = never>(
      onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
      onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
    ): Promise<R1 | R2>;
  }

  /** A Future that drives a coroutine; created by `createTask`, `gather`, `run`… */
  export class Task<T = unknown> extends Future<T> {
    getName(): string;
    setName(name: string): void;
    getCoro(): Promise<T>;
    /** How many cancellation requests are pending. */
    cancelling(): number;
    /** Withdraws one cancellation request. */
    uncancel(): number;
  }

  export class AbstractEventLoop {
    /** The loop's clock: virtual seconds since the run started. */
    time(): number;
    callSoon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle;
    callLater<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle;
    callAt<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle;
    createFuture<T = unknown>(): Future<T>;
    createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
    runUntilComplete<T>(future: Awaitable<T>): T;
    runForever(): void;
    stop(): void;
    close(): void;
    isRunning(): boolean;
    isClosed(): boolean;
    setDebug(enabled: boolean): void;
    getDebug(): boolean;
    setExceptionHandler(handler: ((loop: AbstractEventLoop, context: ExceptionContext) => void) | null): void;
    /** Passes `context` to the exception handler (by default: a warning in the run's output). */
    callExceptionHandler(context: ExceptionContext): void;
    /**
     * Connects to `host:port` on the simulated network with a protocol from `protocolFactory`;
     * resolves to `[transport, protocol]` once connected (after `protocol.connectionMade`).
     */
    createConnection<P extends Protocol>(
      protocolFactory: () => P,
      host: string,
      port: number,
      options?: { latency?: number; bandwidth?: number | null },
    ): Promise<[Transport, P]>;
    /**
     * Listens on `host:port` (port 0: a free one); each client connection gets a new protocol
     * from `protocolFactory`. Resolves to the server, already serving.
     */
    createServer(
      protocolFactory: () => Protocol,
      host: string | null,
      port: number | null,
      options?: { latency?: number; bandwidth?: number | null },
    ): Promise<Server>;
    /**
     * Closes the async generators left suspended on this loop, running their `finally` blocks
     * (`asyncio.run()` and `Runner.close()` do this before closing the loop).
     */
    shutdownAsyncgens(): Promise<void>;
  }

  /**
   * What an exception handler receives (Python's context dict). Which key is set says what the
   * error belongs to: `handle` (a callback), `future` (a Future or Task whose exception was never
   * retrieved), `task` (a task at `run()` shutdown or in a TaskGroup), `asyncgen` (an async
   * generator being closed), `transport`/`protocol` (a connection).
   */
  export interface ExceptionContext {
    message: string;
    exception?: unknown;
    handle?: Handle;
    future?: Future;
    task?: Task;
    asyncgen?: AsyncGenerator;
    transport?: unknown;
    protocol?: unknown;
  }

  /**
   * Owns an event loop for several `run()` calls (Python 3.11's `asyncio.Runner`).
   * Python's `with asyncio.Runner() as runner:` block is `asyncio.Runner.run((runner) => { … })`;
   * the body is a plain (not async) function, and the runner is closed when it ends.
   *
   * @example
   * asyncio.Runner.run((runner) => {
   *   runner.run(first());
   *   runner.run(second()); // the same loop
   * });
   */
  export class Runner {
    constructor(options?: { debug?: boolean; loopFactory?: () => AbstractEventLoop });
    /** Runs `body` with a new runner, then closes it; returns what `body` returns. */
    static run<T>(
      body: (runner: Runner) => T,
      options?: { debug?: boolean; loopFactory?: () => AbstractEventLoop },
    ): T;
    /** Runs `coro` as a task on the runner's loop until it completes; returns its result. */
    run<T>(coro: Promise<T>): T;
    /** The runner's loop (made on first use). */
    getLoop(): AbstractEventLoop;
    /**
     * Cancels leftover tasks, closes suspended async generators, waits for the default executor
     * and closes the loop. A closed runner cannot run again.
     */
    close(): void;
  }

  /** Runs `main` on a new event loop, cancels leftover tasks, closes the loop; returns the result. */
  export function run<T>(main: Promise<T>, options?: { debug?: boolean }): T;
  export function newEventLoop(): AbstractEventLoop;
  export function getEventLoop(): AbstractEventLoop;
  export function setEventLoop(loop: AbstractEventLoop | null): void;
  export function getRunningLoop(): AbstractEventLoop;

  /** Suspends the current task for `delay` seconds of virtual time; resolves to `result`. */
  export function sleep(delay: number): Promise<void>;
  export function sleep<T>(delay: number, result: T): Promise<T>;

  export function createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
  export function ensureFuture<T>(awaitable: Awaitable<T>): Future<T>;

  /** Runs awaitables concurrently; resolves to their results in the order given. */
  export function gather<T extends readonly unknown[]>(
    ...aws: { [K in keyof T]: Awaitable<T[K]> }
  ): Future<{ -readonly [K in keyof T]: T[K] }>;
  /** With `{ returnExceptions: true }` last, exceptions are returned as results. */
  export function gather(
    ...args: [...Awaitable<unknown>[], { returnExceptions?: boolean }]
  ): Future<unknown[]>;

  export const FIRST_COMPLETED: "FIRST_COMPLETED";
  export const FIRST_EXCEPTION: "FIRST_EXCEPTION";
  export const ALL_COMPLETED: "ALL_COMPLETED";

  /**
   * Waits for tasks and futures (not coroutines: wrap them with `createTask`); resolves to
   * `[done, pending]`, Sets of the very objects you passed.
   */
  export function wait<F extends Future<unknown>>(
    aws: Iterable<F>,
    options?: {
      timeout?: number | null;
      returnWhen?: "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
    },
  ): Promise<[Set<F>, Set<F>]>;

  /** Waits for `aw` at most `timeout` seconds; on timeout cancels it and throws `TimeoutError`. */
  export function waitFor<T>(aw: Awaitable<T>, timeout: number | null): Promise<T>;

  /** One awaitable per input, in completion order. */
  export function asCompleted<T>(
    aws: Iterable<Awaitable<T>>,
    options?: { timeout?: number | null },
  ): IterableIterator<Promise<T>>;

  /** Protects `aw` from cancellation of the awaiting task. */
  export function shield<T>(aw: Awaitable<T>): Future<T>;

  export function currentTask(loop?: AbstractEventLoop): Task | null;
  export function allTasks(loop?: AbstractEventLoop): Set<Task>;
  export function iscoroutine(value: unknown): boolean;
  export function isfuture(value: unknown): boolean;
}
