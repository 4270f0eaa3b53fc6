/**
 * The sandbox host: runs one learner program in a fresh QuickJS context and returns its trace.
 * Works in Node and in a browser Web Worker alike (no Node-only API here).
 *
 * Limits: a wall-clock budget (interrupt handler), a memory limit, an explicit max stack size (the
 * default lets deep recursion overflow the host's own stack), an output cap and a virtual-time cap
 * (enforced by the guest). A context that was interrupted is discarded; a failure of the wasm
 * module itself discards the module too. Learner failures come back as values, never as throws.
 */
import type { QuickJSContext, QuickJSRuntime, QuickJSWASMModule } from "quickjs-emscripten-core";
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import variant from "@jitl/quickjs-wasmfile-release-sync";
import { type CompileResult, type CompiledProgram, compile } from "../compile/compile.ts";
import { type Trace, type TraceError, type TraceEvent, TRACE_VERSION } from "../trace.ts";
import { LEARNER_FILE } from "../compile/compile.ts";
import { firstLearnerPosition } from "./positions.ts";

export interface RunOptions {
  /** Shown in messages; the TypeScript file name. */
  filename?: string;
  /** Wall-clock budget for the whole run, in milliseconds (default 5000). */
  wallTimeoutMs?: number;
  /** QuickJS heap limit (default 64 MiB). */
  memoryLimitBytes?: number;
  /** QuickJS stack limit (default 256 KiB: about 1,300 nested calls, like Python's 1,000). */
  maxStackBytes?: number;
  /** Output cap for everything printed (default 1 MiB). */
  outputLimitBytes?: number;
  /** Virtual-time cap in seconds (default 3600). */
  virtualTimeLimit?: number;
  /** Exercise variant parameters, visible to the program as `import { world } from "looplab"`. */
  world?: Record<string, unknown>;
  /** Seed for `Math.random()` (default 1). */
  seed?: number;
}

export const DEFAULTS = {
  wallTimeoutMs: 5000,
  memoryLimitBytes: 64 * 1024 * 1024,
  maxStackBytes: 256 * 1024,
  outputLimitBytes: 1024 * 1024,
  virtualTimeLimit: 3600,
} as const;

/** The fixed Unix time of virtual t = 0: Sun Aug 18 02:14:34 2019 UTC (the date of the Hello/Goodbye examples). */
export const EPOCH = 1566094474;

/** The cost model of CPU work, calibrated on CPython 3.11 (about 28 ns per simple loop iteration). */
export const CPU_COSTS = {
  loopIterationCost: 28e-9,
  functionCallCost: 60e-9,
  cpuResolution: 1e-3,
} as const;

const PRELUDE_FILE = "looplab-runtime.js";
const COMPILE_CACHE_SIZE = 32;

/** One run's QuickJS runtime and context, and what the host functions collect from it. */
interface Session {
  module: QuickJSWASMModule;
  runtime: QuickJSRuntime;
  context: QuickJSContext;
  events: TraceEvent[];
  haltError: TraceError | null;
  /** Wall-clock deadline (ms since the epoch); Infinity while the context is only prepared. */
  deadline: number;
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

export class Sandbox {
  private module: QuickJSWASMModule;
  private readonly prelude: string;
  /** A context prepared ahead of the next run (see `prewarm`). */
  private spare: Session | null = null;
  /** Recently compiled programs, least recently used first. */
  private readonly compiled = new Map<string, CompileResult>();

  private constructor(module: QuickJSWASMModule, prelude: string) {
    this.module = module;
    this.prelude = prelude;
  }

  /** Loads the QuickJS wasm module once; each `run` then gets a fresh runtime and context. */
  static async create(prelude: string): Promise<Sandbox> {
    return new Sandbox(await newQuickJSWASMModuleFromVariant(variant), prelude);
  }

  /** Compiles and runs `source`; never throws for anything the program does. */
  run(source: string, options: RunOptions = {}): Trace {
    const compiled = this.compileCached(source, options.filename ?? "main.ts");
    if (!compiled.ok)
      return { version: TRACE_VERSION, ok: false, elapsed: 0, events: [], error: compiled.error };
    try {
      return this.execute(compiled, options);
    } catch (error) {
      if (!(error instanceof ModuleFailure)) throw error;
      // The wasm module itself failed (its own stack overflowed): replace it for the next run.
      void this.reload();
      return {
        version: TRACE_VERSION,
        ok: false,
        elapsed: 0,
        events: [],
        error: {
          kind: "stack",
          name: "RecursionError",
          message: "the program nested too deeply for the sandbox (the call stack overflowed)",
        },
      };
    }
  }

  /** Graders run one submission once per variant: compile it once. */
  private compileCached(source: string, filename: string): CompileResult {
    const key = `${filename}\0${source}`;
    let compiled = this.compiled.get(key);
    if (compiled) {
      this.compiled.delete(key);
    } else {
      compiled = compile(source, filename);
      if (this.compiled.size >= COMPILE_CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, compiled);
    return compiled;
  }

  private async reload(): Promise<void> {
    const fresh = await newQuickJSWASMModuleFromVariant(variant);
    // A spare context belongs to the old module: drop it with the module.
    if (this.spare) disposeQuietly(this.spare.context, this.spare.runtime);
    this.spare = null;
    this.module = fresh;
  }

  /**
   * Makes a fresh runtime and context with the prelude evaluated, ready for one run. The site calls
   * `prewarm()` after a run so that the next Run skips this (most of a short run's cost).
   */
  private prepare(): Session {
    const module = this.module;
    const runtime: QuickJSRuntime = module.newRuntime();
    const context: QuickJSContext = runtime.newContext();
    const session: Session = {
      module,
      runtime,
      context,
      events: [],
      haltError: null,
      deadline: Infinity,
      interrupted: false,
      heapAtStart: 0,
      memoryLimit: Infinity,
    };
    runtime.setInterruptHandler(() => {
      if (session.haltError !== null || Date.now() > session.deadline) {
        session.interrupted = true;
        return true;
      }
      return false;
    });
    const hostObject = context.newObject();
    const define = (name: string, fn: (...args: never[]) => unknown) => {
      const handle = context.newFunction(name, fn as never);
      context.setProp(hostObject, name, handle);
      handle.dispose();
    };
    define("runJobs", () => {
      const result = runtime.executePendingJobs();
      if (result.error) {
        // Only an interrupt makes a job fail here; the interrupt handler fires again right after.
        result.error.dispose();
        return context.newNumber(0);
      }
      return context.newNumber(result.value);
    });
    define("flush", (json: never) => {
      const batch = JSON.parse(context.getString(json)) as TraceEvent[];
      for (const event of batch) session.events.push(event);
    });
    define("halt", (json: never) => {
      session.haltError = JSON.parse(context.getString(json)) as TraceError;
    });
    define("poll", () => {
      // QuickJS's own limit undercounts large blocks in this build, so watch the wasm heap grow.
      const grown = module.getWasmMemory().buffer.byteLength - session.heapAtStart;
      if (grown <= session.memoryLimit) return context.newString("");
      return context.newString(JSON.stringify({ message: memoryMessage(session.memoryLimit) }));
    });
    context.setProp(context.global, "__host", hostObject);
    hostObject.dispose();
    try {
      this.evaluate(context, this.prelude, PRELUDE_FILE);
    } catch (error) {
      disposeQuietly(context, runtime);
      throw error;
    }
    return session;
  }

  /** Prepares the next run's context now (e.g. while the page is idle after a run). */
  prewarm(): void {
    this.spare ??= this.prepare();
  }

  private execute(compiled: CompiledProgram, options: RunOptions): Trace {
    const { code, lineOffset, mappings, scopes } = compiled;
    const limits = { ...DEFAULTS, ...stripUndefined(options) };
    const session = this.spare ?? this.prepare();
    this.spare = null;
    const { runtime, context } = session;
    runtime.setMemoryLimit(limits.memoryLimitBytes);
    runtime.setMaxStackSize(limits.maxStackBytes);
    session.deadline = Date.now() + limits.wallTimeoutMs;
    session.heapAtStart = session.module.getWasmMemory().buffer.byteLength;
    session.memoryLimit = limits.memoryLimitBytes;
    const events = session.events;

    let error: TraceError | null;
    let elapsed = 0;
    try {
      const settings = {
        lineOffset,
        mappings,
        scopes,
        outputLimitBytes: limits.outputLimitBytes,
        virtualTimeLimit: limits.virtualTimeLimit,
        ...CPU_COSTS,
        epoch: EPOCH,
        world: options.world ?? {},
        maxLifecycleEvents: 200_000,
        seed: options.seed ?? 1,
      };
      this.call(context, "configure", JSON.stringify(settings));
      const result = context.evalCode(code, LEARNER_FILE);
      if (result.error) {
        const dumped = context.dump(result.error) as { name?: string; message?: string; stack?: string };
        result.error.dispose();
        runtime.setInterruptHandler(() => false);
        const loopLine = session.interrupted ? this.readLoopLine(context) : 0;
        error =
          session.haltError ??
          this.interruptError(dumped, limits.wallTimeoutMs, compiled, session.interrupted, loopLine);
        try {
          this.call(context, "flush");
        } catch {
          // The context may be too broken to hand over its last events; the trace keeps the rest.
        }
      } else {
        result.value.dispose();
        const outcome = JSON.parse(this.call(context, "finish")) as {
          elapsed: number;
          error: TraceError | null;
        };
        elapsed = outcome.elapsed;
        error = outcome.error;
      }
    } catch (failure) {
      if (failure instanceof RangeError || failure instanceof WebAssembly.RuntimeError) {
        throw new ModuleFailure(failure.message);
      }
      throw failure;
    } finally {
      disposeQuietly(context, runtime);
      // A memory bomb leaves the wasm heap grown for good: start over with a fresh module.
      if (session.module.getWasmMemory().buffer.byteLength - session.heapAtStart > limits.memoryLimitBytes) {
        void this.reload();
      }
    }
    if (events.length > 0) elapsed = Math.max(elapsed, events[events.length - 1].t);
    return { version: TRACE_VERSION, ok: error === null, elapsed, events, error };
  }

  /** The line of the loop that started last (instrumentation keeps it in `__looplab.cpu`). */
  private readLoopLine(context: QuickJSContext): number {
    try {
      const looplab = context.getProp(context.global, "__looplab");
      const cpu = context.getProp(looplab, "cpu");
      const line = context.getProp(cpu, "loopLine");
      const value = context.getNumber(line);
      line.dispose();
      cpu.dispose();
      looplab.dispose();
      return value;
    } catch {
      return 0;
    }
  }

  private interruptError(
    dumped: { name?: string; message?: string; stack?: string },
    wallTimeoutMs: number,
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
        message: `Your code ran for more than ${wallTimeoutMs / 1000} s of real time and was stopped${
          position ? ` (it was running the ${loopLine ? "loop" : "code"} at line ${position.line})` : ""
        }. Look for a loop that never ends or never awaits.`,
        ...position,
      };
    }
    const message = dumped.message ?? String(dumped);
    if (/out of memory/i.test(message)) {
      return {
        kind: "memory",
        name: "MemoryError",
        message: memoryMessage(DEFAULTS.memoryLimitBytes),
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

  private call(context: QuickJSContext, method: string, argument?: string): string {
    const looplab = context.getProp(context.global, "__looplab");
    const fn = context.getProp(looplab, method);
    const args = argument === undefined ? [] : [context.newString(argument)];
    const result = context.callFunction(fn, looplab, ...args);
    for (const arg of args) arg.dispose();
    fn.dispose();
    looplab.dispose();
    if (result.error) {
      const dumped: unknown = context.dump(result.error);
      result.error.dispose();
      throw new Error(`__looplab.${method} failed: ${JSON.stringify(dumped)}`);
    }
    const value: unknown = context.dump(result.value);
    result.value.dispose();
    return typeof value === "string" ? value : "";
  }
}

function disposeQuietly(context: QuickJSContext, runtime: QuickJSRuntime): void {
  try {
    context.dispose();
    runtime.dispose();
  } catch {
    // An interrupted or out-of-memory context may leak handles; the runtime is discarded anyway.
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
