/**
 * Mirrors CPython `asyncio/tasks.py` (the `Task` class, `ensure_future`, `current_task`,
 * `all_tasks`). A Task is a Future that drives a coroutine: each step sends into it until it yields
 * a pending Future, then sleeps until that Future's done callback wakes it.
 * Difference: tasks also write their life cycle to the trace (`task_spawned`, `task_step`,
 * `task_blocked`, `task_done`, `task_cancelled`).
 */
import { commitCpu } from "./clock.ts";
import { Coroutine, YIELD_ONCE, iscoroutine } from "./coroutines.ts";
import { config, cpu } from "./session.ts";
import { CancelledError, Halt, InvalidStateError, RuntimeError, ValueError } from "./exceptions.ts";
import type { AbstractEventLoop } from "./events.ts";
import { Handle, NO_ARGS, getEventLoop, getRunningLoop, named } from "./events.ts";
import { repr, str } from "./format.ts";
import { Future, isFuture } from "./futures.ts";
import { callerPosition } from "./positions.ts";
import {
  actor,
  record,
  recordTaskBlocked,
  recordTaskDone,
  recordTaskSpawned,
  recordTaskStep,
  taskToken,
} from "./recorder.ts";

let taskCounter = 0;

/**
 * Every task not yet done, in creation order (CPython keeps a WeakSet), with its name and that
 * name's trace token as its last step looked them up: a task usually keeps its name, so its steps
 * reuse the token instead of looking it up in the string table. Kept here, out of every program's
 * reach, because a token goes into the trace's batch as it is.
 */
const liveTasks = new Map<Task, { readonly name: string; readonly token: string }>();
/**
 * The task whose step is running (CPython's `_current_tasks`, a dict by loop): only one loop runs
 * at a time, so one field and the task's own loop answer `currentTask(loop)` without a map lookup.
 */
let steppingTask: Task | null = null;

/** The task whose step the loop ran last (read by debug mode's slow-step warning). */
export const taskSteps: { last: Task | null } = { last: null };

export class Task<T = unknown> extends Future<T> {
  private readonly coro: Coroutine<T>;
  private name: string;
  /** The future this task waits on; its done callback wakes the task. Null while runnable. */
  private futWaiter: Future | null = null;
  /** A cancel arrived while no future could take it: throw CancelledError at the next step. */
  private mustCancel = false;
  private numCancelsRequested = 0;
  private cancelledExc: CancelledError | null = null;
  /** The line where the coroutine last suspended in the learner's code (the line of its `await`). */
  suspendedLine: number | undefined;
  /** Python's `Task.__step` bound to this task, made when first needed (a step with an error). */
  private stepCallback?: (exc?: unknown) => void;
  /**
   * The handle of an argument-less step, made once: CPython makes a Handle per `call_soon`, but
   * nothing outside the task ever sees this one, so every such step can reuse it.
   */
  private readonly stepHandle: TaskStepHandle;
  /** Python's `Task.__wakeup` bound to this task, made when it first awaits a future. */
  private wakeupCallback?: (future: Future) => void;

  constructor(coro: Coroutine<T>, loop?: AbstractEventLoop, name?: string) {
    super(loop);
    if (!iscoroutine(coro)) {
      throw new TypeError(`a coroutine was expected, got ${repr(coro)}`);
    }
    this.coro = coro;
    taskCounter += 1;
    // Not a template literal: QuickJS builds those with `String.prototype.concat`, which the
    // hardened realm wraps to charge large strings (harden.ts), a cost per task for nothing.
    this.name = name === undefined ? "Task-" + String(taskCounter) : String(name);
    this.stepHandle = new TaskStepHandle(this as Task, this._loop);
    this._loop.callSoonHandle(this.stepHandle);
    liveTasks.set(this as Task, { name: this.name, token: taskToken(this.name) });
    // Where learner code created the coroutine, or else where it made the task.
    // (Its line read as it is: `createdAt` makes an object, and a program makes tasks by the thousand.)
    const created = coro.createdLine;
    const position = created ? undefined : callerPosition();
    recordTaskSpawned(
      this.name,
      actor.name,
      coro.__name__,
      created || position?.line,
      created ? 0 : position?.column,
    );
  }

  getName(): string {
    return this.name;
  }

  setName(name: string): void {
    this.name = String(name);
  }

  getCoro(): Coroutine<T> {
    return this.coro;
  }

  /** How many cancellation requests are pending (`Task.cancelling()`, Python 3.11). */
  cancelling(): number {
    return this.numCancelsRequested;
  }

  /** Withdraws one cancellation request (`Task.uncancel()`, used by `timeout` and `TaskGroup`). */
  uncancel(): number {
    if (this.numCancelsRequested > 0) this.numCancelsRequested -= 1;
    return this.numCancelsRequested;
  }

  /**
   * Requests cancellation: the coroutine gets `CancelledError` at its current `await` on its next
   * step. Returns false if the task is already done.
   */
  override cancel(msg?: string): boolean {
    if (this.done()) return false;
    const position = callerPosition();
    record("task_cancel_requested", {
      target: this.name,
      ...(msg !== undefined ? { text: String(msg) } : {}),
      ...(position ? { line: position.line, column: position.column } : {}),
    });
    this.numCancelsRequested += 1;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) {
      // The waiter's done callback wakes this task, which then throws CancelledError into the coro.
      return true;
    }
    this.mustCancel = true;
    this._cancelMessage = msg;
    return true;
  }

  override makeCancelledError(): CancelledError {
    return this.cancelledExc ?? super.makeCancelledError();
  }

  override setResult(): void {
    throw new RuntimeError("Task does not support setResult operation");
  }

  override setException(): void {
    throw new RuntimeError("Task does not support setException operation");
  }

  /**
   * Python's `Task.__step`: sends into the coroutine (or throws `exc` into it) until it suspends.
   * @internal
   */
  _step(exc?: unknown): void {
    if (this._state !== "PENDING") {
      throw new InvalidStateError(`_step(): already done: ${this.describe()}, ${str(exc)}`);
    }
    if (this.mustCancel) {
      if (!(exc instanceof CancelledError)) exc = this.makeMustCancelError();
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const previousTask = steppingTask;
    steppingTask = this as Task;
    const previousActor = actor.name;
    actor.name = this.name;
    taskSteps.last = this as Task;
    // The step's events carry the name it began with, even if the task is renamed meanwhile.
    const traced = liveTasks.get(this as Task);
    const traceName = traced !== undefined && traced.name === this.name ? traced.token : this.retoken();
    recordTaskStep(exc !== undefined && exc instanceof Error ? str(exc) : undefined, traceName);
    try {
      let step: IteratorResult<unknown, T>;
      try {
        cpu.awaitLine = 0;
        step = this.coro.advance(exc !== undefined, exc);
      } catch (error) {
        this.raised(error);
        return;
      }
      // Charge the step's CPU work now, while this task is the actor: the loop was blocked by
      // this task, and the task suspends or ends only once that work is done.
      commitCpu();
      if (step.done) {
        this.returned(step.value);
        return;
      }
      // Runtime code sets no line: the task is still where learner code last awaited.
      let line = this.suspendedLine;
      if (cpu.awaitLine !== 0) line = this.suspendedLine = cpu.awaitLine;
      const yielded = step.value;
      if (yielded === YIELD_ONCE) {
        recordTaskBlocked("sleep(0)", line, traceName);
        this._loop.callSoonHandle(this.stepHandle);
      } else if (this.suspendOn(yielded)) {
        // Recorded here, with this step's token: a method taking a token would let a program
        // that calls it write that token into the trace.
        recordTaskBlocked(describeAwaited(yielded), line, traceName);
        if (this.mustCancel && yielded.cancel(this._cancelMessage)) this.mustCancel = false;
      }
    } finally {
      actor.name = previousActor;
      steppingTask = previousTask;
    }
  }

  /** Looks up the trace token of the task's name, which changed since it was last looked up. */
  private retoken(): string {
    const token = taskToken(this.name);
    // Only for a real task: a program could call this method with any object as `this`.
    if (liveTasks.has(this as Task)) liveTasks.set(this as Task, { name: this.name, token });
    return token;
  }

  private makeMustCancelError(): CancelledError {
    return new CancelledError(this._cancelMessage ?? "");
  }

  /** The coroutine raised `error` (CPython's `__step` catching it). */
  private raised(error: unknown): void {
    if (error instanceof Halt) throw error;
    // The step's CPU work belongs to this task and ends before it does.
    commitCpu();
    if (error instanceof CancelledError) {
      this.cancelledExc = error;
      Future.prototype.cancel.call(this);
    } else {
      if (typeof error === "object" && error !== null && !("__looplabTask" in error)) {
        Object.defineProperty(error, "__looplabTask", { value: this.name });
      }
      Future.prototype.setException.call(this, error);
    }
    this.finish();
  }

  /** The coroutine returned `value`: StopIteration in CPython's `__step`. */
  private returned(value: T): void {
    if (this.mustCancel) {
      this.mustCancel = false;
      Future.prototype.cancel.call(this, this._cancelMessage);
    } else {
      Future.prototype.setResult.call(this, value);
    }
    this.finish();
  }

  /**
   * The coroutine suspended on `yielded`: true if it is a future the task now waits for (its
   * completion wakes the task); otherwise the task is rescheduled with the error that explains why.
   */
  private suspendOn(yielded: unknown): yielded is Future {
    if (!isFuture(yielded)) {
      this.reschedule(new RuntimeError(`Task got bad yield: ${repr(yielded)}`));
      return false;
    }
    if (yielded.getLoop() !== this._loop) {
      this.reschedule(new RuntimeError(`Task ${this.describe()} got Future attached to a different loop`));
      return false;
    }
    if (yielded === (this as Future)) {
      this.reschedule(new RuntimeError(`Task cannot await on itself: ${this.describe()}`));
      return false;
    }
    yielded._asyncioFutureBlocking = false;
    yielded.addDoneCallback(
      (this.wakeupCallback ??= named("Task.__wakeup", (future: Future) => this.wakeup(future))),
    );
    this.futWaiter = yielded;
    return true;
  }

  private reschedule(error: Error): void {
    this._loop.callSoon(
      (this.stepCallback ??= named("Task.__step", (exc?: unknown) => this._step(exc))),
      error,
    );
  }

  private wakeup(future: Future): void {
    try {
      future.result();
    } catch (error) {
      this._step(error);
      return;
    }
    this._step();
  }

  private finish(): void {
    liveTasks.delete(this as Task);
    if (this.cancelled()) {
      record("task_cancelled");
      return;
    }
    // Read as `outcome()` does, without the object it makes (once per task).
    if (this._hasException) recordTaskDone("exception", str(this._exception));
    else recordTaskDone("result", repr(this._result));
  }

  /** What the task is waiting on, for deadlock reports. */
  waitingOn(): Future | null {
    return this.futWaiter;
  }

  describe(): string {
    if (!this.done()) {
      // CPython shows the frame's line: where the coroutine is suspended, or before its first
      // step, the line its function is defined at.
      const line = this.suspendedLine ?? definitionLine(this.coro);
      const where = line === undefined ? "running" : `running at ${config.filename}:${line}`;
      return `<Task pending name='${this.name}' coro=<${this.coro.__name__}() ${where}>>`;
    }
    const info = this.stateInfo();
    const [state, ...rest] = info.split(" ");
    const extra = rest.length ? ` ${rest.join(" ")}` : "";
    return `<Task ${state} name='${this.name}' coro=<${this.coro.__name__}() done>${extra}>`;
  }

  override toString(): string {
    return this.describe();
  }
}

/**
 * What a `TaskStepHandle` holds as its callback, for what reads it: the loop (not cancelled) and
 * diagnostics (its name). The handle runs its task's step itself. Frozen: every task's handle
 * shares it, and a program can reach it through any of them.
 */
const TASK_STEP = Object.freeze(named("Task.__step", () => undefined));

/**
 * A task's argument-less step, the handle made once per task: it runs the step itself, without the
 * bound callback in between, as the loop runs one per task step.
 */
class TaskStepHandle extends Handle {
  private readonly task: Task;

  constructor(task: Task, loop: AbstractEventLoop) {
    super(TASK_STEP, NO_ARGS, loop);
    this.task = task;
  }

  override run(): void {
    try {
      this.task._step();
    } catch (error) {
      this.failed(error);
    }
  }
}

/** The first line of a learner coroutine's function (CPython's `co_firstlineno`), found by name. */
function definitionLine(coro: Coroutine): number | undefined {
  if (!coro.learner) return undefined;
  return config.scopes.find(([, , fn]) => fn === coro.__name__)?.[0];
}

/** How an awaited future shows in the trace and in deadlock reports. */
export function describeAwaited(future: Future): string {
  if (future instanceof Task) return future.getName();
  return future._waitingFor ?? "Future";
}

/** Wraps a coroutine in a task; returns futures as they are (CPython's `ensure_future`). */
export function ensureFuture<T>(
  awaitable: Future<T> | Coroutine<T> | PromiseLike<T>,
  loop?: AbstractEventLoop,
): Future<T> {
  if (awaitable instanceof Future) {
    if (loop && awaitable.getLoop() !== loop) {
      throw new ValueError(
        "The future belongs to a different loop than the one specified as the loop argument",
      );
    }
    return awaitable;
  }
  if (iscoroutine(awaitable)) {
    return (loop ?? getEventLoop()).createTask(awaitable);
  }
  if (awaitable !== null && typeof (awaitable as { then?: unknown }).then === "function") {
    const wrapper = new Coroutine<T>(
      "_wrap_awaitable",
      (function* () {
        return (yield awaitable) as T;
      })(),
    );
    return (loop ?? getEventLoop()).createTask(wrapper);
  }
  throw new TypeError("An asyncio.Future, a coroutine or an awaitable is required");
}

/** Schedules a coroutine as a task on the running loop. */
export function createTask<T>(coro: Coroutine<T>, options: { name?: string } = {}): Task<T> {
  return getRunningLoop().createTask(coro, options);
}

/** The task running now, or null. */
export function currentTask(loop?: AbstractEventLoop): Task | null {
  const target = loop ?? getRunningLoop();
  return steppingTask !== null && steppingTask.getLoop() === target ? steppingTask : null;
}

/** The tasks of the running loop that are not done yet, in creation order. */
export function allTasks(loop?: AbstractEventLoop): Set<Task> {
  const target = loop ?? getRunningLoop();
  const result = new Set<Task>();
  for (const task of liveTasks.keys()) if (task.getLoop() === target && !task.done()) result.add(task);
  return result;
}

/** Every task still alive (for deadlock reports). */
export function liveTaskList(): Task[] {
  return [...liveTasks.keys()];
}
