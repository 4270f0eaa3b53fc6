/**
 * `import * as asyncio from "asyncio"`: Python's asyncio with camelCase names; keyword-only
 * arguments become a trailing options object.
 */
declare module "asyncio" {
  /** Anything `await` accepts: a coroutine (typed `Promise<T>`), a Future or Task, a thenable. */
  export type Awaitable<T> = PromiseLike<T>;

  /** Thrown into a task at its `await` when it is cancelled (Python's `asyncio.CancelledError`). */
  export class CancelledError extends Error {}
  /** A deadline passed: `waitFor`, `timeout` (Python's `TimeoutError`). */
  export class TimeoutError extends Error {}
  /** A future was used in the wrong state, e.g. `result()` before it is done (Python's `asyncio.InvalidStateError`). */
  export class InvalidStateError extends Error {}
  /** The stream ended before `readexactly(n)` got `n` bytes (Python's `asyncio.IncompleteReadError`). */
  export class IncompleteReadError extends Error {
    /** What was read before the end: a string, or a `Uint8Array` from a binary reader (Python's `IncompleteReadError.partial`). */
    readonly partial: string | Uint8Array;
    /** How many bytes were asked for (Python's `IncompleteReadError.expected`). */
    readonly expected: number | null;
  }
  /** A line went past the reader's limit (Python's `asyncio.LimitOverrunError`). */
  export class LimitOverrunError extends Error {
    /** How many bytes to consume to get past it (Python's `LimitOverrunError.consumed`). */
    readonly consumed: number;
  }

  /** A handle for a callback scheduled with `callSoon`/`callLater`/`callAt` (Python's `asyncio.Handle`). */
  export class Handle {
    /** Stops the callback from running, if it has not run yet (Python's `Handle.cancel`). */
    cancel(): void;
    /** Whether `cancel()` was called (Python's `Handle.cancelled`). */
    cancelled(): boolean;
  }
  /** A handle for a timed callback, from `callLater`/`callAt` (Python's `asyncio.TimerHandle`). */
  export class TimerHandle extends Handle {
    /** The loop time the callback is due at (Python's `TimerHandle.when()`). */
    readonly when: number;
  }

  /** A result that will exist later. `await fut` returns its result or throws its exception (Python's `asyncio.Future`). */
  export class Future<T = unknown> implements PromiseLike<T> {
    /** A pending future on `loop` (default: the current loop); usually `loop.createFuture()` (Python's `asyncio.Future`). */
    constructor(loop?: AbstractEventLoop);
    /** The result; throws the exception, `CancelledError`, or `InvalidStateError` if not done (Python's `Future.result`). */
    result(): T;
    /** The exception the future finished with, or null (Python's `Future.exception`). */
    exception(): Error | null;
    /** Whether it has a result, an exception or was cancelled (Python's `Future.done`). */
    done(): boolean;
    /** Whether it was cancelled (Python's `Future.cancelled`). */
    cancelled(): boolean;
    /** Cancels it unless done; true if it was cancelled now (Python's `Future.cancel`). */
    cancel(msg?: string): boolean;
    /** Marks it done with `result`; wakes whoever awaits it (Python's `Future.set_result`). */
    setResult(result: T): void;
    /** Marks it done with an exception, thrown at its `await` (Python's `Future.set_exception`). */
    setException(exception: unknown): void;
    /** Calls `fn(future)` once it is done, through the loop (Python's `Future.add_done_callback`). */
    addDoneCallback(fn: (future: this) => unknown): void;
    /** Removes `fn` from the done callbacks; returns how many were removed (Python's `Future.remove_done_callback`). */
    removeDoneCallback(fn: (future: this) => unknown): number;
    /** The loop it belongs to (Python's `Future.get_loop`). */
    getLoop(): AbstractEventLoop;
    /** Lets `await` and promises follow it (Python's `Future.__await__`). */
    then<R1 = T, R2 = never>(
      onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
      onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
    ): Promise<R1 | R2>;
    /** A promise of the result, with `onrejected` handling an exception (JavaScript's `Promise.catch`; Python has none). */
    catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R>;
    /** A promise that runs `onfinally` once it is done (JavaScript's `Promise.finally`; Python has none). */
    finally(onfinally?: (() => void) | null): Promise<T>;
  }

  /** A Future that drives a coroutine; created by `createTask`, `gather`, `run`… (Python's `asyncio.Task`). */
  export class Task<T = unknown> extends Future<T> {
    /** The task's name, `Task-2`… unless given (Python's `Task.get_name`). */
    getName(): string;
    /** Renames the task (Python's `Task.set_name`). */
    setName(name: string): void;
    /** The coroutine the task drives (Python's `Task.get_coro`). */
    getCoro(): Promise<T>;
    /** How many cancellation requests are pending (Python's `Task.cancelling`). */
    cancelling(): number;
    /** Withdraws one cancellation request (Python's `Task.uncancel`). */
    uncancel(): number;
  }

  /** The event loop: runs callbacks and tasks, one at a time, on the virtual clock (Python's `asyncio.AbstractEventLoop`). */
  export class AbstractEventLoop {
    /** The loop's clock: virtual seconds since the run started (Python's `loop.time`). */
    time(): number;
    /** Runs `callback(...args)` on the loop's next turn (Python's `loop.call_soon`). */
    callSoon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle;
    /** Runs `callback(...args)` after `delay` seconds (Python's `loop.call_later`). */
    callLater<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle;
    /** Runs `callback(...args)` at loop time `when` (Python's `loop.call_at`). */
    callAt<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle;
    /** A new pending Future on this loop (Python's `loop.create_future`). */
    createFuture<T = unknown>(): Future<T>;
    /** Schedules `coro` as a task on this loop (Python's `loop.create_task`). */
    createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
    /** Runs the loop until `future` is done; returns its result (Python's `loop.run_until_complete`). */
    runUntilComplete<T>(future: Awaitable<T>): T;
    /** Runs the loop until `stop()` is called (Python's `loop.run_forever`). */
    runForever(): void;
    /** Makes `runForever` return after this turn (Python's `loop.stop`). */
    stop(): void;
    /** Closes the loop; it cannot run again (Python's `loop.close`). */
    close(): void;
    /** Whether the loop is running (Python's `loop.is_running`). */
    isRunning(): boolean;
    /** Whether the loop was closed (Python's `loop.is_closed`). */
    isClosed(): boolean;
    /** Turns debug mode on or off: warnings for slow steps (Python's `loop.set_debug`). */
    setDebug(enabled: boolean): void;
    /** Whether debug mode is on (Python's `loop.get_debug`). */
    getDebug(): boolean;
    /** Sets the function that handles errors no one caught in callbacks (Python's `loop.set_exception_handler`). */
    setExceptionHandler(handler: ((loop: AbstractEventLoop, context: ExceptionContext) => void) | null): void;
    /** The handler set by `setExceptionHandler`, or null (Python's `loop.get_exception_handler`). */
    getExceptionHandler(): ((loop: AbstractEventLoop, context: ExceptionContext) => void) | null;
    /**
     * Passes `context` to the exception handler, by default a warning in the run's output
     * (Python's `loop.call_exception_handler`).
     */
    callExceptionHandler(context: ExceptionContext): void;
    /**
     * Connects to `host:port` on the simulated network with a protocol from `protocolFactory`;
     * resolves to `[transport, protocol]` once connected, after `protocol.connectionMade`
     * (Python's `loop.create_connection`).
     */
    createConnection<P extends Protocol>(
      protocolFactory: () => P,
      host: string,
      port: number,
      options?: { latency?: number; bandwidth?: number | null },
    ): Promise<[Transport, P]>;
    /**
     * Listens on `host:port` (port 0: a free one); each client connection gets a new protocol
     * from `protocolFactory`. Resolves to the server, already serving (Python's `loop.create_server`).
     */
    createServer(
      protocolFactory: () => Protocol,
      host: string | null,
      port: number | null,
      options?: { latency?: number; bandwidth?: number | null },
    ): Promise<Server>;
    /**
     * Closes the async generators left suspended on this loop, running their `finally` blocks;
     * `asyncio.run()` and `Runner.close()` do this before closing the loop (Python's
     * `loop.shutdown_asyncgens`).
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
    /** What went wrong, in words (Python's `context["message"]`). */
    message: string;
    /** The error, if there is one (Python's `context["exception"]`). */
    exception?: unknown;
    /** The callback that threw (Python's `context["handle"]`). */
    handle?: Handle;
    /** The Future or Task whose exception was never retrieved (Python's `context["future"]`). */
    future?: Future;
    /** The task the error belongs to (Python's `context["task"]`). */
    task?: Task;
    /** The async generator being closed (Python's `context["asyncgen"]`). */
    asyncgen?: AsyncGenerator;
    /** The connection's transport (Python's `context["transport"]`). */
    transport?: unknown;
    /** The connection's protocol (Python's `context["protocol"]`). */
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
    /**
     * Runs `body` with a new runner, then closes it; returns what `body` returns (Python's
     * `with asyncio.Runner() as runner:` block).
     */
    static run<T>(
      body: (runner: Runner) => T,
      options?: { debug?: boolean; loopFactory?: () => AbstractEventLoop },
    ): T;
    /** Runs `coro` as a task on the runner's loop until it completes; returns its result (Python's `Runner.run`). */
    run<T>(coro: Promise<T>): T;
    /** The runner's loop, made on first use (Python's `Runner.get_loop`). */
    getLoop(): AbstractEventLoop;
    /**
     * Cancels leftover tasks, closes suspended async generators, waits for the default executor
     * and closes the loop; a closed runner cannot run again (Python's `Runner.close`).
     */
    close(): void;
  }

  /** Runs `main` on a new event loop, cancels leftover tasks, closes the loop; returns the result (Python's `asyncio.run`). */
  export function run<T>(main: Promise<T>, options?: { debug?: boolean }): T;
  /** A new event loop (Python's `asyncio.new_event_loop`). */
  export function newEventLoop(): AbstractEventLoop;
  /** The running loop, or the current one (Python's `asyncio.get_event_loop`). */
  export function getEventLoop(): AbstractEventLoop;
  /** Makes `loop` the current loop (Python's `asyncio.set_event_loop`). */
  export function setEventLoop(loop: AbstractEventLoop | null): void;
  /** The running loop; throws outside a coroutine or callback (Python's `asyncio.get_running_loop`). */
  export function getRunningLoop(): AbstractEventLoop;

  /** Suspends the current task for `delay` seconds of virtual time; resolves to `result` (Python's `asyncio.sleep`). */
  export function sleep(delay: number): Promise<void>;
  export function sleep<T>(delay: number, result: T): Promise<T>;

  /** Schedules `coro` to run as a task, concurrently; `await` the task for its result (Python's `asyncio.create_task`). */
  export function createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
  /** A Future for `awaitable`: a coroutine is wrapped in a task (Python's `asyncio.ensure_future`). */
  export function ensureFuture<T>(awaitable: Awaitable<T>): Future<T>;

  /** Runs awaitables concurrently; resolves to their results in the order given (Python's `asyncio.gather`). */
  export function gather<T extends readonly unknown[]>(
    ...aws: { [K in keyof T]: Awaitable<T[K]> }
  ): Future<{ -readonly [K in keyof T]: T[K] }>;
  /** With `{ returnExceptions: true }` last, exceptions are returned as results (Python's `asyncio.gather(..., return_exceptions=True)`). */
  export function gather(
    ...args: [...Awaitable<unknown>[], { returnExceptions?: boolean }]
  ): Future<unknown[]>;

  /** `wait` returns when any awaitable is done (Python's `asyncio.FIRST_COMPLETED`). */
  export const FIRST_COMPLETED: "FIRST_COMPLETED";
  /** `wait` returns when any awaitable fails, or all are done (Python's `asyncio.FIRST_EXCEPTION`). */
  export const FIRST_EXCEPTION: "FIRST_EXCEPTION";
  /** `wait` returns when all are done (Python's `asyncio.ALL_COMPLETED`). */
  export const ALL_COMPLETED: "ALL_COMPLETED";

  /**
   * Waits for tasks and futures (not coroutines: wrap them with `createTask`); resolves to
   * `[done, pending]`, Sets of the very objects you passed (Python's `asyncio.wait`).
   */
  export function wait<F extends Future<unknown>>(
    aws: Iterable<F>,
    options?: {
      timeout?: number | null;
      returnWhen?: "FIRST_COMPLETED" | "FIRST_EXCEPTION" | "ALL_COMPLETED";
    },
  ): Promise<[Set<F>, Set<F>]>;

  /** Waits for `aw` at most `timeout` seconds; on timeout cancels it and throws `TimeoutError` (Python's `asyncio.wait_for`). */
  export function waitFor<T>(aw: Awaitable<T>, timeout: number | null): Promise<T>;

  /** One awaitable per input, in completion order (Python's `asyncio.as_completed`). */
  export function asCompleted<T>(
    aws: Iterable<Awaitable<T>>,
    options?: { timeout?: number | null },
  ): IterableIterator<Promise<T>>;

  /** Protects `aw` from cancellation of the awaiting task (Python's `asyncio.shield`). */
  export function shield<T>(aw: Awaitable<T>): Future<T>;

  /** The task running now, or null (Python's `asyncio.current_task`). */
  export function currentTask(loop?: AbstractEventLoop): Task | null;
  /** The tasks not yet done (Python's `asyncio.all_tasks`). */
  export function allTasks(loop?: AbstractEventLoop): Set<Task>;
  /** Whether `value` is a coroutine object (Python's `asyncio.iscoroutine`). */
  export function iscoroutine(value: unknown): boolean;
  /** Whether `value` is a Future or Task (Python's `asyncio.isfuture`). */
  export function isfuture(value: unknown): boolean;
}
