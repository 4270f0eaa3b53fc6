/**
 * The guest entry point: the prelude the host evaluates in every fresh QuickJS context before the
 * learner's program. It installs the learner's globals and TypeScript's downlevel helpers, freezes
 * the realm (harden.ts), and hands the host its control object (`configure`, `exec`, `finish`,
 * `flush`, `loopLine`: see `GuestControl` in protocol.ts) through the bridge, so the control
 * object is never a global the learner could call or replace.
 */
import * as tslib from "tslib";
import type { TraceError } from "../trace.ts";
import { __asyncGenerator, __asyncValues } from "./asyncgen.ts";
import type { CompiledProgramFunction, GuestControl, SessionConfig } from "../protocol.ts";
import {
  clearInterval,
  clearTimeout,
  console,
  hasScriptTimers,
  print,
  seedRandom,
  setInterval,
  setTimeout,
  virtualizeDate,
  virtualizeRandom,
} from "./builtins.ts";
import { beginStep, commitCpu, loopTimeline } from "./clock.ts";
import { __awaiter } from "./coroutines.ts";
import { idleCurrentLoop } from "./events.ts";
import { reportLeftovers } from "./diagnostics.ts";
import { Halt, StopIteration } from "./exceptions.ts";
import { repr } from "./format.ts";
import { require } from "./modules.ts";
import { trackPromises } from "./promises.ts";
import { type LearnerFrame, learnerFrames } from "./positions.ts";
import { flushEvents } from "./recorder.ts";
import { finishWorkers } from "./workers.ts";
import { ExceptionGroup } from "./exceptiongroups.ts";
import { networkErrors } from "./network.ts";
import { lockdown } from "./harden.ts";
import { configure, cpu, host } from "./session.ts";
import { TextDecoder, TextEncoder } from "./textcodec.ts";
import { awaitSleep } from "./waiting.ts";

cpu.awaitSleep = awaitSleep;

const g = globalThis as Record<string, unknown>;
for (const [name, helper] of Object.entries(tslib)) {
  if (name.startsWith("__")) g[name] = helper;
}
Object.assign(g, {
  __awaiter,
  __asyncGenerator,
  __asyncValues,
  print,
  console,
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  StopIteration,
  TextEncoder,
  TextDecoder,
  ...networkErrors,
});

let failure: TraceError | null = null;

/** Converts whatever ended the program into the trace's error document. */
export function toTraceError(error: unknown): TraceError {
  if (error instanceof Halt) return error.toTraceError();
  if (error instanceof Error) {
    const frames = learnerFrames(error.stack);
    const awaits = (error as { __looplabAwaits?: AwaitFrame[] }).__looplabAwaits;
    // Where it happened: the innermost learner frame, unless the error came from the runtime
    // (a TimeoutError from waitFor…) while the learner's coroutines were suspended: then the
    // `await` that received it.
    const at: { line: number; column?: number } | undefined =
      frames[0] && !(frames[0].outer && awaits?.length) ? frames[0] : awaits?.[0];
    const message = error.message;
    const kind =
      error.name === "InternalError" && /stack overflow/.test(message)
        ? "stack"
        : /out of memory/.test(message)
          ? "memory"
          : "exception";
    const task = (error as { __looplabTask?: string }).__looplabTask;
    return {
      kind,
      name: kind === "stack" ? "RecursionError" : kind === "memory" ? "MemoryError" : error.name,
      message:
        kind === "stack"
          ? "maximum recursion depth exceeded (the call stack overflowed)"
          : kind === "memory"
            ? "the program used more memory than the sandbox allows"
            : message,
      ...(at ? { line: at.line, ...(at.column ? { column: at.column } : {}) } : {}),
      ...(task ? { task } : {}),
      ...(frames.length || error instanceof ExceptionGroup
        ? {
            traceback: [...traceback(frames, awaits), ...subExceptions(error)],
          }
        : {}),
    };
  }
  return {
    kind: "exception",
    name: "Error",
    message: `a non-Error value was thrown: ${repr(error)}`,
    ...(cpu.throwLine ? { line: cpu.throwLine } : {}),
  };
}

/** An ExceptionGroup's errors, each with its own traceback, as Python's `+-+---- 1 ----` blocks. */
function subExceptions(error: Error): string[] {
  if (!(error instanceof ExceptionGroup)) return [];
  const lines: string[] = [];
  error.exceptions.forEach((sub, i) => {
    const inner = toTraceError(sub);
    lines.push(`${i === 0 ? "+-+" : "  +"}---------------- ${i + 1} ----------------`);
    for (const line of [
      ...(inner.traceback ?? []),
      inner.message ? `${inner.name}: ${inner.message}` : inner.name,
    ]) {
      lines.push(`  | ${line}`);
    }
  });
  lines.push("  +------------------------------------");
  return lines;
}

type AwaitFrame = { fn: string; line: number };

/**
 * Frames outermost first, as Python prints them: the code that called `asyncio.run`, then the
 * chain of coroutines awaiting each other, then the frames that were on the stack when the error
 * was raised; runs of one repeated frame are folded.
 */
function traceback(frames: LearnerFrame[], awaits: AwaitFrame[] = []): string[] {
  const outer = frames.filter((f) => f.outer).reverse();
  const inner = frames.filter((f) => !f.outer).reverse();
  const ordered: { fn: string; line: number; column?: number }[] = [
    ...outer,
    ...[...awaits].reverse(),
    ...inner,
  ];
  const lines: string[] = [];
  for (let i = 0; i < ordered.length;) {
    const f = ordered[i];
    let j = i + 1;
    while (j < ordered.length && ordered[j].fn === f.fn && ordered[j].line === f.line) j++;
    lines.push(`at ${f.fn} (line ${f.line}${f.column ? `:${f.column}` : ""})`);
    const repeats = j - i - 1;
    if (repeats > 2) lines.push(`[previous line repeated ${repeats} more times]`);
    else for (let k = 0; k < repeats; k++) lines.push(lines[lines.length - 1]);
    i = j;
  }
  return lines;
}

const control: GuestControl = {
  configure(json: string): void {
    const settings = JSON.parse(json) as SessionConfig;
    configure(settings);
    seedRandom(settings.seed);
  },
  /** Runs the compiled program, then the timers its `setTimeout` calls left on the current loop. */
  exec(program: CompiledProgramFunction): void {
    beginStep();
    try {
      const module = { exports: {} as Record<string, unknown> };
      program(require, module.exports, module, cpu);
      host.runJobs();
      const idle = idleCurrentLoop();
      if (idle && hasScriptTimers(idle)) idle.runUntilIdle();
      host.runJobs();
      finishWorkers();
      reportLeftovers();
    } catch (error) {
      failure = toTraceError(error);
      // As Python does at exit, executor threads finish their jobs: what they print still counts.
      if (!(error instanceof Halt)) {
        try {
          finishWorkers();
        } catch (late) {
          if (late instanceof Halt) failure = toTraceError(late);
        }
      }
    }
    commitCpu();
    flushEvents();
  },
  finish(): string {
    flushEvents();
    return JSON.stringify({ elapsed: loopTimeline.now, error: failure });
  },
  flush(): void {
    flushEvents();
  },
  loopLine(): number {
    return cpu.loopLine;
  },
  statementLine(): number {
    return cpu.statementLine;
  },
};

/** False only in the benchmark's unhardened build (runtime/build/prelude.ts). */
declare const __HARDEN__: boolean;

virtualizeRandom();
virtualizeDate();
trackPromises();
// The module namespaces are frozen with everything they reach; `looplab` is made per run (its world).
if (__HARDEN__) lockdown(["asyncio", "time", "concurrent.futures", "services"].map((name) => require(name)));
host.register(Object.freeze(control));
