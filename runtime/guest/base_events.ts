/**
 * Mirrors CPython `asyncio/base_events.py` (`BaseEventLoop`) on the virtual clock; the running
 * loop, the policy and handles are events.ts.
 *
 * The rule that keeps the loop understandable: only `runOnce` calls callbacks. Futures, tasks,
 * queues and locks never call each other back directly; they schedule with `callSoon`.
 * Differences from CPython: the selector is the virtual clock (when nothing is ready, time jumps to
 * the next deadline), QuickJS promise jobs are pumped after every callback like microtasks, and a
 * loop with nothing left to run while its main future is pending reports a deadlock instead of
 * waiting forever.
 */
import { advanceTo, beginStep, commitCpu, currentTimeline, loopTimeline, now } from "./clock.ts";
import { type AsyncGen, type AsyncgenHooks, setAsyncgenHooks } from "./asyncgen.ts";
import { coroutine, immediate, settleWatched } from "./coroutines.ts";
import { describeWaiting } from "./diagnostics.ts";
import { CancelledError, Halt, RuntimeError } from "./exceptions.ts";
import { str } from "./format.ts";
import { Future } from "./futures.ts";
import {
  BaseDefaultEventLoopPolicy,
  type ExceptionContext,
  Handle,
  OneArgHandle,
  TimerHandle,
  TimerHeap,
  named,
  runningLoopOrNull,
  setEventLoopPolicy,
  setRunningLoop,
} from "./events.ts";
import { type LinkOptions, type Protocol, type Transport, connect } from "./network.ts";
import { promises } from "./promises.ts";
import { record } from "./recorder.ts";
import { type Server, listen } from "./servers.ts";
import { host } from "./session.ts";
import { Task, ensureFuture, taskSteps } from "./tasks.ts";
import type { Coroutine } from "./coroutines.ts";
import type { Executor } from "./executors.ts";
import { runInExecutor, setDefaultExecutor, shutdownDefaultExecutor } from "./threads.ts";
import { gather } from "./waiting.ts";

/** CPython's `slow_callback_duration`: debug mode warns about steps longer than this. */
const SLOW_CALLBACK_DURATION = 0.1;
/** `time.get_clock_info('monotonic').resolution` on Linux. */
const CLOCK_RESOLUTION = 1e-9;
/** CPython's `_MIN_SCHEDULED_TIMER_HANDLES`: below this many timers, cancelled ones are not purged. */
const MIN_SCHEDULED_TIMER_HANDLES = 100;
/** CPython's `_MIN_CANCELLED_TIMER_HANDLES_FRACTION`: purge when more than this share is cancelled. */
const MIN_CANCELLED_TIMER_HANDLES_FRACTION = 0.5;
/** How many consumed entries the ready queue's array may hold at its front before it is sliced. */
const READY_COMPACT_AT = 1024;

type ExceptionHandler = (loop: EventLoop, context: ExceptionContext) => void;

export class EventLoop {
  /**
   * CPython's `_ready` deque, as an array and a head index: the callbacks to run, in `callSoon`
   * order. Entries before `readyHead` have been taken; `ready.length - readyHead` is the queue's
   * length. `runOnce` runs exactly the entries present when it starts its callbacks, so a callback
   * scheduled meanwhile runs in the next iteration; the consumed front is sliced off once it
   * passes `READY_COMPACT_AT` and is more than half the array.
   */
  private ready: Handle[] = [];
  private readyHead = 0;
  /** CPython's `_scheduled`: pending timers, by (deadline, scheduling order); may hold cancelled ones. */
  private scheduled = new TimerHeap();
  /** How many timers in `scheduled` are cancelled (CPython's `_timer_cancelled_count`). */
  private timerCancelledCount = 0;
  private stopping = false;
  private closed = false;
  private running = false;
  private debug = false;
  private exceptionHandler: ExceptionHandler | null = null;
  /** Async generators first iterated while this loop ran, not yet finished (CPython's `_asyncgens`). */
  private readonly asyncgens = new Set<AsyncGen>();
  private readonly asyncgenHooks: AsyncgenHooks = {
    firstiter: (agen) => this.asyncgens.add(agen),
    finished: (agen) => this.asyncgens.delete(agen),
  };
  /** The future `runUntilComplete` waits for, named in deadlock reports. */
  private mainFuture: Future | null = null;
  slowCallbackDuration = SLOW_CALLBACK_DURATION;

  /** The loop's clock: virtual seconds since the run started. */
  time(): number {
    return now();
  }

  callSoon<A extends unknown[]>(callback: (...args: A) => unknown, ...args: A): Handle {
    if (this.closed || typeof callback !== "function") this.checkScheduling(callback, "callSoon");
    const handle = new Handle(callback as (...args: never[]) => unknown, args, this);
    this.ready.push(handle);
    return handle;
  }

  /**
   * `callSoon(callback, arg)` for the runtime's own callbacks of one argument (a future's done
   * callbacks), without the argument list (`OneArgHandle`).
   * @internal
   */
  callSoonWith<A>(callback: (arg: A) => unknown, arg: A): void {
    if (this.closed || typeof callback !== "function") this.checkScheduling(callback, "callSoon");
    this.ready.push(new OneArgHandle(callback as (arg: never) => unknown, arg, this));
  }

  /**
   * Schedules a handle its owner made once and schedules again and again (a task's step), where
   * `callSoon` makes a new one each time.
   * @internal
   */
  callSoonHandle(handle: Handle): void {
    // `checkClosed()` (which throws), called only when it will: this runs once per task step.
    if (this.closed) this.checkClosed();
    this.ready.push(handle);
  }

  // `delay !== delay` is `Number.isNaN(delay)` for a number, without a call.
  callLater<A extends unknown[]>(delay: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    if (typeof delay !== "number" || delay !== delay) {
      throw new TypeError(`callLater() delay must be a number, got ${str(delay)}`);
    }
    return this.scheduleTimer(this.time() + delay, callback, args);
  }

  callAt<A extends unknown[]>(when: number, callback: (...args: A) => unknown, ...args: A): TimerHandle {
    if (typeof when !== "number" || when !== when) {
      throw new TypeError(`callAt() when must be a number, got ${str(when)}`);
    }
    return this.scheduleTimer(when, callback, args);
  }

  /** `callAt` after its deadline is checked, taking the arguments as the array they came in. */
  private scheduleTimer<A extends unknown[]>(
    when: number,
    callback: (...args: A) => unknown,
    args: A,
  ): TimerHandle {
    // As CPython's `call_later` does through `call_at`, errors name `callAt`.
    if (this.closed || typeof callback !== "function") this.checkScheduling(callback, "callAt");
    const timer = new TimerHandle(when, callback as (...args: never[]) => unknown, args, this);
    this.scheduled.push(timer);
    timer.scheduled = true;
    return timer;
  }

  createFuture<T = unknown>(): Future<T> {
    return new Future<T>(this);
  }

  createTask<T>(coro: Coroutine<T>, options: { name?: string } = {}): Task<T> {
    this.checkClosed();
    return new Task<T>(coro, this, options.name);
  }

  /**
   * Connects to `host:port` on the simulated network with a protocol made by `protocolFactory`
   * (CPython's `create_connection`); resolves to `[transport, protocol]` once connected, after
   * the protocol's `connectionMade(transport)`.
   */
  createConnection<P extends Protocol>(
    protocolFactory: () => P,
    host: string,
    port: number,
    options: LinkOptions = {},
  ): Coroutine<[Transport, P]> {
    this.checkCallback(protocolFactory, "createConnection");
    return coroutine("create_connection", () => this.connectSteps(protocolFactory, host, port, options));
  }

  private *connectSteps<P extends Protocol>(
    protocolFactory: () => P,
    host: string,
    port: number,
    options: LinkOptions,
  ): Generator<unknown, [Transport, P], unknown> {
    let protocol: P | undefined;
    const factory = () => (protocol = protocolFactory());
    const transport = (yield connect(this, host, port, factory, options)) as Transport;
    return [transport, protocol!];
  }

  /**
   * Listens on `host:port` (port 0: a free one); each client gets a new protocol from
   * `protocolFactory` and a transport (CPython's `create_server`). Resolves to the `Server`.
   */
  createServer(
    protocolFactory: () => Protocol,
    host: string | null,
    port: number | null,
    options: LinkOptions = {},
  ): Coroutine<Server> {
    this.checkCallback(protocolFactory, "createServer");
    return immediate("create_server", () => listen(this, host, port, protocolFactory, options));
  }

  /**
   * Runs `fn(...args)` on a worker of `executor` (null: the loop's default thread pool); the
   * future resolves when the worker's timeline reaches the function's end. See threads.ts.
   */
  runInExecutor<T, A extends unknown[]>(
    executor: Executor | null,
    fn: (...args: A) => T,
    ...args: A
  ): Future<T> {
    this.checkClosed();
    return runInExecutor(this, executor, fn as unknown as (...args: never[]) => T, args);
  }

  setDefaultExecutor(executor: Executor): void {
    setDefaultExecutor(this, executor);
  }

  /**
   * Closes every async generator left suspended (their `finally` blocks run), each `aclose()` in a
   * task of its own, as `asyncio.run()` does before closing the loop. An error while closing goes
   * to the exception handler.
   */
  shutdownAsyncgens(): Coroutine<void> {
    const asyncgens = this.asyncgens;
    return coroutine("shutdown_asyncgens", () => this.closeAsyncgens(asyncgens));
  }

  private *closeAsyncgens(asyncgens: Set<AsyncGen>): Generator<unknown, void, unknown> {
    if (asyncgens.size === 0) return;
    const closing = [...asyncgens];
    asyncgens.clear();
    const results = (yield gather(...closing.map((agen) => agen.return()), {
      returnExceptions: true,
    })) as unknown[];
    results.forEach((result, i) => {
      // CPython reports `Exception`s: a CancelledError is a BaseException.
      if (result instanceof Error && !(result instanceof CancelledError)) {
        this.callExceptionHandler({
          message: `an error occurred during closing of asynchronous generator ${str(closing[i])}`,
          exception: result,
          asyncgen: closing[i],
        });
      }
    });
  }

  /** Waits until every job of the default executor is done, and refuses new ones. */
  shutdownDefaultExecutor(): Coroutine<void> {
    return shutdownDefaultExecutor(this);
  }

  /** Runs until `future` is done; returns its result or throws its exception. */
  runUntilComplete<T>(awaitable: Future<T> | Coroutine<T>): T {
    this.checkClosed();
    this.checkRunning();
    const future = ensureFuture(awaitable, this);
    const done = named("_run_until_complete_cb", (fut: Future<T>) => {
      void fut;
      this.stop();
    });
    future.addDoneCallback(done);
    const previousMain = this.mainFuture;
    this.mainFuture = future as Future;
    try {
      this.runForever();
    } finally {
      future.removeDoneCallback(done);
      this.mainFuture = previousMain;
    }
    if (!future.done()) throw new RuntimeError("Event loop stopped before Future completed.");
    return future.result();
  }

  runForever(): void {
    this.checkClosed();
    this.checkRunning();
    this.running = true;
    const previous = setRunningLoop(this);
    const previousHooks = setAsyncgenHooks(this.asyncgenHooks);
    try {
      for (;;) {
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      this.stopping = false;
      this.running = false;
      setRunningLoop(previous);
      setAsyncgenHooks(previousHooks);
    }
  }

  /**
   * Runs until nothing is ready and no timer is pending: what a JavaScript host does with the
   * `setTimeout` callbacks a script leaves behind when it ends.
   */
  runUntilIdle(): void {
    this.checkClosed();
    this.checkRunning();
    this.running = true;
    const previous = setRunningLoop(this);
    const previousHooks = setAsyncgenHooks(this.asyncgenHooks);
    try {
      while (this.readyCount() > 0 || this.hasLiveTimers()) this.runOnce();
    } finally {
      this.running = false;
      setRunningLoop(previous);
      setAsyncgenHooks(previousHooks);
    }
  }

  private hasLiveTimers(): boolean {
    return this.scheduled.hasLive();
  }

  /** Stops the loop after the current iteration. */
  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw new RuntimeError("Cannot close a running event loop");
    if (this.closed) return;
    this.closed = true;
    this.ready = [];
    this.readyHead = 0;
    for (const timer of this.scheduled.all()) timer.cancel();
    this.scheduled = new TimerHeap();
  }

  isRunning(): boolean {
    return this.running;
  }

  isClosed(): boolean {
    return this.closed;
  }

  setDebug(enabled: boolean): void {
    this.debug = Boolean(enabled);
  }

  getDebug(): boolean {
    return this.debug;
  }

  setExceptionHandler(handler: ExceptionHandler | null): void {
    this.exceptionHandler = handler;
  }

  getExceptionHandler(): ExceptionHandler | null {
    return this.exceptionHandler;
  }

  /** Reports an error that no task could receive (CPython logs it; here it becomes a warning). */
  callExceptionHandler(context: ExceptionContext): void {
    if (this.exceptionHandler) {
      try {
        this.exceptionHandler(this, context);
        return;
      } catch (error) {
        if (error instanceof Halt) throw error;
        context = { message: "Unhandled error in exception handler", exception: error };
      }
    }
    defaultExceptionHandler(context);
  }

  timerHandleCancelled(handle: TimerHandle): void {
    if (handle.scheduled) this.timerCancelledCount += 1;
  }

  /**
   * One iteration, as CPython's `_run_once`: drop cancelled timers at the head, wait for the next
   * deadline (a jump of the virtual clock), move due timers to the ready queue, then run exactly
   * the callbacks that were ready when the iteration started.
   */
  private runOnce(): void {
    const scheduled = this.scheduled;
    if (
      scheduled.size > MIN_SCHEDULED_TIMER_HANDLES &&
      this.timerCancelledCount / scheduled.size > MIN_CANCELLED_TIMER_HANDLES_FRACTION
    ) {
      scheduled.compact();
      this.timerCancelledCount = 0;
    } else {
      let head = scheduled.first;
      while (head !== undefined && head.cancelled()) {
        this.timerCancelledCount -= 1;
        scheduled.pop();
        head.scheduled = false;
        head = scheduled.first;
      }
    }

    if (this.readyCount() === 0 && !this.stopping) {
      const next = scheduled.first;
      if (next) {
        advanceTo(next.when);
      } else {
        this.pumpJobs();
        if (this.readyCount() === 0 && !this.stopping) this.deadlock();
      }
    }

    const endTime = loopTimeline.now + CLOCK_RESOLUTION;
    let timer = scheduled.first;
    while (timer !== undefined && timer.when < endTime) {
      scheduled.pop();
      timer.scheduled = false;
      this.ready.push(timer);
      timer = scheduled.first;
    }

    // Exactly the handles ready now; callbacks append to the same array (only `close`, refused
    // while running, and the slicing below replace it) and never read `readyHead`, which is
    // brought up to date once, however the loop ends. Running a handle is written out here,
    // as this runs once per callback: CPU accounting around the callback, then QuickJS's
    // promise jobs (`pumpJobs()`), so Promise callbacks behave like microtasks.
    const ready = this.ready;
    const end = ready.length;
    let head = this.readyHead;
    let handle: Handle;
    let t0: number;
    try {
      while (head < end) {
        handle = ready[head];
        head += 1;
        if (handle._callback === null) continue;
        t0 = loopTimeline.now;
        taskSteps.last = null;
        beginStep();
        handle.run();
        if (promises.used) host.runJobs();
        commitCpu();
        settleWatched();
        if (this.debug) this.checkSlowCallback(handle, loopTimeline.now - t0);
      }
    } finally {
      this.readyHead = head;
    }
    if (this.readyHead > READY_COMPACT_AT && this.readyHead * 2 > this.ready.length) {
      this.ready = this.ready.slice(this.readyHead);
      this.readyHead = 0;
    }
  }

  /** Debug mode: warns about a callback that took `dt` seconds or more of CPU. */
  private checkSlowCallback(handle: Handle, dt: number): void {
    if (dt < this.slowCallbackDuration) return;
    const task = taskSteps.last as Task | null;
    const subject = task ? task.describe() : handle.toString();
    record("warning", {
      category: "SlowCallback",
      text: `Executing ${subject} took ${dt.toFixed(3)} seconds`,
      task: task ? task.getName() : null,
      line: task?.suspendedLine,
    });
  }

  /** Runs QuickJS promise jobs: Promise callbacks behave like microtasks after each callback. */
  private pumpJobs(): void {
    if (promises.used) host.runJobs();
  }

  private readyCount(): number {
    return this.ready.length - this.readyHead;
  }

  private deadlock(): never {
    const waiting = describeWaiting(this);
    const main = this.mainFuture;
    const subject = main instanceof Task ? `the main task ${main.getName()}` : "the event loop";
    const message = main
      ? `Deadlock: nothing can run any more, but ${subject} is not done.`
      : "Deadlock: the event loop has nothing left to run and was never stopped.";
    throw new Halt("deadlock", message, waiting, undefined, {
      stuck: main ? "main" : "forever",
      ...(main instanceof Task ? { main: main.getName() } : {}),
    });
  }

  private checkClosed(): void {
    if (this.closed) throw new RuntimeError("Event loop is closed");
  }

  private checkRunning(): void {
    if (this.running) throw new RuntimeError("This event loop is already running");
    if (currentTimeline() !== loopTimeline) {
      throw new RuntimeError(
        "an event loop cannot run in an executor worker in the sandbox (run it on the main thread)",
      );
    }
    if (runningLoopOrNull() !== null) {
      throw new RuntimeError("Cannot run the event loop while another loop is running");
    }
  }

  private checkCallback(callback: unknown, method: string): void {
    // A future is never a function (isFuture wants an object), so `typeof` alone decides.
    if (typeof callback !== "function") {
      throw new TypeError(`a callable object was expected by ${method}(), got ${str(callback)}`);
    }
  }

  /**
   * `checkClosed` then `checkCallback`, for the hot paths: they call it only when their inline test
   * of the same two conditions fails, so one of the two throws.
   */
  private checkScheduling(callback: unknown, method: string): void {
    this.checkClosed();
    this.checkCallback(callback, method);
  }

  toString(): string {
    return `<EventLoop running=${this.running} closed=${this.closed} debug=${this.debug}>`;
  }
}

function defaultExceptionHandler(context: ExceptionContext): void {
  const exception = context.exception;
  const text = exception === undefined ? context.message : `${context.message}\n${str(exception)}`;
  record("warning", { category: "ExceptionHandler", text });
}

/** The loop of `asyncio.run()`, `newEventLoop()` and `getEventLoop()`: this module's. */
setEventLoopPolicy(new BaseDefaultEventLoopPolicy(() => new EventLoop()));

declare module "./events.ts" {
  /** Code typed against `AbstractEventLoop` sees the whole loop. */
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- the merge is the point
  interface AbstractEventLoop extends EventLoop {}
}
