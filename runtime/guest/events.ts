/**
 * Mirrors CPython `asyncio/events.py`: the loop's abstract face, `Handle` and `TimerHandle` (with the
 * timer heap the loop keeps them in), the running-loop registry and the event loop policy.
 *
 * The loop itself is base_events.ts. Everything below it (futures, tasks, threads, workers…)
 * reaches the loop through this module, as CPython's modules reach it through `events`, so none of
 * them imports the loop's module and the loop's module can import them all.
 *
 * Timers are ordered by (deadline, scheduling order). With a virtual clock deadlines tie exactly,
 * and asyncio's rule for a real clock is that a later `call_later` fires later: the sequence
 * number keeps that rule instead of leaving ties to the heap's accidental order.
 */
import { Halt, RuntimeError } from "./exceptions.ts";
import { repr } from "./format.ts";

const apply = Reflect.apply;

/**
 * What `callExceptionHandler` receives: CPython's context dict, with its keys. Which object the
 * error belongs to names the key: `handle` for a callback, `future` for a Future (or a Task whose
 * exception was never retrieved), `task` for a task at `asyncio.run()` shutdown or in a TaskGroup,
 * `asyncgen` for an async generator closed by `shutdownAsyncgens`, `transport`/`protocol` for a
 * connection.
 */
export interface ExceptionContext {
  message: string;
  exception?: unknown;
  handle?: Handle;
  future?: unknown;
  task?: unknown;
  asyncgen?: unknown;
  transport?: unknown;
  protocol?: unknown;
}

/**
 * The event loop as the modules below it see it (CPython's `AbstractEventLoop`). base_events.ts
 * widens this interface to its `EventLoop` class (declaration merging), so code typed against it
 * sees every method of the loop without importing the loop's module. The members here are the
 * ones handles use.
 */
export interface AbstractEventLoop {
  callExceptionHandler(context: ExceptionContext): void;
  timerHandleCancelled(handle: TimerHandle): void;
}

/**
 * One frozen empty argument list for every handle that has none: a cancelled handle, or a
 * handle made once for a callback that takes no arguments (a task's step).
 */
export const NO_ARGS: readonly unknown[] = Object.freeze([]);

/** Names a callback as `Handle.describe` shows it (`Task.__step`, `sleep.<locals>.wakeup`…). */
export function named<F extends (...args: never[]) => unknown>(name: string, callback: F): F {
  (callback as { __looplabName?: string }).__looplabName = name;
  return callback;
}

/**
 * A callback scheduled on the loop; `cancel()` keeps it from running. A handle is made with a
 * function and loses it only when cancelled, so a null callback is what "cancelled" means: no
 * separate flag to store in every handle.
 */
export class Handle {
  /**
   * Null once cancelled. The loop reads it to skip a cancelled handle, as CPython's `_run_once`
   * reads `handle._cancelled` rather than calling `cancelled()`.
   * @internal
   */
  _callback: ((...args: never[]) => unknown) | null;
  protected args: readonly unknown[];
  protected loop: AbstractEventLoop;

  constructor(callback: (...args: never[]) => unknown, args: readonly unknown[], loop: AbstractEventLoop) {
    this._callback = callback;
    this.args = args;
    this.loop = loop;
  }

  cancel(): void {
    if (this._callback !== null) {
      this._callback = null;
      this.args = NO_ARGS;
    }
  }

  cancelled(): boolean {
    return this._callback === null;
  }

  /** The callback's name, for diagnostics (`Task.__step`, `sleep.<locals>.callback`…). */
  describe(): string {
    const cb = this._callback as ({ __looplabName?: string } & ((...args: never[]) => unknown)) | null;
    if (!cb) return "<cancelled>";
    return `${cb.__looplabName ?? (cb.name || "<lambda>")}(${this.shownArgs()
      .map((a) => repr(a))
      .join(", ")})`;
  }

  /** The arguments the callback is called with, as `describe` shows them. */
  protected shownArgs(): readonly unknown[] {
    return this.args;
  }

  /** Runs the callback. Its exceptions never escape the loop: they go to the exception handler. */
  run(): void {
    const callback = this._callback as ((...args: unknown[]) => unknown) | null;
    if (!callback) return;
    const args = this.args;
    try {
      // Most callbacks take no argument or one (a task's step, a future's done callback): no spread.
      if (args.length === 0) callback();
      else if (args.length === 1) callback(args[0]);
      else apply(callback, undefined, args);
    } catch (error) {
      this.failed(error);
    }
  }

  /** The callback raised `error`: it goes to the loop's exception handler (a halt ends the run). */
  protected failed(error: unknown): void {
    if (error instanceof Halt) throw error;
    this.loop.callExceptionHandler({
      message: `Exception in callback ${this.describe()}`,
      exception: error,
      handle: this,
    });
  }

  toString(): string {
    return `<Handle ${this.describe()}>`;
  }
}

/**
 * A handle for a callback of one argument: a future's done callbacks, which the loop schedules by
 * the thousand, keep their future as it is, with no argument list made for it.
 */
export class OneArgHandle extends Handle {
  private arg: unknown;

  constructor(callback: (arg: never) => unknown, arg: unknown, loop: AbstractEventLoop) {
    super(callback, NO_ARGS, loop);
    this.arg = arg;
  }

  override cancel(): void {
    super.cancel();
    this.arg = undefined;
  }

  override run(): void {
    const callback = this._callback as ((arg: unknown) => unknown) | null;
    if (!callback) return;
    try {
      callback(this.arg);
    } catch (error) {
      this.failed(error);
    }
  }

  protected override shownArgs(): readonly unknown[] {
    return this._callback === null ? NO_ARGS : [this.arg];
  }
}

let timerSeq = 0;

export class TimerHandle extends Handle {
  readonly when: number;
  /** Scheduling order: breaks ties between equal deadlines. */
  readonly seq: number;
  /** True while the loop's heap holds this timer (CPython's `_scheduled`); unset until then. */
  scheduled?: boolean;

  constructor(
    when: number,
    callback: (...args: never[]) => unknown,
    args: unknown[],
    loop: AbstractEventLoop,
  ) {
    super(callback, args, loop);
    this.when = when;
    this.seq = timerSeq++;
  }

  // `Handle.cancel` written out: every sleep cancels its timer when it ends, fired or not.
  override cancel(): void {
    if (this._callback !== null) {
      this.loop.timerHandleCancelled(this);
      this._callback = null;
      this.args = NO_ARGS;
    }
  }

  override toString(): string {
    return `<TimerHandle when=${this.when} ${this.describe()}>`;
  }
}

/** The timers due at one deadline, in scheduling order; those before `head` have been taken. */
interface Deadline {
  readonly when: number;
  readonly timers: TimerHandle[];
  head: number;
}

/**
 * The pending timers by (when, seq): a binary min-heap of deadlines, each holding its timers in
 * scheduling order. With a virtual clock many timers share a deadline exactly (every task that
 * sleeps the same delay from the same moment), and a timer joining a known deadline costs one
 * map look-up and an append instead of a walk down the heap; the heap compares bare numbers.
 * Sequence numbers only ever grow, so appending keeps each deadline's timers in seq order.
 */
export class TimerHeap {
  /**
   * The earliest timer, the one `pop` takes next (undefined when empty). Every change keeps it up
   * to date, so the loop reads it as a field rather than calling for it several times a turn.
   */
  first: TimerHandle | undefined = undefined;
  private heap: Deadline[] = [];
  private readonly deadlines = new Map<number, Deadline>();
  private count = 0;

  /** How many timers are held, cancelled ones included. */
  get size(): number {
    return this.count;
  }

  push(item: TimerHandle): void {
    this.count += 1;
    const when = item.when;
    const known = this.deadlines.get(when);
    if (known !== undefined) {
      known.timers.push(item);
      return;
    }
    const deadline: Deadline = { when, timers: [item], head: 0 };
    this.deadlines.set(when, deadline);
    if (this.insert(deadline) === 0) this.first = item;
  }

  pop(): TimerHandle | undefined {
    const item = this.first;
    if (item === undefined) return undefined;
    this.count -= 1;
    const heap = this.heap;
    const top = heap[0];
    top.head += 1;
    if (top.head < top.timers.length) {
      this.first = top.timers[top.head];
      return item;
    }
    this.deadlines.delete(top.when);
    this.removeTop();
    const next = heap[0];
    this.first = next === undefined ? undefined : next.timers[next.head];
    return item;
  }

  /** Drops cancelled timers (CPython does this when more than half are cancelled). */
  compact(): void {
    const kept: Deadline[] = [];
    let count = 0;
    for (const deadline of this.heap) {
      const live: TimerHandle[] = [];
      const timers = deadline.timers;
      for (let i = deadline.head; i < timers.length; i++) {
        if (timers[i].cancelled()) timers[i].scheduled = false;
        else live.push(timers[i]);
      }
      if (live.length === 0) {
        this.deadlines.delete(deadline.when);
        continue;
      }
      const rebuilt: Deadline = { when: deadline.when, timers: live, head: 0 };
      this.deadlines.set(rebuilt.when, rebuilt);
      kept.push(rebuilt);
      count += live.length;
    }
    this.heap = [];
    this.count = count;
    for (const deadline of kept) this.insert(deadline);
    this.first = this.heap.length > 0 ? this.heap[0].timers[0] : undefined;
  }

  /** Whether any held timer is not cancelled. */
  hasLive(): boolean {
    for (const deadline of this.heap) {
      const timers = deadline.timers;
      for (let i = deadline.head; i < timers.length; i++) if (!timers[i].cancelled()) return true;
    }
    return false;
  }

  /** Every held timer, cancelled ones included. */
  all(): TimerHandle[] {
    const all: TimerHandle[] = [];
    for (const deadline of this.heap) {
      const timers = deadline.timers;
      for (let i = deadline.head; i < timers.length; i++) all.push(timers[i]);
    }
    return all;
  }

  /**
   * Adds a deadline to the heap; returns where it ended up (0: it is the earliest). Sifting moves
   * the hole, not the item: a destructuring swap builds an array and iterates it, which QuickJS
   * does for every level. Deadlines are distinct, so `when` alone orders them.
   */
  private insert(deadline: Deadline): number {
    const heap = this.heap;
    heap.push(deadline);
    return this.siftUp(deadline, heap.length - 1);
  }

  /** Moves `deadline` up from the hole at `i` to its place; returns where it ended up. */
  private siftUp(deadline: Deadline, i: number): number {
    const heap = this.heap;
    const when = deadline.when;
    let parent: number;
    let above: Deadline;
    while (i > 0) {
      parent = (i - 1) >> 1;
      above = heap[parent];
      if (!(when < above.when)) break;
      heap[i] = above;
      i = parent;
    }
    heap[i] = deadline;
    return i;
  }

  /**
   * Removes the earliest deadline as CPython's `heapq` pops: the hole at the root goes down along
   * the smaller children to a leaf (one comparison per level), then the last deadline rises from
   * there to its place.
   */
  private removeTop(): void {
    const heap = this.heap;
    const last = heap.pop();
    const length = heap.length;
    if (length === 0 || last === undefined) return;
    let i = 0;
    let child = 1;
    let smaller: Deadline;
    let right: Deadline;
    while (child < length) {
      smaller = heap[child];
      if (child + 1 < length) {
        right = heap[child + 1];
        if (right.when < smaller.when) {
          smaller = right;
          child += 1;
        }
      }
      heap[i] = smaller;
      i = child;
      child = 2 * i + 1;
    }
    this.siftUp(last, i);
  }
}

let runningLoop: AbstractEventLoop | null = null;

/** Makes `loop` the running loop (CPython's `_set_running_loop`); returns the previous one. */
export function setRunningLoop(loop: AbstractEventLoop | null): AbstractEventLoop | null {
  const previous = runningLoop;
  runningLoop = loop;
  return previous;
}

/** Runs `body` as code on another OS thread would run: with no running loop (executor workers). */
export function outsideLoop<T>(body: () => T): T {
  const previous = setRunningLoop(null);
  try {
    return body();
  } finally {
    setRunningLoop(previous);
  }
}

/** The running loop; throws `RuntimeError('no running event loop')` outside one. */
export function getRunningLoop(): AbstractEventLoop {
  if (!runningLoop) throw new RuntimeError("no running event loop");
  return runningLoop;
}

/** The running loop, or null (CPython's `_get_running_loop`). */
export function runningLoopOrNull(): AbstractEventLoop | null {
  return runningLoop;
}

/** Where `getEventLoop`, `setEventLoop` and `newEventLoop` go when no loop is running. */
export interface EventLoopPolicy {
  getEventLoop(): AbstractEventLoop;
  setEventLoop(loop: AbstractEventLoop | null): void;
  newEventLoop(): AbstractEventLoop;
  /** The current loop if there is one, without creating it. */
  currentEventLoop(): AbstractEventLoop | null;
}

/** CPython's `BaseDefaultEventLoopPolicy`: one current loop, made by `loopFactory` on first use. */
export class BaseDefaultEventLoopPolicy implements EventLoopPolicy {
  private loop: AbstractEventLoop | null = null;
  private readonly loopFactory: () => AbstractEventLoop;

  constructor(loopFactory: () => AbstractEventLoop) {
    this.loopFactory = loopFactory;
  }

  getEventLoop(): AbstractEventLoop {
    this.loop ??= this.newEventLoop();
    return this.loop;
  }

  setEventLoop(loop: AbstractEventLoop | null): void {
    this.loop = loop;
  }

  newEventLoop(): AbstractEventLoop {
    return this.loopFactory();
  }

  currentEventLoop(): AbstractEventLoop | null {
    return this.loop;
  }
}

/**
 * Installed by base_events.ts, which defines the loop class, as CPython's package installs the
 * platform's default policy: this module cannot name the loop class without importing it.
 */
let policy: EventLoopPolicy | null = null;

export function getEventLoopPolicy(): EventLoopPolicy {
  if (policy === null) throw new RuntimeError("no event loop policy is installed");
  return policy;
}

export function setEventLoopPolicy(next: EventLoopPolicy): void {
  policy = next;
}

/** The running loop, else the policy's current one, created on first use. */
export function getEventLoop(): AbstractEventLoop {
  return runningLoop ?? getEventLoopPolicy().getEventLoop();
}

export function setEventLoop(loop: AbstractEventLoop | null): void {
  getEventLoopPolicy().setEventLoop(loop);
}

export function newEventLoop(): AbstractEventLoop {
  return getEventLoopPolicy().newEventLoop();
}

/** The current loop if a script left work on it and nothing runs it (for `setTimeout`). */
export function idleCurrentLoop(): AbstractEventLoop | null {
  const loop = getEventLoopPolicy().currentEventLoop();
  return loop && !loop.isRunning() && !loop.isClosed() ? loop : null;
}
