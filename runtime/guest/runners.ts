/**
 * Mirrors CPython `asyncio/runners.py` (`asyncio.run`, Python 3.11's `Runner`): a new loop runs the
 * main coroutine as `Task-1`; afterwards every leftover task is cancelled and allowed to run its
 * handlers, and the loop is closed.
 */
import { coroutine, iscoroutine, type Coroutine } from "./coroutines.ts";
import { reportLeftovers } from "./diagnostics.ts";
import { type AbstractEventLoop, newEventLoop, runningLoopOrNull, setEventLoop } from "./events.ts";
import { Halt, RuntimeError, ValueError } from "./exceptions.ts";
import { repr } from "./format.ts";
import { withoutLifecycle } from "./recorder.ts";
import { allTasks } from "./tasks.ts";
import { gather } from "./waiting.ts";

/** Runs `main` on a new event loop until it completes; returns its result. */
export function run<T>(main: Coroutine<T>, options: { debug?: boolean } = {}): T {
  if (runningLoopOrNull()) {
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  if (!iscoroutine(main)) throw new ValueError(`a coroutine was expected, got ${repr(main)}`);
  const loop = newEventLoop();
  setEventLoop(loop);
  if (options.debug !== undefined) loop.setDebug(options.debug);
  let halted = false;
  try {
    return loop.runUntilComplete(loop.createTask(main));
  } catch (error) {
    halted = error instanceof Halt;
    throw error;
  } finally {
    if (!halted) {
      try {
        cancelAllTasks(loop);
        // As CPython's Runner.close(): each runs as a task, so each takes a `Task-N` name; they
        // are the runner's own, so the trace leaves them out.
        withoutLifecycle(() => loop.runUntilComplete(shutdownAsyncgens()));
        withoutLifecycle(() => loop.runUntilComplete(loop.shutdownDefaultExecutor()));
      } finally {
        setEventLoop(null);
        loop.close();
        reportLeftovers();
      }
    }
  }
}

/** `loop.shutdown_asyncgens()`: async generators are closed as they finish here, so nothing is left. */
function shutdownAsyncgens(): Coroutine<void> {
  return coroutine("shutdown_asyncgens", function* () {});
}

function cancelAllTasks(loop: AbstractEventLoop): void {
  const toCancel = allTasks(loop);
  if (toCancel.size === 0) return;
  for (const task of toCancel) task.cancel();
  loop.runUntilComplete(gather(...toCancel, { returnExceptions: true }));
  for (const task of toCancel) {
    if (task.cancelled()) continue;
    if (task.exception() !== null) {
      loop.callExceptionHandler({
        message: "unhandled exception during asyncio.run() shutdown",
        exception: task.exception(),
        task,
      });
    }
  }
}
