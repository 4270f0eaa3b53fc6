/**
 * Mirrors CPython 3.11 `asyncio/taskgroups.py` step for step: a failing child cancels its
 * siblings and the body, and the errors surface together as an `ExceptionGroup`.
 * Difference: Python's `async with asyncio.TaskGroup() as tg:` block is a body function here:
 * `await asyncio.TaskGroup.run(async (tg) => { tg.createTask(…); })` resolves to what the body
 * returns once every task of the group is done.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { ExceptionGroup } from "./exceptiongroups.ts";
import { CancelledError, Halt, RuntimeError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { type Task, currentTask } from "./tasks.ts";

/** The body of a task group: an async function that creates tasks with `tg.createTask()`. */
export type TaskGroupBody = (tg: TaskGroup) => unknown;

export class TaskGroup {
  private entered = false;
  private exiting = false;
  private aborting = false;
  private loop: AbstractEventLoop | null = null;
  private parentTask: Task | null = null;
  private parentCancelRequested = false;
  private readonly tasks = new Set<Task>();
  private errors: unknown[] = [];
  private onCompletedFut: Future | null = null;
  private readonly onTaskDoneCallback = (task: Task) => this.onTaskDone(task);

  /** Runs `body` in a new task group; resolves when the body and all its tasks are done. */
  static run<T>(body: TaskGroupBody): Coroutine<T> {
    return new TaskGroup().run<T>(body);
  }

  /** Runs `body` in this group (Python's `async with tg:` block). */
  run<T>(body: TaskGroupBody): Coroutine<T> {
    if (typeof body !== "function") {
      throw new TypeError(`TaskGroup.run() expects an async function as its body, got ${typeof body}`);
    }
    return coroutine("TaskGroup", () => this.runSteps<T>(body));
  }

  private *runSteps<T>(body: TaskGroupBody): Generator<unknown, T, unknown> {
    this.enter();
    let result: T | undefined;
    let failed = false;
    let error: unknown;
    try {
      result = (yield body(this)) as T;
    } catch (e) {
      if (e instanceof Halt) throw e;
      failed = true;
      error = e;
    }
    yield* this.exit(failed, error);
    if (failed) throw error;
    return result as T;
  }

  private enter(): void {
    if (this.entered) throw new RuntimeError(`TaskGroup ${this} has already been entered`);
    this.loop ??= getRunningLoop();
    this.parentTask = currentTask(this.loop);
    if (this.parentTask === null)
      throw new RuntimeError(`TaskGroup ${this} cannot determine the parent task`);
    this.entered = true;
  }

  private *exit(failed: boolean, exc: unknown): Generator<unknown, void, unknown> {
    this.exiting = true;
    let propagateCancellationError: unknown = failed && exc instanceof CancelledError ? exc : null;
    if (this.parentCancelRequested) {
      // This flag means uncancel() must be called; with no cancellation left, don't propagate it.
      if (this.parentTask!.uncancel() === 0) propagateCancellationError = null;
    }
    // The parent is being cancelled, or the body raised: cancel the children.
    if (failed && !this.aborting) this.abort();

    // A loop, because the waiter can be cancelled several times if the parent is cancelled again.
    while (this.tasks.size > 0) {
      if (this.onCompletedFut === null) {
        this.onCompletedFut = this.loop!.createFuture();
        this.onCompletedFut._waitingFor = `TaskGroup(${[...this.tasks].map((t) => t.getName()).join(", ")})`;
      }
      try {
        yield this.onCompletedFut;
      } catch (ex) {
        if (!(ex instanceof CancelledError)) throw ex;
        if (!this.aborting) {
          // The parent task is cancelled while children still run.
          propagateCancellationError = ex;
          this.abort();
        }
      }
      this.onCompletedFut = null;
    }

    // A CancelledError propagates unless there are other errors: those have priority.
    if (propagateCancellationError && this.errors.length === 0) throw propagateCancellationError;
    if (failed && !(exc instanceof CancelledError)) this.errors.push(exc);
    if (this.errors.length > 0) {
      const group = new ExceptionGroup("unhandled errors in a TaskGroup", this.errors);
      this.errors = [];
      throw group;
    }
  }

  /** Creates a task in this group (like `asyncio.createTask`). */
  createTask<T>(coro: Coroutine<T>, options: { name?: string } = {}): Task<T> {
    if (!this.entered) throw new RuntimeError(`TaskGroup ${this} has not been entered`);
    if (this.exiting && this.tasks.size === 0) throw new RuntimeError(`TaskGroup ${this} is finished`);
    if (this.aborting) throw new RuntimeError(`TaskGroup ${this} is shutting down`);
    const task = this.loop!.createTask(coro, options);
    task.addDoneCallback(this.onTaskDoneCallback as (future: Task<T>) => void);
    this.tasks.add(task as Task);
    return task;
  }

  private abort(): void {
    this.aborting = true;
    for (const t of this.tasks) if (!t.done()) t.cancel();
  }

  private onTaskDone(task: Task): void {
    this.tasks.delete(task);
    if (this.onCompletedFut !== null && this.tasks.size === 0 && !this.onCompletedFut.done()) {
      this.onCompletedFut.setResult(true);
    }
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.errors.push(exc);
    if (this.parentTask!.done()) {
      this.loop!.callExceptionHandler({
        message: `Task ${task.describe()} has errored out but its parent task ${this.parentTask!.describe()} is already completed`,
        exception: exc,
        task,
      });
      return;
    }
    if (!this.aborting && !this.parentCancelRequested) {
      // Cancel the parent to abort whatever the body awaits; exit() marks it not cancelled again.
      this.abort();
      this.parentCancelRequested = true;
      this.parentTask!.cancel();
    }
  }

  toString(): string {
    const info: string[] = [];
    if (this.tasks.size) info.push(`tasks=${this.tasks.size}`);
    if (this.errors.length) info.push(`errors=${this.errors.length}`);
    if (this.aborting) info.push("cancelling");
    else if (this.entered) info.push("entered");
    return `<TaskGroup${info.map((s) => ` ${s}`).join("")}>`;
  }
}
