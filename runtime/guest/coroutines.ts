/**
 * Mirrors CPython's coroutine objects (`Objects/genobject.c`, `asyncio/coroutines.py`).
 *
 * Learner `async function`s are compiled to `__awaiter(this, args, P, function* () {…})` with every
 * `await x` turned into `yield x`; `__awaiter` returns a lazy `Coroutine` that runs nothing until it
 * is sent a value. Awaiting another coroutine delegates to it inside the same step, as Python's
 * `yield from` does; awaiting a pending Future suspends the whole chain and hands the Future to the
 * Task driving it.
 */
import { getEventLoop } from "./events.ts";
import { RuntimeError, StopIteration, ValueError } from "./exceptions.ts";
import { str } from "./format.ts";
import { type Future, SleepFuture, isFuture } from "./futures.ts";
import type { LearnerFrame } from "./positions.ts";
import { YIELD_ONCE, cpu } from "./session.ts";

export { YIELD_ONCE };

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return (
    (typeof value === "object" || typeof value === "function") &&
    value !== null &&
    typeof (value as { then?: unknown }).then === "function"
  );
}

/**
 * Awaiting a native Promise or a thenable: a Future of the current loop that its settlement
 * completes, so the result reaches the coroutine through the loop.
 */
function futureFromThenable(thenable: PromiseLike<unknown>): Future {
  const future = getEventLoop().createFuture();
  future._waitingFor = "Promise";
  thenable.then(
    (value) => {
      if (!future.done()) future.setResult(value);
    },
    (error: unknown) => {
      if (!future.done()) future.setException(error instanceof Error ? error : new Error(str(error)));
    },
  );
  return future;
}

/**
 * Coroutines that may end up never awaited (learner coroutines, and runtime ones such as
 * `asyncio.sleep(1)` called without `await`), to report them when the run ends.
 */
export const watchedCoroutines: Coroutine[] = [];

/** When the watch list is compacted next (doubles with what survives, so pushes stay O(1)). */
let compactAt = 4096;
/** Where the current loop step's additions to the watch list begin. */
let stepMark = 0;

/** Watches a new coroutine, created at the learner's current statement. */
export function watched<T>(coro: Coroutine<T>): Coroutine<T> {
  if (watchedCoroutines.length >= compactAt) {
    stepMark = 0;
    dropStarted();
    compactAt = Math.max(4096, 2 * watchedCoroutines.length);
  }
  watchedCoroutines.push(coro as Coroutine);
  return coro;
}

/** Drops the watched coroutines that started, from `stepMark` on. */
function dropStarted(): void {
  let kept = stepMark;
  for (let i = stepMark; i < watchedCoroutines.length; i++) {
    if (!watchedCoroutines[i].started) watchedCoroutines[kept++] = watchedCoroutines[i];
  }
  watchedCoroutines.length = kept;
}

/** Empties the watch list once a run has reported what it holds (the step mark goes with it). */
export function forgetWatched(): void {
  watchedCoroutines.length = 0;
  stepMark = 0;
}

/**
 * Called by the loop after each callback: most coroutines a step creates are awaited within it
 * (`await asyncio.sleep(0)`), so forgetting them at once keeps the list, and memory, small.
 */
export function settleWatched(): void {
  // Usually a step adds no coroutine, or one started already: nothing to call for.
  const length = watchedCoroutines.length;
  if (length === stepMark) return;
  if (length === stepMark + 1 && watchedCoroutines[stepMark].started) watchedCoroutines.length = stepMark;
  else if (length > stepMark) dropStarted();
  stepMark = watchedCoroutines.length;
}

/**
 * What a coroutine drives: a generator, or an object that behaves exactly as one for these three
 * methods (see `sleep(0)` in waiting.ts).
 */
export type CoroutineBody<T> = Pick<Generator<unknown, T, unknown>, "next" | "throw" | "return">;

/** The step `sleep(0)` yields, shared by all of them. */
const YIELD_ONCE_STEP: IteratorResult<unknown, never> = Object.freeze({ done: false, value: YIELD_ONCE });

/**
 * `sleep(0)`'s body, Python's `__sleep0` (a bare yield, then the result), written out as the
 * generator `function* () { yield YIELD_ONCE; return result; }` behaves: the loop runs one per
 * `sleep(0)`, and a generator object with its two resumes costs more than these few lines.
 * A coroutine awaiting one runs its two steps inline (`Coroutine.advance`).
 */
export class SleepZero<T> implements CoroutineBody<T> {
  readonly result: T;
  /** 0: not started; 1: suspended at the yield; 2: finished. */
  state = 0;

  constructor(result: T) {
    this.result = result;
  }

  next(): IteratorResult<unknown, T> {
    if (this.state === 0) {
      this.state = 1;
      return YIELD_ONCE_STEP;
    }
    const value = this.state === 1 ? this.result : (undefined as T);
    this.state = 2;
    return { done: true, value };
  }

  throw(error: unknown): IteratorResult<unknown, T> {
    this.state = 2;
    throw error;
  }

  return(value: T): IteratorResult<unknown, T> {
    this.state = 2;
    return { done: true, value };
  }
}

/** Where a coroutine is in its life: numbers, which QuickJS compares inline (strings take a call). */
const CREATED = 0;
const SUSPENDED = 1;
const RUNNING = 2;
const CLOSED = 3;
type CoroutineState = typeof CREATED | typeof SUSPENDED | typeof RUNNING | typeof CLOSED;

/** A coroutine object: `send`, `throw`, `close`, and `StopIteration` when it returns. */
export class Coroutine<T = unknown> {
  readonly __name__: string;
  private readonly gen: CoroutineBody<T>;
  /** The learner line whose statement created it (0: none), for `createdAt`. */
  readonly createdLine: number;
  private state: CoroutineState;
  // The fields below start absent and appear when first set: a program makes a coroutine object
  // per `await asyncio.sleep(0)`, and QuickJS pays for every property an object is made with.
  /** The coroutine this one is awaiting (`yield from`), which receives every send/throw. */
  private delegate?: Coroutine | null;
  /** The pending Future this coroutine yielded; its result is what the `await` returns. */
  private awaiting?: Future | null;
  /** Set when another coroutine awaits this one, so it cannot be awaited twice at once. */
  private awaitedBy?: Coroutine | null;
  /** True for coroutines of the learner's own async functions (they appear in tracebacks). */
  learner?: boolean;
  /** The learner line of the `await` this coroutine is suspended at (from instrumentation). */
  suspendedLine?: number;

  /**
   * `createdLine` is the learner statement that created the coroutine: the compiler marks it in
   * `cpu.statementLine`, so no stack is captured, since a program may create thousands.
   */
  constructor(name: string, gen: CoroutineBody<T>, createdLine = 0) {
    this.__name__ = name;
    this.gen = gen;
    this.createdLine = createdLine;
    this.state = CREATED;
  }

  /** Where learner code created it (for "never awaited" warnings and `task_spawned`), if it did. */
  get createdAt(): LearnerFrame | undefined {
    return this.createdLine ? { fn: this.__name__, line: this.createdLine, column: 0 } : undefined;
  }

  /** True once `send`, `throw` or `close` was called. */
  get started(): boolean {
    return this.state !== CREATED;
  }

  get finished(): boolean {
    return this.state === CLOSED;
  }

  /** Resumes the coroutine; returns what it yields, throws `StopIteration` when it returns. */
  send(value?: unknown): unknown {
    if (this.state === CREATED && value !== undefined && value !== null) {
      throw new TypeError("can't send non-None value to a just-started coroutine");
    }
    return this.unwrap(this.advance(false, value));
  }

  /** Throws `error` into the coroutine at its current `await`. */
  throw(error: unknown): unknown {
    return this.unwrap(this.advance(true, error));
  }

  /** The learner-facing protocol: a return becomes `StopIteration`. */
  private unwrap(result: IteratorResult<unknown, T>): unknown {
    if (result.done) throw new StopIteration(result.value);
    return result.value;
  }

  /** Closes the coroutine: `finally` blocks run, as Python's `GeneratorExit` does. */
  close(): void {
    if (this.state === CLOSED) return;
    if (this.state === RUNNING) throw new ValueError("coroutine already executing");
    if (this.delegate) {
      this.delegate.close();
      this.delegate = null;
    }
    if (this.awaiting) endSleep(this.awaiting);
    this.awaiting = null;
    this.state = RUNNING;
    let result: IteratorResult<unknown, T>;
    try {
      result = this.gen.return(undefined as T);
    } finally {
      this.state = CLOSED;
    }
    // A `finally` that awaits suspends the generator again instead of finishing it: Python's
    // coroutines refuse to yield while closing.
    if (!result.done) throw new RuntimeError("coroutine ignored GeneratorExit");
  }

  /**
   * JavaScript's `.then()` on a coroutine schedules it as a task (as `ensureFuture` does), so
   * `Promise.all([...])` and `.then()` chains work; `await` never goes through here.
   */
  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): PromiseLike<R1 | R2> {
    return getEventLoop()
      .createTask(this as Coroutine<T>)
      .then(onFulfilled, onRejected);
  }

  toString(): string {
    return `<coroutine object ${this.__name__}>`;
  }

  /**
   * Resumes the coroutine with `value` (thrown in when `throwing`); `{ done: true, value }` when it
   * returned. Tasks and awaiting coroutines use this instead of `send`: a StopIteration per return
   * would build an Error (and its stack) for every finished await.
   */
  advance(throwing: boolean, value: unknown): IteratorResult<unknown, T> {
    if (this.state === RUNNING) throw new ValueError("coroutine already executing");
    if (this.state === CLOSED) {
      if (throwing) throw value;
      throw new RuntimeError("cannot reuse already awaited coroutine");
    }
    for (;;) {
      if (this.delegate) {
        const inner = this.delegate;
        const body = inner.gen;
        if (body instanceof SleepZero && body.state === 1) {
          // `inner.advance(throwing, value)` for a suspended `sleep(0)`, inline: it finishes,
          // returning its result or letting the thrown error through. (Its body at state 1 means
          // the coroutine is suspended, and nobody else awaits it: see below.)
          body.state = 2;
          inner.state = CLOSED;
          this.delegate = null;
          if (!throwing) value = body.result;
        } else {
          let result: IteratorResult<unknown> | undefined;
          try {
            result = inner.advance(throwing, value);
          } catch (error) {
            throwing = true;
            value = error;
          }
          if (result && !result.done) return result;
          this.delegate = null;
          inner.awaitedBy = null;
          if (result) {
            throwing = false;
            value = result.value;
          }
        }
      } else if (this.awaiting) {
        // A Task wakes us with no value: the awaited Future holds the outcome (unless an error,
        // such as a cancellation, is thrown in instead).
        const future = this.awaiting;
        this.awaiting = null;
        if (!throwing) {
          if (!future.done()) {
            endSleep(future);
            throwing = true;
            value = new RuntimeError("await wasn't used with future");
          } else {
            try {
              value = future.result();
            } catch (error) {
              throwing = true;
              value = error;
            }
          }
        } else endSleep(future);
      }
      // Runs the body to its next `await`: once per step, so inline.
      this.state = RUNNING;
      let result: IteratorResult<unknown, T>;
      try {
        result = throwing ? this.gen.throw(value) : this.gen.next(value);
      } catch (error) {
        this.state = CLOSED;
        if (throwing && error === value && this.learner) noteAwaitFrame(error, this);
        throw error;
      }
      if (result.done) {
        this.state = CLOSED;
        return result;
      }
      this.state = SUSPENDED;
      this.suspendedLine = cpu.awaitLine;
      const yielded = result.value;
      // A compiled `await asyncio.sleep(0)`, or a bare `sleep(0)` body's yield.
      if (yielded === YIELD_ONCE) return result;
      throwing = false;
      value = undefined;
      if (yielded instanceof Coroutine) {
        // A suspended coroutine is suspended at an `await` of its own, whoever drives it (another
        // coroutine, a Task, or a learner's `send`): CPython refuses it as `_PyGen_yf` finds it busy.
        if (yielded.awaitedBy || yielded.state === SUSPENDED) {
          throwing = true;
          value = new RuntimeError("coroutine is being awaited already");
          continue;
        }
        this.delegate = yielded;
        const body = yielded.gen;
        if (body instanceof SleepZero && body.state === 0) {
          // `yielded.advance(false, undefined)` for a new `sleep(0)`, inline: it yields once.
          // It runs no code, so being suspended is what keeps it from being awaited twice.
          body.state = 1;
          yielded.state = SUSPENDED;
          return YIELD_ONCE_STEP;
        }
        yielded.awaitedBy = this;
        continue;
      }
      const future = isFuture(yielded)
        ? yielded
        : isThenable(yielded)
          ? futureFromThenable(yielded)
          : undefined;
      if (future) {
        if (future.done()) {
          try {
            value = future.result();
          } catch (error) {
            throwing = true;
            value = error;
          }
          continue;
        }
        future._asyncioFutureBlocking = true;
        this.awaiting = future;
        return future === yielded ? result : { done: false, value: future };
      }
      // Awaiting a plain value gives the value back at once.
      value = yielded;
    }
  }
}

/**
 * An await of `future` ends before its result: if it is a compiled `asyncio.sleep(delay)`'s, its
 * timer goes, as the `finally` of `sleep`'s coroutine would cancel it.
 */
function endSleep(future: Future): void {
  if (future instanceof SleepFuture) future.timer?.cancel();
}

/**
 * An exception that travelled out through a suspended learner coroutine's `await` passed through
 * a frame the JavaScript stack no longer shows (the coroutine was suspended, not on the stack):
 * note it on the error, innermost first, for the traceback.
 */
function noteAwaitFrame(error: unknown, coro: Coroutine): void {
  if (typeof error !== "object" || error === null || !coro.suspendedLine) return;
  let chain = (error as { __looplabAwaits?: { fn: string; line: number }[] }).__looplabAwaits;
  if (!chain) {
    chain = [];
    Object.defineProperty(error, "__looplabAwaits", { value: chain });
  }
  chain.push({ fn: coro.__name__, line: coro.suspendedLine });
}

/** Builds a runtime coroutine from a generator function (runtime code is not compiled by TS). */
export function coroutine<T>(name: string, body: () => Generator<unknown, T, unknown>): Coroutine<T> {
  return watched(new Coroutine<T>(name, body(), cpu.statementLine));
}

/** A coroutine that returns `compute()` without suspending, like an `async def` with no `await`. */
export function immediate<T>(name: string, compute: () => T): Coroutine<T> {
  // eslint-disable-next-line require-yield -- it never needs to suspend, yet must be awaitable
  const body = function* (): Generator<never, T, unknown> {
    return compute();
  };
  return watched(new Coroutine<T>(name, body(), cpu.statementLine));
}

export function iscoroutine(value: unknown): value is Coroutine {
  return value instanceof Coroutine;
}

/**
 * TypeScript's `__awaiter` helper, replaced: instead of starting a Promise it returns a lazy
 * coroutine object.
 */
export function __awaiter(
  thisArg: unknown,
  args: ArrayLike<unknown> | undefined,
  _promise: unknown,
  generator: (...args: unknown[]) => Generator<unknown, unknown, unknown>,
  name = "<lambda>",
): Coroutine {
  // The compiler passes the function's name and marks the line of the creating statement in `cpu.statementLine`.
  // `arguments` as it is: apply takes any array-like (a copy would be an allocation per call).
  const body = Reflect.apply(generator, thisArg, args ?? []) as Generator<unknown, unknown, unknown>;
  const coro = new Coroutine(name, body, cpu.statementLine);
  coro.learner = true;
  return watched(coro);
}
