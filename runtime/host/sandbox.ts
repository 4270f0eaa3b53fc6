/**
 * The sandbox host: compiles a learner program and runs it in a pristine QuickJS context
 * (`ProgramRunner`), returning its trace. Works in Node and in a browser Web Worker alike.
 */
import type { QuickJSSyncVariant } from "quickjs-emscripten-core";
import { CompileCache } from "../compile/compile-cache.ts";
import type { DiagnosticLocale } from "../compile/diagnostic-locale.ts";
import { DEFAULT_LIMITS } from "../protocol.ts";
import type { Trace } from "../trace.ts";
import { ProgramRunner, type RunOptions as RunnerOptions, failedTrace } from "./program-runner.ts";

export type { DiagnosticLocale } from "../compile/diagnostic-locale.ts";

/** A run's options: the runner's, and the language of TypeScript's messages. */
export interface RunOptions extends RunnerOptions {
  /** TypeScript's messages for compile errors in this language (English without it). */
  diagnosticLocale?: DiagnosticLocale;
}

export class Sandbox {
  private readonly runner: ProgramRunner;
  /** Graders run one submission once per variant: compile it once. */
  private readonly compiled = new CompileCache();

  /** A sandbox that runs its programs with `runner` (which others may use too). */
  constructor(runner: ProgramRunner) {
    this.runner = runner;
  }

  /**
   * Loads the QuickJS wasm module once; each `run` then gets a pristine context. `variant` is the
   * QuickJS build (Looplab's own by default; benchmarks compare it with others).
   */
  static async create(prelude: string, variant?: QuickJSSyncVariant): Promise<Sandbox> {
    return new Sandbox(await ProgramRunner.create(prelude, variant));
  }

  /** Compiles and runs `source`; never throws for anything the program does. */
  run(source: string, options: RunOptions = {}): Trace {
    // Compiling counts against the wall-clock budget too.
    const startedAt = Date.now();
    const compiled = this.compiled.compile(
      source,
      options.filename ?? "main.ts",
      options.maxSourceLength ?? DEFAULT_LIMITS.maxSourceLength,
      options.diagnosticLocale,
    );
    if (!compiled.ok) return failedTrace(compiled.error);
    return this.runner.run(compiled, options, startedAt);
  }

  /** Makes the next run's context ready now (e.g. while the page is idle after a run). */
  prewarm(): void {
    this.runner.prewarm();
  }
}
