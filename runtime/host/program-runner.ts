/**
 * Runs compiled learner programs, each in a pristine QuickJS context, and returns their traces.
 * Works in Node and in a browser Web Worker alike (no Node-only API here), and needs no compiler:
 * the site's worker runs a precompiled example with it before TypeScript has loaded.
 *
 * A context is prepared once per wasm module (prelude evaluated, realm hardened) and the module's
 * memory is then snapshotted; every run starts from that snapshot restored, byte for byte, so no
 * run sees anything an earlier one did, and none pays for creating and hardening a realm.
 *
 * The host owns every limit and the trace: the CPU budget is counted by the guest's
 * instrumentation but the verdict is delivered through the host (an interrupt the learner cannot
 * catch); the wall-clock budget (a generous backstop), the memory limit (the wasm heap, watched at
 * every host call, poll and interrupt check), the stack limit, the output and event caps (counted
 * by `TraceIntake`) are enforced here. The bridge the guest talks to is validated call by call.
 * A context that was interrupted is restored like any other; a failure of the wasm module itself
 * discards the module. Learner failures come back as values, never as throws.
 */
import type {
  QuickJSContext,
  QuickJSHandle,
  QuickJSRuntime,
  QuickJSSyncVariant,
  QuickJSWASMModule,
} from "quickjs-emscripten-core";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import type { CompiledProgram } from "../compile/compile.ts";
import {
  BRIDGE_GLOBAL,
  CPU_COSTS,
  DEFAULT_LIMITS,
  EPOCH,
  LEARNER_FILE,
  type Limits,
  PRELUDE_FILE,
  type SessionConfig,
} from "../protocol.ts";
import { type Trace, type TraceError, type TraceErrorKind, TRACE_VERSION } from "../trace.ts";
import { MemorySnapshot } from "./memory-snapshot.ts";
import { firstLearnerPosition } from "./positions.ts";
import { QUICKJS_VARIANT } from "./quickjs-variant.ts";
import { TraceIntake } from "./trace-intake.ts";

export interface RunOptions extends Partial<Limits> {
  /** Shown in messages; the TypeScript file name. */
  filename?: string;
  /** Exercise variant parameters, visible to the program as `import { world } from "looplab"`. */
  world?: Record<string, unknown>;
  /** Seed for `Math.random()` (default 1). */
  seed?: number;
}

const ERROR_KINDS: ReadonlySet<string> = new Set<TraceErrorKind>([
  "compile",
  "exception",
  "timeout",
  "virtual-timeout",
  "memory",
  "stack",
  "deadlock",
  "output-limit",
  "internal",
]);

/**
 * A module's prepared QuickJS runtime and context, its memory snapshot, and what the host
 * functions collect from the current run (reset by `startRun`).
 */
interface Session {
  module: QuickJSWASMModule;
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  /** The guest's control object, handed over by the prelude. */
  control: QuickJSHandle | null;
  /** The module's memory right after preparing; null until then. */
  snapshot: MemorySnapshot | null;
  /** The memory still equals the snapshot: no run has touched it since it was taken or restored. */
  pristine: boolean;
  intake: TraceIntake;
  /** The error the run ends with, once the host or the guest decided it must end. */
  haltError: TraceError | null;
  /** The host decided `haltError` (it then stands; the guest may only refine its own). */
  hostDecided: boolean;
  /** Once set, every interrupt check stops the guest (but the one `haltGrace` lets pass). */
  stopping: boolean;
  /**
   * The guest halted the run itself: the next interrupt check lets it go on, so that it can still
   * refine its error on the way out (a worker's virtual time-out, explained) wherever that check
   * falls; a learner's `catch` that swallows the halt is stopped at the check after.
   */
  haltGrace: boolean;
  /** Cleared once the run is over, so that the host can still ask the guest where it was. */
  interruptible: boolean;
  /** Wall-clock deadline (ms since the epoch); Infinity while the context is only prepared. */
  deadline: number;
  /** The wall-clock backstop fired. */
  interrupted: boolean;
  /** The wasm heap's size when the run started, and how much it may grow. */
  heapAtStart: number;
  memoryLimit: number;
}

function memoryMessage(limit: number): string {
  return `the program used more than ${Math.round(limit / (1024 * 1024))} MB of memory and was stopped`;
}

/** Whether the module got into a state where it must be replaced. */
class ModuleFailure extends Error {}

export class ProgramRunner {
  private module: QuickJSWASMModule;
  /**
   * A second module loaded ahead, so that replacing a module a memory bomb has bloated is
   * synchronous: the very next run starts on a small heap (the heap is what the memory limit watches).
   */
  private spareModule: QuickJSWASMModule | null = null;
  private readonly prelude: string;
  /** The QuickJS build the modules are loaded from. */
  private readonly variant: QuickJSSyncVariant;
  /** The current module's prepared context; null until the first run (or `prewarm`). */
  private session: Session | null = null;

  private constructor(module: QuickJSWASMModule, prelude: string, variant: QuickJSSyncVariant) {
    this.module = module;
    this.prelude = prelude;
    this.variant = variant;
  }

  /**
   * Loads the QuickJS wasm module; each `run` then gets a pristine context. The spare module
   * loads afterwards, so that a first run need not wait for it. `variant` is the QuickJS build
   * (Looplab's own by default; benchmarks compare it with others).
   */
  static async create(
    prelude: string,
    variant: QuickJSSyncVariant = QUICKJS_VARIANT,
  ): Promise<ProgramRunner> {
    const runner = new ProgramRunner(await newQuickJSWASMModuleFromVariant(variant), prelude, variant);
    newQuickJSWASMModuleFromVariant(variant).then(
      (spare) => {
        runner.spareModule ??= spare;
      },
      // Without a spare, replacing a module loads one then (`reload`).
      () => undefined,
    );
    return runner;
  }

  /**
   * Runs a compiled program; never throws for anything the program does. `startedAt` (ms since
   * the epoch) is when the wall-clock budget began: compiling counts against it too.
   */
  run(compiled: CompiledProgram, options: RunOptions = {}, startedAt = Date.now()): Trace {
    try {
      return this.execute(compiled, options, startedAt);
    } catch (error) {
      if (!(error instanceof ModuleFailure)) throw error;
      // The wasm module itself failed (its own stack overflowed): replace it for the next run.
      void this.reload();
      return failedTrace({
        kind: "stack",
        name: "RecursionError",
        message: "the program nested too deeply for the sandbox (the call stack overflowed)",
      });
    }
  }

  /** Replaces the module (now, with the spare, when it is loaded), then loads the next spare. */
  private async reload(): Promise<void> {
    // The prepared context belongs to the old module: it goes with the module.
    this.session = null;
    const ready = this.spareModule;
    this.spareModule = null;
    if (ready) this.module = ready;
    const fresh = await newQuickJSWASMModuleFromVariant(this.variant);
    if (ready) this.spareModule = fresh;
    else this.module = fresh;
  }

  /**
   * Makes a runtime and context with the prelude evaluated (and the realm hardened), and takes
   * the module's memory snapshot that every run then starts from.
   */
  private prepare(): Session {
    const module = this.module;
    const runtime: QuickJSRuntime = module.newRuntime();
    const context: QuickJSContext = runtime.newContext();
    const session: Session = {
      module,
      runtime,
      context,
      control: null,
      snapshot: null,
      pristine: true,
      intake: new TraceIntake({ outputLimitBytes: 0, maxEvents: 0 }),
      haltError: null,
      hostDecided: false,
      stopping: false,
      haltGrace: false,
      interruptible: true,
      deadline: Infinity,
      interrupted: false,
      heapAtStart: 0,
      memoryLimit: Infinity,
    };
    // The first error the host decides stands, and so does the CPU budget's verdict; otherwise the
    // guest may refine its own error (a worker's virtual time-out, explained).
    const stop = (error: TraceError, fromGuest = false): void => {
      const refinable = fromGuest && !session.hostDecided && session.haltError?.kind !== "timeout";
      if (session.haltError === null || refinable) session.haltError = error;
      if (!fromGuest) session.hostDecided = true;
      session.stopping = true;
    };
    const overMemory = (): boolean => {
      if (module.getWasmMemory().buffer.byteLength - session.heapAtStart <= session.memoryLimit) return false;
      stop({
        kind: "memory",
        name: "MemoryError",
        message: memoryMessage(session.memoryLimit),
        limit: session.memoryLimit,
      });
      return true;
    };
    runtime.setInterruptHandler(() => {
      if (!session.interruptible) return false;
      if (session.stopping) {
        if (!session.haltGrace) return true;
        session.haltGrace = false;
        return false;
      }
      if (overMemory()) return true;
      if (Date.now() > session.deadline) {
        session.interrupted = true;
        session.stopping = true;
        return true;
      }
      return false;
    });
    const bridge = context.newObject();
    const define = (name: string, fn: (...args: QuickJSHandle[]) => QuickJSHandle | undefined) => {
      const handle = context.newFunction(name, fn);
      context.setProp(bridge, name, handle);
      handle.dispose();
    };
    define("runJobs", () => {
      if (session.stopping || overMemory()) return context.newNumber(0);
      const result = runtime.executePendingJobs();
      if (result.error) {
        // A job fails here only when it was interrupted: the run is over, whatever the loop does next.
        result.error.dispose();
        session.stopping = true;
        return context.newNumber(0);
      }
      return context.newNumber(result.value);
    });
    define("flush", (json) => {
      overMemory();
      const text = context.typeof(json) === "string" ? context.getString(json) : "";
      const verdict = session.intake.receive(text);
      if (!verdict.ok) stop(verdict.error);
      return undefined;
    });
    define("halt", (json) => {
      const error = parseTraceError(context.typeof(json) === "string" ? context.getString(json) : "");
      // Take the events recorded before the halt, then nothing more.
      if (session.haltError === null && !session.stopping) this.tryCall(session, "flush");
      session.haltGrace = !session.stopping;
      stop(error, true);
      session.intake.close();
      return undefined;
    });
    define("poll", () =>
      context.newString(overMemory() ? JSON.stringify({ message: memoryMessage(session.memoryLimit) }) : ""),
    );
    define("register", (control) => {
      session.control ??= control.dup();
      return undefined;
    });
    context.setProp(context.global, BRIDGE_GLOBAL, bridge);
    bridge.dispose();
    try {
      this.evaluate(context, this.prelude, PRELUDE_FILE);
      if (!session.control) throw new Error("the runtime prelude did not hand over its control object");
    } catch (error) {
      disposeSession(session);
      throw error;
    }
    // Every handle the host keeps across runs exists by now, so the snapshot holds what they point to.
    session.snapshot = MemorySnapshot.take(module.getWasmMemory());
    return session;
  }

  /** The current module's context, pristine: prepared now if there is none, else restored. */
  private pristineSession(): Session {
    const session = (this.session ??= this.prepare());
    if (!session.pristine) {
      session.snapshot!.restore(session.module.getWasmMemory());
      session.pristine = true;
    }
    return session;
  }

  /** Makes the next run's context ready now (e.g. while the page is idle after a run). */
  prewarm(): void {
    this.pristineSession();
  }

  /** Resets what the host collects during a run, and applies the run's limits. */
  private startRun(session: Session, limits: Limits, startedAt: number): void {
    session.pristine = false;
    session.runtime.setMemoryLimit(limits.memoryLimitBytes);
    session.runtime.setMaxStackSize(limits.maxStackBytes);
    session.intake = new TraceIntake(limits);
    session.haltError = null;
    session.hostDecided = false;
    session.stopping = false;
    session.haltGrace = false;
    session.interruptible = true;
    session.deadline = startedAt + limits.wallTimeoutMs;
    session.interrupted = false;
    session.heapAtStart = session.module.getWasmMemory().buffer.byteLength;
    session.memoryLimit = limits.memoryLimitBytes;
  }

  private execute(compiled: CompiledProgram, options: RunOptions, startedAt: number): Trace {
    const { code, lineOffset, mappings, scopes } = compiled;
    const limits: Limits = { ...DEFAULT_LIMITS, ...stripUndefined(options) };
    const session = this.pristineSession();
    this.startRun(session, limits, startedAt);
    const { context } = session;

    let error: TraceError | null;
    let elapsed = 0;
    try {
      const settings: SessionConfig = {
        lineOffset,
        mappings,
        scopes,
        outputLimitBytes: limits.outputLimitBytes,
        virtualTimeLimit: limits.virtualTimeLimit,
        cpuTimeLimit: limits.cpuTimeLimit,
        ...CPU_COSTS,
        epoch: EPOCH,
        world: options.world ?? {},
        maxEvents: limits.maxEvents,
        seed: options.seed ?? 1,
        filename: options.filename ?? "main.ts",
      };
      this.call(session, "configure", JSON.stringify(settings));
      const program = context.evalCode(code, LEARNER_FILE);
      const result = program.error ? program : this.callWith(session, "exec", program.value);
      if (!program.error) program.value.dispose();
      if (result.error) {
        const dumped = context.dump(result.error) as { name?: string; message?: string; stack?: string };
        result.error.dispose();
        session.interruptible = false;
        const loopLine = session.interrupted ? this.loopLine(session) : 0;
        error = session.haltError
          ? this.withLine(session, session.haltError)
          : this.interruptError(dumped, limits, compiled, session.interrupted, loopLine);
        // The context may be too broken to hand over its last events; the trace keeps the rest.
        if (!session.intake.isClosed) this.tryCall(session, "flush");
      } else {
        result.value.dispose();
        // The program is over (exec caught what it threw): an interrupt check that falls in the
        // runtime's own finish, after a halt, has nothing left to stop.
        session.interruptible = false;
        const outcome = parseOutcome(this.call(session, "finish"));
        elapsed = outcome.elapsed;
        error = session.haltError ? this.withLine(session, session.haltError) : outcome.error;
      }
    } catch (failure) {
      if (failure instanceof RangeError || failure instanceof WebAssembly.RuntimeError) {
        throw new ModuleFailure(failure.message);
      }
      throw failure;
    } finally {
      session.intake.close();
      // A memory bomb leaves the wasm heap grown for good: start over with a fresh module.
      if (session.module.getWasmMemory().buffer.byteLength - session.heapAtStart > limits.memoryLimitBytes) {
        void this.reload();
      }
    }
    const events = session.intake.events;
    if (events.length > 0) elapsed = Math.max(elapsed, events[events.length - 1].t);
    return { version: TRACE_VERSION, ok: error === null, elapsed, events, error };
  }

  /** The line of the loop that started last, to say where an endless loop was. */
  private loopLine(session: Session): number {
    return this.lineFrom(session, "loopLine");
  }

  private lineFrom(session: Session, method: "loopLine" | "statementLine"): number {
    const value = Number(this.tryCall(session, method));
    return Number.isSafeInteger(value) && value > 0 ? value : 0;
  }

  /** A limit the host enforced says where the program was: the allocating statement, for memory. */
  private withLine(session: Session, error: TraceError): TraceError {
    if (error.line !== undefined || error.kind !== "memory") return error;
    const line = this.lineFrom(session, "statementLine") || this.lineFrom(session, "loopLine");
    return line ? { ...error, line } : error;
  }

  private interruptError(
    dumped: { name?: string; message?: string; stack?: string },
    limits: Limits,
    compiled: CompiledProgram,
    interrupted: boolean,
    loopLine: number,
  ): TraceError {
    const stackPosition = firstLearnerPosition(dumped.stack, compiled.mappings, compiled.lineOffset);
    const position = interrupted && loopLine ? { line: loopLine } : stackPosition;
    if (interrupted) {
      return {
        kind: "timeout",
        name: "TimeoutError",
        message: `Your code ran for more than ${limits.wallTimeoutMs / 1000} s of real time and was stopped${
          position ? ` (it was running the ${loopLine ? "loop" : "code"} at line ${position.line})` : ""
        }. Look for a loop that never ends or never awaits.`,
        limit: limits.wallTimeoutMs / 1000,
        clock: "wall",
        ...position,
        ...(position ? { running: loopLine ? "loop" : "code" } : {}),
      };
    }
    const message = dumped.message ?? String(dumped);
    if (/out of memory/i.test(message)) {
      return {
        kind: "memory",
        name: "MemoryError",
        message: memoryMessage(limits.memoryLimitBytes),
        limit: limits.memoryLimitBytes,
        ...position,
      };
    }
    if (/stack overflow/i.test(message)) {
      return {
        kind: "stack",
        name: "RecursionError",
        message: "maximum recursion depth exceeded (the call stack overflowed)",
        ...position,
      };
    }
    return { kind: "exception", name: dumped.name ?? "Error", message, ...position };
  }

  private evaluate(context: QuickJSContext, code: string, file: string): void {
    const result = context.evalCode(code, file);
    if (result.error) {
      const dumped: unknown = context.dump(result.error);
      result.error.dispose();
      throw new Error(`the runtime prelude failed to load: ${JSON.stringify(dumped)}`);
    }
    result.value.dispose();
  }

  /** Calls a method of the guest's control object with a handle argument; the caller disposes the result. */
  private callWith(session: Session, method: string, argument: QuickJSHandle) {
    const { context } = session;
    const fn = context.getProp(session.control!, method);
    try {
      return context.callFunction(fn, session.control!, argument);
    } finally {
      fn.dispose();
    }
  }

  /** Calls a method of the guest's control object; returns its string result ("" otherwise). */
  private call(session: Session, method: string, argument?: string): string {
    const { context } = session;
    const fn = context.getProp(session.control!, method);
    const args = argument === undefined ? [] : [context.newString(argument)];
    const result = context.callFunction(fn, session.control!, ...args);
    for (const arg of args) arg.dispose();
    fn.dispose();
    if (result.error) {
      const dumped: unknown = context.dump(result.error);
      result.error.dispose();
      throw new Error(`the runtime's ${method} failed: ${JSON.stringify(dumped)}`);
    }
    const value: unknown = context.dump(result.value);
    result.value.dispose();
    return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  }

  /** `call`, for when the context may be broken (after an interrupt): failures are ignored. */
  private tryCall(session: Session, method: string): string {
    try {
      return this.call(session, method);
    } catch {
      return "";
    }
  }
}

/** The trace of a program that could not run at all. */
export function failedTrace(error: TraceError): Trace {
  return { version: TRACE_VERSION, ok: false, elapsed: 0, events: [], error };
}

const INTERNAL_OUTCOME: TraceError = {
  kind: "internal",
  name: "InternalError",
  message: "The sandbox's runtime reported a malformed outcome; the run was stopped.",
};

/** Reads a trace error the guest sent; anything malformed becomes an `internal` error. */
function parseTraceError(json: string): TraceError {
  try {
    const value: unknown = JSON.parse(json);
    return isTraceError(value) ? value : INTERNAL_OUTCOME;
  } catch {
    return INTERNAL_OUTCOME;
  }
}

function isTraceError(value: unknown): value is TraceError {
  if (typeof value !== "object" || value === null) return false;
  const error = value as Record<string, unknown>;
  return (
    typeof error.kind === "string" &&
    ERROR_KINDS.has(error.kind) &&
    typeof error.name === "string" &&
    typeof error.message === "string" &&
    (error.line === undefined || Number.isSafeInteger(error.line)) &&
    (error.column === undefined || Number.isSafeInteger(error.column)) &&
    (error.limit === undefined || (typeof error.limit === "number" && Number.isFinite(error.limit))) &&
    (error.clock === undefined || error.clock === "cpu" || error.clock === "wall")
  );
}

/** Reads the guest's `finish` outcome: a finite elapsed time and a trace error or null. */
function parseOutcome(json: string): { elapsed: number; error: TraceError | null } {
  try {
    const value = JSON.parse(json) as { elapsed?: unknown; error?: unknown };
    const elapsed =
      typeof value.elapsed === "number" && Number.isFinite(value.elapsed) && value.elapsed >= 0
        ? value.elapsed
        : NaN;
    if (Number.isNaN(elapsed)) return { elapsed: 0, error: INTERNAL_OUTCOME };
    if (value.error === null) return { elapsed, error: null };
    return { elapsed, error: isTraceError(value.error) ? value.error : INTERNAL_OUTCOME };
  } catch {
    return { elapsed: 0, error: INTERNAL_OUTCOME };
  }
}

function disposeSession(session: Session): void {
  try {
    session.control?.dispose();
    session.context.dispose();
    session.runtime.dispose();
  } catch {
    // An interrupted or out-of-memory context may leak handles; the runtime is discarded anyway.
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
