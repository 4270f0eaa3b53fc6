/**
 * The sandbox host: compiles a learner program and runs it in a pristine QuickJS context
 * (`ProgramRunner`), returning its trace. Works in Node and in a browser Web Worker alike.
 */
import type { QuickJSSyncVariant } from "quickjs-emscripten-core";
import { type CompileResult, compile } from "../compile/compile.ts";
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

const COMPILE_CACHE_SIZE = 32;

/** The shapes of a learner's program, for `warmCompiler`. */
const WARM_UP_PROGRAM = `import * as asyncio from "asyncio";
class Counter {
  count = 0;
  tick(): number {
    return ++this.count;
  }
}
async function worker(name: string, delay: number): Promise<string> {
  const counter = new Counter();
  for (let i = 0; i < 3; i++) {
    try {
      await asyncio.sleep(delay);
    } finally {
      counter.tick();
    }
  }
  return \`\${name} \${counter.count}\`;
}
async function main(): Promise<void> {
  const results = await asyncio.gather(...[1, 2].map((n) => worker(\`w\${n}\`, n)));
  print(results);
}
asyncio.run(main());
`;

export class Sandbox {
  private readonly runner: ProgramRunner;
  /** Recently compiled programs, least recently used first. */
  private readonly compiled = new Map<string, CompileResult>();

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
    const compiled = this.compileCached(
      source,
      options.filename ?? "main.ts",
      options.maxSourceLength ?? DEFAULT_LIMITS.maxSourceLength,
      options.diagnosticLocale,
    );
    if (!compiled.ok) return failedTrace(compiled.error);
    return this.runner.run(compiled, options, startedAt);
  }

  /**
   * Compiles a small program and discards it: TypeScript's first compile runs its code cold,
   * several times slower than the next, and a page can pay that while the learner is still typing.
   */
  warmCompiler(): void {
    compile(WARM_UP_PROGRAM, "warm-up.ts");
  }

  /** Makes the next run's context ready now (e.g. while the page is idle after a run). */
  prewarm(): void {
    this.runner.prewarm();
  }

  /** Graders run one submission once per variant: compile it once. */
  private compileCached(
    source: string,
    filename: string,
    maxSourceLength: number,
    locale: DiagnosticLocale | undefined,
  ): CompileResult {
    const key = `${locale?.locale ?? ""}\0${filename}\0${maxSourceLength}\0${source}`;
    let compiled = this.compiled.get(key);
    if (compiled) {
      this.compiled.delete(key);
    } else {
      compiled = compile(source, filename, maxSourceLength, locale);
      if (this.compiled.size >= COMPILE_CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, compiled);
    return compiled;
  }
}
