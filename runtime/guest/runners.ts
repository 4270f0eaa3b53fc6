/**
 * Mirrors CPython 3.11 `asyncio/runners.py`: `Runner` owns a loop for a sequence of `run()` calls
 * and, when closed, cancels every leftover task (letting its handlers run), closes the async
 * generators left suspended, waits for the default executor and closes the loop. `asyncio.run()`
 * is one `Runner` running one coroutine, as `Task-1` when it is the program's first.
 *
 * Python's `with asyncio.Runner() as runner:` block is `Runner.run((runner) => { … })`: the body
 * runs with a new runner, which is closed when the body ends, however it ends.
 */
import { iscoroutine, type Coroutine } from "./coroutines.ts";
import { reportLeftovers } from "./diagnostics.ts";
import { type AbstractEventLoop, newEventLoop, runningLoopOrNull, setEventLoop } from "./events.ts";
import { Halt, RuntimeError, ValueError } from "./exceptions.ts";
import { repr } from "./format.ts";
import { withoutLifecycle } from "./recorder.ts";
import { allTasks } from "./tasks.ts";
import { gather } from "./waiting.ts";

export interface RunnerOptions {
  /** Sets the loop's debug mode; left as it is when omitted. */
  debug?: boolean;
  /** Makes the runner's loop (then it is not made the current loop). */
  loopFactory?: () => AbstractEventLoop;
}

type State = "created" | "initialized" | "closed";

export class Runner {
  private state: State = "created";
  private readonly debug: boolean | undefined;
  private readonly loopFactory: (() => AbstractEventLoop) | undefined;
  private loop: AbstractEventLoop | null = null;
  private setCurrentLoop = false;
  /** A deadlock or a limit ended the run: the loop is left as it was, for the report. */
  private halted = false;

  constructor(options: RunnerOptions = {}) {
    this.debug = options.debug;
    this.loopFactory = options.loopFactory;
  }

  /**
   * Python's `with asyncio.Runner(...) as runner:` block: runs `body` with a new runner and
   * closes the runner afterwards; returns what the body returns. The block is synchronous, as
   * Python's `with` is: call `runner.run(coro)` inside it.
   */
  static run<T>(body: (runner: Runner) => T, options: RunnerOptions = {}): T {
    if (typeof body !== "function") {
      const hint = iscoroutine(body) ? " (to run a coroutine: new asyncio.Runner().run(coro))" : "";
      throw new TypeError(`Runner.run() expects a function as its body, got ${repr(body)}${hint}`);
    }
    const runner = new Runner(options);
    runner.lazyInit();
    try {
      const result = body(runner);
      if (iscoroutine(result)) {
        result.close();
        throw new TypeError(
          "the body of Runner.run() is a with block, not an async one: make it a plain function " +
            "that calls runner.run(coroutine)",
        );
      }
      return result;
    } catch (error) {
      if (error instanceof Halt) runner.halted = true;
      throw error;
    } finally {
      runner.close();
    }
  }

  /** Runs `coro` as a task on the runner's loop until it completes; returns its result. */
  run<T>(coro: Coroutine<T>): T {
    if (!iscoroutine(coro)) throw new ValueError(`a coroutine was expected, got ${repr(coro)}`);
    if (runningLoopOrNull() !== null) {
      throw new RuntimeError("Runner.run() cannot be called from a running event loop");
    }
    const loop = this.lazyInit();
    try {
      return loop.runUntilComplete(loop.createTask(coro));
    } catch (error) {
      if (error instanceof Halt) this.halted = true;
      throw error;
    }
  }

  /** The runner's loop, made on first use. */
  getLoop(): AbstractEventLoop {
    return this.lazyInit();
  }

  /**
   * Cancels the loop's leftover tasks and waits for their handlers, closes suspended async
   * generators, shuts the default executor down and closes the loop. Closing twice does nothing.
   */
  close(): void {
    if (this.state !== "initialized" || this.halted) return;
    const loop = this.loop!;
    try {
      cancelAllTasks(loop);
      // Each runs as a task, so each takes a `Task-N` name; they are the runner's own, so the
      // trace leaves them out.
      withoutLifecycle(() => loop.runUntilComplete(loop.shutdownAsyncgens()));
      withoutLifecycle(() => loop.runUntilComplete(loop.shutdownDefaultExecutor()));
    } finally {
      if (this.setCurrentLoop) setEventLoop(null);
      loop.close();
      this.loop = null;
      this.state = "closed";
      reportLeftovers();
    }
  }

  private lazyInit(): AbstractEventLoop {
    if (this.state === "closed") throw new RuntimeError("Runner is closed");
    if (this.state === "initialized") return this.loop!;
    if (this.loopFactory === undefined) {
      this.loop = newEventLoop();
      if (!this.setCurrentLoop) {
        setEventLoop(this.loop);
        this.setCurrentLoop = true;
      }
    } else {
      this.loop = this.loopFactory();
    }
    if (this.debug !== undefined) this.loop.setDebug(this.debug);
    this.state = "initialized";
    return this.loop;
  }

  toString(): string {
    return `<Runner ${this.state}>`;
  }
}

/** Runs `main` on a new event loop until it completes; returns its result. */
export function run<T>(main: Coroutine<T>, options: { debug?: boolean } = {}): T {
  if (runningLoopOrNull()) {
    throw new RuntimeError("asyncio.run() cannot be called from a running event loop");
  }
  return Runner.run((runner) => runner.run(main), { debug: options.debug });
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
