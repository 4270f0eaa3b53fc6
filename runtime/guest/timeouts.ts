/**
 * Mirrors CPython 3.11 `asyncio/timeouts.py` (`Timeout`, `timeout`, `timeout_at`), built on
 * `Task.cancelling()` / `uncancel()`. Difference: Python's `async with asyncio.timeout(d):` block
 * is a body function here: `await asyncio.timeout(d, async (cm) => { … })` resolves to what the
 * body returns; `cm` is the `Timeout` (`when()`, `reschedule()`, `expired()`).
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import { type Handle, getRunningLoop, named } from "./events.ts";
import { CancelledError, RuntimeError, TimeoutError } from "./exceptions.ts";
import { type Task, currentTask } from "./tasks.ts";

type State = "created" | "active" | "expiring" | "expired" | "finished";

/** The body of a timeout block: an async function of the `Timeout`, or an awaitable. */
export type TimeoutBody<T> = ((cm: Timeout) => unknown) | PromiseLike<T> | Coroutine<T>;

/** A deadline for the task running a block: at `when()` the task is cancelled. */
export class Timeout {
  private state: State = "created";
  private timeoutHandler: Handle | null = null;
  private task: Task | null = null;
  private cancelling = 0;
  private _when: number | null;

  /** A timeout at loop time `when` (null: never). Use `timeout()` or `timeoutAt()` instead. */
  constructor(when: number | null) {
    this._when = when;
  }

  /** The current deadline, in loop time. */
  when(): number | null {
    return this._when;
  }

  /** Moves the deadline to loop time `when` (null: no deadline). */
  reschedule(when: number | null): void {
    if (this.state !== "active") {
      if (this.state === "created") throw new RuntimeError("Timeout has not been entered");
      throw new RuntimeError(`Cannot change state of ${this.state} Timeout`);
    }
    this._when = when;
    this.timeoutHandler?.cancel();
    if (when === null) {
      this.timeoutHandler = null;
    } else {
      const loop = getRunningLoop();
      const onTimeout = named("Timeout._on_timeout", () => this.onTimeout());
      this.timeoutHandler = when <= loop.time() ? loop.callSoon(onTimeout) : loop.callAt(when, onTimeout);
    }
  }

  /** True once the deadline passed while the block was running. */
  expired(): boolean {
    return this.state === "expiring" || this.state === "expired";
  }

  /** Python's `__aenter__`. */
  enter(): this {
    if (this.state !== "created") throw new RuntimeError("Timeout has already been entered");
    const task = currentTask();
    if (task === null) throw new RuntimeError("Timeout should be used inside a task");
    this.state = "active";
    this.task = task;
    this.cancelling = task.cancelling();
    this.reschedule(this._when);
    return this;
  }

  /** Python's `__aexit__`: turns the cancellation it caused into `TimeoutError`. */
  exit(error: unknown): void {
    this.timeoutHandler?.cancel();
    this.timeoutHandler = null;
    if (this.state === "expiring") {
      this.state = "expired";
      if (this.task!.uncancel() <= this.cancelling && error instanceof CancelledError) {
        // No other cancel request is pending: this cancellation was ours.
        const timeoutError = new TimeoutError();
        (timeoutError as { cause?: unknown }).cause = error;
        throw timeoutError;
      }
    } else if (this.state === "active") {
      this.state = "finished";
    }
  }

  private onTimeout(): void {
    this.task!.cancel();
    this.state = "expiring";
    this.timeoutHandler = null;
  }

  toString(): string {
    const when =
      this.state === "active" && this._when !== null ? ` when=${Math.round(this._when * 1000) / 1000}` : "";
    return `<Timeout [${this.state}]${when}>`;
  }
}

/** Runs `body` inside `cm`, as `async with cm:` does. */
export function runWithin<T>(
  name: string,
  cm: { enter(): unknown; exit(error: unknown): void },
  run: () => unknown,
): Coroutine<T> {
  return coroutine(name, function* () {
    cm.enter();
    let result: T;
    try {
      result = (yield run()) as T;
    } catch (error) {
      cm.exit(error);
      throw error;
    }
    cm.exit(undefined);
    return result;
  });
}

function bodyRunner<T>(body: TimeoutBody<T>, cm: Timeout, api: string): () => unknown {
  if (typeof body === "function") return () => body(cm);
  if (body !== null && typeof body === "object") return () => body;
  throw new TypeError(`${api} expects an async function as its body, got ${typeof body}`);
}

/**
 * Runs `body` with a deadline `delay` seconds from now (null: none). If the deadline passes, the
 * body is cancelled and `TimeoutError` is raised here.
 */
export function timeout<T>(delay: number | null, body: TimeoutBody<T>): Coroutine<T> {
  const loop = getRunningLoop();
  const cm = new Timeout(delay === null || delay === undefined ? null : loop.time() + delay);
  return runWithin<T>("timeout", cm, bodyRunner(body, cm, "timeout()"));
}

/** Like `timeout()`, with the deadline as an absolute loop time (`loop.time() + 10`). */
export function timeoutAt<T>(when: number | null, body: TimeoutBody<T>): Coroutine<T> {
  const cm = new Timeout(when ?? null);
  return runWithin<T>("timeout_at", cm, bodyRunner(body, cm, "timeoutAt()"));
}
