/**
 * Diagnostics that asyncio prints to stderr, as trace warnings: coroutines never awaited
 * (CPython warns when one is garbage-collected; here when the run ends) and task exceptions
 * never retrieved; plus the list of waiting tasks in a deadlock report.
 */
import type { WaitingTask } from "../trace.ts";
import { forgetWatched, watchedCoroutines } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { unretrieved } from "./futures.ts";
import { learnerFrames } from "./positions.ts";
import { record } from "./recorder.ts";
import { Task, describeAwaited, liveTaskList } from "./tasks.ts";

/** Reports coroutines that never ran and exceptions nobody retrieved; each only once. */
export function reportLeftovers(): void {
  for (const coro of watchedCoroutines) {
    if (coro.started) continue;
    coro.close();
    record("warning", {
      category: "RuntimeWarning",
      text: `coroutine '${coro.__name__}' was never awaited`,
      line: coro.createdAt?.line,
      column: coro.createdAt?.column || undefined,
    });
  }
  forgetWatched();
  for (const future of unretrieved) {
    const subject = future instanceof Task ? "Task" : "Future";
    // A handler the program set on the loop receives it, as CPython's `Future.__del__` context.
    if (future.getLoop().getExceptionHandler() !== null) {
      future.getLoop().callExceptionHandler({
        message: `${subject} exception was never retrieved`,
        exception: future.exception(),
        future,
      });
      continue;
    }
    const description = future instanceof Task ? future.describe() : future.toString();
    // Point at the line that raised it, as the traceback CPython prints with this warning does.
    const exception = future.exception();
    const raisedAt = exception instanceof Error ? learnerFrames(exception.stack, 1)[0] : undefined;
    record("warning", {
      category: "UnretrievedException",
      task: future instanceof Task ? future.getName() : null,
      text: `${subject} exception was never retrieved\nfuture: ${description}`,
      ...(raisedAt ? { line: raisedAt.line, column: raisedAt.column } : {}),
    });
  }
  unretrieved.clear();
}

/** Every task of `loop` that is still waiting, with what it awaits and where. */
export function describeWaiting(loop: AbstractEventLoop): WaitingTask[] {
  const waiting: WaitingTask[] = [];
  for (const task of liveTaskList()) {
    if (task.getLoop() !== loop || task.done()) continue;
    const awaited = task.waitingOn();
    waiting.push({
      task: task.getName(),
      waiting: awaited ? describeAwaited(awaited) : "nothing (ready to run)",
      ...(task.suspendedLine !== undefined ? { line: task.suspendedLine } : {}),
    });
  }
  return waiting;
}
