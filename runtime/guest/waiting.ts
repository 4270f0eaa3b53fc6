/**
 * The rest of CPython `asyncio/tasks.py`: `sleep`, `gather`, `shield`, `wait`, `wait_for` and
 * `as_completed`, ported from Python 3.11 step for step so that callbacks run in the same order.
 * Differences: `gather` takes options as a trailing object; `wait` returns `[done, pending]` Sets
 * that keep the order the awaitables were given (Python's sets have no defined order).
 */
import { Coroutine, SleepZero, YIELD_ONCE, coroutine, iscoroutine, watched } from "./coroutines.ts";
import { cpu } from "./session.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getEventLoop, getRunningLoop, named } from "./events.ts";
import { CancelledError, TimeoutError, ValueError } from "./exceptions.ts";
import { Future, SleepFuture, isFuture, setResultUnlessCancelled } from "./futures.ts";
import { describeAwaited, ensureFuture } from "./tasks.ts";

/** Something `await` accepts: a Future, a Task, a coroutine, or a Promise/thenable. */
export type Awaitable<T = unknown> = Future<T> | Coroutine<T> | PromiseLike<T>;

/** Suspends the current task for `delay` virtual seconds; returns `result`. */
export function sleep<T = undefined>(delay: number, result?: T): Coroutine<T> {
  // A number is compared without running learner code, so the zero case can be decided now.
  const body =
    typeof delay === "number" && !(delay > 0) ? new SleepZero(result as T) : sleepSteps(delay, result as T);
  return watched(new Coroutine("sleep", body, cpu.statementLine));
}

/**
 * What a compiled `await asyncio.sleep(delay, result)` awaits (runtime/compile/awaited-sleep.ts):
 * for a positive number of seconds, the future `sleep`'s coroutine would await, and its timer,
 * made here, without the coroutine, since nothing else can ever see it; for anything else, the
 * coroutine `sleep` makes.
 */
export function awaitSleep<T = undefined>(delay: number, result?: T): Future<T> | Coroutine<T> {
  if (typeof delay !== "number" || !(delay > 0)) return sleep(delay, result);
  const loop = getRunningLoop();
  const future = new SleepFuture<T>(loop);
  future._waitingFor = sleepLabel(delay);
  future.timer = loop.callLater(
    delay,
    named("sleep.<locals>.wakeup", setResultUnlessCancelled),
    future,
    result,
  );
  return future;
}

/** `sleep`'s body: a generator function of its own, so a sleep creates no closure. */
function* sleepSteps<T>(delay: number, result: T): Generator<unknown, T, unknown> {
  if (!(delay > 0)) {
    // Python's `__sleep0`: a bare yield gives the loop exactly one iteration.
    yield YIELD_ONCE;
    return result;
  }
  const loop = getRunningLoop();
  const future = loop.createFuture<T>();
  future._waitingFor = typeof delay === "number" ? sleepLabel(delay) : `sleep(${delay})`;
  const handle = loop.callLater(
    delay,
    named("sleep.<locals>.wakeup", setResultUnlessCancelled),
    future,
    result,
  );
  try {
    return (yield future) as T;
  } finally {
    handle.cancel();
  }
}

/** `sleep(delay)` labels by delay, since programs sleep the same few delays again and again. */
const sleepLabels = new Map<number, string>();
/** Enough for the delays a program keeps using; a program with more starts the cache over. */
const SLEEP_LABELS_KEPT = 256;

function sleepLabel(delay: number): string {
  let label = sleepLabels.get(delay);
  if (label === undefined) {
    if (sleepLabels.size >= SLEEP_LABELS_KEPT) sleepLabels.clear();
    label = `sleep(${delay})`;
    sleepLabels.set(delay, label);
  }
  return label;
}

class GatheringFuture<T> extends Future<T[]> {
  readonly children: Future[];
  cancelRequested = false;

  constructor(children: Future[], loop: AbstractEventLoop) {
    super(loop);
    this.children = children;
    this._waitingFor = `gather(${children.map(describeAwaited).join(", ")})`;
  }

  override cancel(msg?: string): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

function isOptions(value: unknown): value is { returnExceptions?: boolean } {
  return (
    typeof value === "object" &&
    value !== null &&
    !isFuture(value) &&
    !iscoroutine(value) &&
    typeof (value as { then?: unknown }).then !== "function" &&
    Object.getPrototypeOf(value) === Object.prototype
  );
}

/**
 * Runs awaitables concurrently; resolves to their results in the order given. With
 * `{ returnExceptions: true }` as the last argument, exceptions are returned as results.
 */
export function gather(...args: unknown[]): Future<unknown[]> {
  let returnExceptions = false;
  if (args.length > 0 && isOptions(args[args.length - 1])) {
    returnExceptions = Boolean((args.pop() as { returnExceptions?: boolean }).returnExceptions);
  }
  if (args.length === 0) {
    const outer = getEventLoop().createFuture<unknown[]>();
    outer.setResult([]);
    return outer;
  }
  const argToFut = new Map<unknown, Future>();
  const children: Future[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let loop: AbstractEventLoop | undefined;
  let outer: GatheringFuture<unknown> | null = null;

  const doneCallback = named("gather.<locals>._done_callback", (fut: Future) => {
    nfinished += 1;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception(); // Mark the exception retrieved.
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== null) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results = children.map((child) => {
        if (child.cancelled()) return new CancelledError(child._cancelMessage ?? "");
        const exc = child.exception();
        return exc !== null ? exc : child.result();
      });
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(results);
    }
  });

  for (const arg of args) {
    let fut = argToFut.get(arg);
    if (fut === undefined) {
      fut = ensureFuture(arg as Awaitable, loop) as Future;
      loop ??= fut.getLoop();
      nfuts += 1;
      argToFut.set(arg, fut);
      fut.addDoneCallback(doneCallback);
    }
    children.push(fut);
  }
  outer = new GatheringFuture(children, loop!);
  return outer;
}

/** Protects an awaitable from cancellation: cancelling the outer future leaves it running. */
export function shield<T>(awaitable: Awaitable<T>): Future<T> {
  const inner = ensureFuture(awaitable as Future<T>);
  if (inner.done()) return inner;
  const loop = inner.getLoop();
  const outer = loop.createFuture<T>();
  outer._waitingFor = `shield(${describeAwaited(inner)})`;
  const innerDone = named("shield.<locals>._inner_done_callback", (fut: Future<T>) => {
    if (outer.cancelled()) {
      if (!fut.cancelled()) fut.exception(); // Mark the exception retrieved.
      return;
    }
    if (fut.cancelled()) {
      outer.cancel();
    } else {
      const exc = fut.exception();
      if (exc !== null) outer.setException(exc);
      else outer.setResult(fut.result());
    }
  });
  const outerDone = named("shield.<locals>._outer_done_callback", () => {
    if (!inner.done()) inner.removeDoneCallback(innerDone);
  });
  inner.addDoneCallback(innerDone);
  outer.addDoneCallback(outerDone);
  return outer;
}

/** Python's `type(x).__name__` for the awaitables asyncio names in its messages. */
function typeName(value: unknown): string {
  if (iscoroutine(value)) return "coroutine";
  return (value as object).constructor.name;
}

export const FIRST_COMPLETED = "FIRST_COMPLETED";
export const FIRST_EXCEPTION = "FIRST_EXCEPTION";
export const ALL_COMPLETED = "ALL_COMPLETED";
type ReturnWhen = typeof FIRST_COMPLETED | typeof FIRST_EXCEPTION | typeof ALL_COMPLETED;

function releaseWaiter(waiter: Future): void {
  if (!waiter.done()) waiter.setResult(undefined);
}

/** Waits for awaitables; returns `[done, pending]` Sets. Never raises their exceptions. */
export function wait<T>(
  aws: Iterable<Awaitable<T>>,
  options: { timeout?: number | null; returnWhen?: ReturnWhen } = {},
): Coroutine<[Set<Future<T>>, Set<Future<T>>]> {
  const timeout = options.timeout ?? null;
  const returnWhen = options.returnWhen ?? ALL_COMPLETED;
  return coroutine("wait", function* () {
    if (isFuture(aws) || iscoroutine(aws)) {
      throw new TypeError(`expect a list of futures, not ${typeName(aws)}`);
    }
    const list = [...new Set(aws)];
    if (list.length === 0) throw new ValueError("Set of Tasks/Futures is empty.");
    if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
      throw new ValueError(`Invalid return_when value: ${String(returnWhen)}`);
    }
    if (list.some((aw) => iscoroutine(aw))) {
      throw new TypeError("Passing coroutines is forbidden, use tasks explicitly.");
    }
    const loop = getRunningLoop();
    const fs = list.map((aw) => ensureFuture(aw as Future<T>, loop));
    const waiter = loop.createFuture();
    waiter._waitingFor = `wait(${fs.map((f) => describeAwaited(f as Future)).join(", ")})`;
    const timeoutHandle = timeout !== null ? loop.callLater(timeout, releaseWaiter, waiter) : null;
    let counter = fs.length;
    const onCompletion = named("_wait.<locals>._on_completion", (f: Future<T>) => {
      counter -= 1;
      if (
        counter <= 0 ||
        returnWhen === FIRST_COMPLETED ||
        (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== null)
      ) {
        timeoutHandle?.cancel();
        if (!waiter.done()) waiter.setResult(undefined);
      }
    });
    for (const f of fs) f.addDoneCallback(onCompletion);
    try {
      yield waiter;
    } finally {
      timeoutHandle?.cancel();
      for (const f of fs) f.removeDoneCallback(onCompletion);
    }
    const done = new Set<Future<T>>();
    const pending = new Set<Future<T>>();
    for (const f of fs) (f.done() ? done : pending).add(f);
    return [done, pending] as [Set<Future<T>>, Set<Future<T>>];
  });
}

function* cancelAndWait(fut: Future, loop: AbstractEventLoop): Generator<unknown, void, unknown> {
  const waiter = loop.createFuture();
  waiter._waitingFor = `cancellation of ${describeAwaited(fut)}`;
  const cb = named("_cancel_and_wait.<locals>._release_waiter", () => releaseWaiter(waiter));
  fut.addDoneCallback(cb);
  try {
    fut.cancel();
    yield waiter;
  } finally {
    fut.removeDoneCallback(cb);
  }
}

/** Waits for one awaitable with a timeout; on timeout cancels it and raises `TimeoutError`. */
export function waitFor<T>(awaitable: Awaitable<T>, timeout: number | null): Coroutine<T> {
  return coroutine("wait_for", function* () {
    const loop = getRunningLoop();
    if (timeout === null || timeout === undefined) return (yield awaitable) as T;
    if (timeout <= 0) {
      const fut = ensureFuture(awaitable as Future<T>, loop);
      if (fut.done()) return fut.result();
      yield* cancelAndWait(fut as Future, loop);
      try {
        return fut.result();
      } catch (error) {
        if (error instanceof CancelledError) throw new TimeoutError();
        throw error;
      }
    }
    const waiter = loop.createFuture();
    const timeoutHandle = loop.callLater(timeout, named("_release_waiter", releaseWaiter), waiter);
    const cb = named("_release_waiter", () => releaseWaiter(waiter));
    const fut = ensureFuture(awaitable as Future<T>, loop);
    waiter._waitingFor = `waitFor(${describeAwaited(fut as Future)})`;
    fut.addDoneCallback(cb);
    try {
      try {
        yield waiter;
      } catch (error) {
        if (error instanceof CancelledError) {
          if (fut.done()) return fut.result();
          fut.removeDoneCallback(cb);
          yield* cancelAndWait(fut as Future, loop);
        }
        throw error;
      }
      if (fut.done()) return fut.result();
      fut.removeDoneCallback(cb);
      yield* cancelAndWait(fut as Future, loop);
      try {
        return fut.result();
      } catch (error) {
        if (error instanceof CancelledError) throw new TimeoutError();
        throw error;
      }
    } finally {
      timeoutHandle.cancel();
    }
  });
}

/**
 * Yields one coroutine per awaitable; awaiting the k-th gives the k-th result to complete
 * (or raises its exception, or `TimeoutError` once `timeout` expired).
 */
export function asCompleted<T>(
  aws: Iterable<Awaitable<T>>,
  options: { timeout?: number | null } = {},
): IterableIterator<Coroutine<T>> {
  if (isFuture(aws) || iscoroutine(aws)) {
    throw new TypeError(`expect an iterable of futures, not ${typeName(aws)}`);
  }
  const timeout = options.timeout ?? null;
  const loop = getEventLoop();
  const todo = new Set([...new Set(aws)].map((aw) => ensureFuture(aw as Future<T>, loop)));
  // A tiny FIFO with the wake-up order of asyncio.Queue's get()/put_nowait().
  const done: (Future<T> | null)[] = [];
  const getters: Future[] = [];
  const putNowait = (item: Future<T> | null) => {
    done.push(item);
    while (getters.length > 0) {
      const getter = getters.shift()!;
      if (!getter.done()) {
        getter.setResult(undefined);
        break;
      }
    }
  };
  let timeoutHandle: { cancel(): void } | null = null;
  const onTimeout = named("as_completed.<locals>._on_timeout", () => {
    for (const f of todo) {
      f.removeDoneCallback(onCompletion);
      putNowait(null); // A dummy value makes the next waiter raise TimeoutError.
    }
    todo.clear();
  });
  const onCompletion = named("as_completed.<locals>._on_completion", (f: Future<T>) => {
    if (todo.size === 0) return; // The timeout came first.
    todo.delete(f);
    putNowait(f);
    if (todo.size === 0 && timeoutHandle !== null) timeoutHandle.cancel();
  });
  const waitForOne = () =>
    coroutine("_wait_for_one", function* () {
      while (done.length === 0) {
        const getter = loop.createFuture();
        getter._waitingFor = "asCompleted()";
        getters.push(getter);
        yield getter;
      }
      const f = done.shift()!;
      if (f === null) throw new TimeoutError();
      return f.result();
    });
  for (const f of todo) f.addDoneCallback(onCompletion);
  if (todo.size > 0 && timeout !== null) timeoutHandle = loop.callLater(timeout, onTimeout);
  const count = todo.size;
  return (function* () {
    for (let i = 0; i < count; i++) yield waitForOne();
  })();
}
