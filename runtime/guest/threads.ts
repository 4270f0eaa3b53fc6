/**
 * Mirrors CPython `asyncio/threads.py` (`to_thread`) and the executor half of
 * `asyncio/base_events.py` (`run_in_executor`, the default executor, `shutdown_default_executor`)
 * with `futures.wrap_future`. The default executor is a `ThreadPoolExecutor` whose threads are
 * named `asyncio_0`, `asyncio_1`…; `asyncio.run()` waits for its jobs before closing the loop
 * (`loop.shutdownDefaultExecutor()`).
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { RuntimeError } from "./exceptions.ts";
import { Executor, type Future as ConcurrentFuture } from "./executors.ts";
import { ThreadPoolExecutor } from "./pools.ts";
import { callerPosition } from "./positions.ts";
import type { Future } from "./futures.ts";
import { wakeAt } from "./workers.ts";

interface DefaultExecutor {
  executor: ThreadPoolExecutor | null;
  shutdownCalled: boolean;
}

const defaults = new WeakMap<AbstractEventLoop, DefaultExecutor>();

function defaultsOf(loop: AbstractEventLoop): DefaultExecutor {
  let state = defaults.get(loop);
  if (state === undefined) {
    state = { executor: null, shutdownCalled: false };
    defaults.set(loop, state);
  }
  return state;
}

function functionName(fn: unknown): string {
  return (typeof fn === "function" && fn.name) || "<lambda>";
}

/** `loop.runInExecutor(executor, fn, ...args)`: see `AbstractEventLoop.runInExecutor`. */
export function runInExecutor<T>(
  loop: AbstractEventLoop,
  executor: Executor | null | undefined,
  fn: (...args: never[]) => T,
  args: readonly unknown[],
  label = "runInExecutor",
  line = callerPosition()?.line,
): Future<T> {
  if (executor === null || executor === undefined) {
    const state = defaultsOf(loop);
    if (state.shutdownCalled) throw new RuntimeError("Executor shutdown has been called");
    state.executor ??= new ThreadPoolExecutor(null, { threadNamePrefix: "asyncio" });
    executor = state.executor;
  }
  if (!(executor instanceof Executor)) {
    throw new TypeError(
      "runInExecutor() expects an executor (ThreadPoolExecutor, ProcessPoolExecutor) or null",
    );
  }
  const submitted = executor.submitFrom(line, fn as (...args: unknown[]) => T, args);
  return wrapFuture(submitted, loop, `${label}(${functionName(fn)})`);
}

/**
 * An asyncio Future that follows a `concurrent.futures.Future` (CPython's `wrap_future` and
 * `_chain_future`): cancelling it cancels the job if no worker started it yet; the job's outcome
 * reaches it through the loop, as `call_soon_threadsafe` does.
 */
export function wrapFuture<T>(
  source: ConcurrentFuture<T>,
  loop?: AbstractEventLoop | null,
  label = "wrapFuture()",
): Future<T> {
  loop ??= getRunningLoop();
  const destination = loop.createFuture<T>();
  destination._waitingFor = label;
  destination.addDoneCallback(() => {
    if (destination.cancelled()) source.cancel();
  });
  const setState = () => {
    if (destination.cancelled()) return;
    if (source.cancelled()) {
      destination.cancel();
      return;
    }
    const exception = source.exception();
    if (exception !== null) destination.setException(exception);
    else destination.setResult(source.result());
  };
  source.addDoneCallback(() => {
    if (!loop.isClosed()) loop.callSoon(setState);
  });
  // The loop must wake up when the job ends, even if it was not running when the job started.
  const end = source.endTime();
  if (end !== null && !source.done()) wakeAt(loop, end);
  return destination;
}

/** Runs `fn(...args)` in the default thread pool; resolves to its result (`asyncio.to_thread`). */
export function toThread<T>(fn: (...args: never[]) => T, ...args: unknown[]): Coroutine<T> {
  // The learner's line is known now; when the coroutine runs, only the runtime is on the stack.
  const line = callerPosition()?.line;
  return coroutine("to_thread", function* () {
    const loop = getRunningLoop();
    return (yield runInExecutor(loop, null, fn, args, "toThread", line)) as T;
  });
}

/** `loop.setDefaultExecutor(executor)`. */
export function setDefaultExecutor(loop: AbstractEventLoop, executor: Executor): void {
  if (!(executor instanceof ThreadPoolExecutor)) throw new TypeError("executor must be ThreadPoolExecutor");
  defaultsOf(loop).executor = executor;
}

/** `loop.shutdownDefaultExecutor()`: refuses new jobs and waits until the running ones end. */
export function shutdownDefaultExecutor(loop: AbstractEventLoop): Coroutine<void> {
  return coroutine("shutdown_default_executor", function* () {
    const state = defaultsOf(loop);
    state.shutdownCalled = true;
    const executor = state.executor;
    if (executor === null) return;
    executor.shutdown(false);
    const future = loop.createFuture<void>();
    future._waitingFor = "shutdownDefaultExecutor()";
    executor.whenIdle(() => {
      if (!loop.isClosed()) loop.callSoon(() => future.done() || future.setResult(undefined));
    });
    yield future;
  });
}
