/**
 * The sandbox worker: runs the same pipeline as the CLI — compile, QuickJS sandbox, trace, grader —
 * off the page's main thread. The wasm and the guest runtime are loaded here and only here, on the
 * first request (or the page's idle `warmup`). Compiling is the compiler worker's (a port to it is
 * this worker's first message): an example or starter the learner has not edited runs its
 * build-time compilation (`virtual:looplab-precompiled`) and needs no compiler at all.
 *
 * One request at a time: a run is synchronous, and the page terminates this worker to stop it.
 */
import precompiled from "virtual:looplab-precompiled";
import prelude from "virtual:looplab-prelude";
import type { CompiledProgram } from "../../runtime/compile/compile.ts";
import { DEFAULT_LIMITS } from "../../runtime/protocol.ts";
import { findPrecompiled } from "../../runtime/host/precompiled.ts";
import { ProgramRunner, type RunOptions, failedTrace } from "../../runtime/host/program-runner.ts";
import type { LoadedExercise } from "../grader/exercise.ts";
import { gradeSubmission } from "../grader/grade.ts";
import { featuredVariant, type GradeResult } from "../grader/results.ts";
import type { Trace } from "../../runtime/trace.ts";
import type { Lang } from "../i18n/lang.ts";
import { uiMessages } from "../i18n/ui/index.ts";
import type { CompileRequest, CompileResponse } from "./compiler-protocol.ts";
import { loadExercise } from "./exercise-modules.ts";
import type { WorkerRequest, WorkerResponse } from "./protocol.ts";

/** `Omit` applied to each member of a union. */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The wall-clock budget of one run when the exercise sets none: the sandbox's default. */
const DEFAULT_WALL_MS = DEFAULT_LIMITS.wallTimeoutMs;
const COURSE_VERSION = import.meta.env.PUBLIC_COURSE_VERSION;

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

let runner: Promise<ProgramRunner> | null = null;

/** The wasm module with its prepared context. */
function loadRunner(): Promise<ProgramRunner> {
  if (!runner) {
    // The prelude is the guest runtime bundled at build time by the same function the CLI uses
    // (`runtime/build/prelude.ts`, through `runtime/build/vite-plugin.ts`).
    runner = ProgramRunner.create(prelude).then(
      (loaded) => {
        // Have the compiler load now, on its thread, while this one prepares the first run's
        // context: an edited program's first Run then need not wait for it. (Not sooner: the
        // wasm's download and compile come first.)
        void compilerLoaded().catch(() => undefined);
        setTimeout(() => loaded.prewarm(), 0);
        return loaded;
      },
      (error: unknown) => {
        // Let the next request try again (a flaky network, say) instead of failing for ever.
        runner = null;
        throw error;
      },
    );
  }
  return runner;
}

/** The compiler worker's port, and the requests asked of it, by id. */
let compilerPort: MessagePort | null = null;
const asked = new Map<number, (response: CompileResponse) => void>();
let nextAskId = 1;

function connectCompiler(port: MessagePort): void {
  compilerPort = port;
  // A worker the page started early loads the sandbox before it gets its port: the compiler
  // then loads now, as it would have once the wasm was in.
  if (runner) void runner.then(() => compilerLoaded()).catch(() => undefined);
  port.addEventListener("message", (event: MessageEvent<CompileResponse>) => {
    const answer = asked.get(event.data.id);
    asked.delete(event.data.id);
    answer?.(event.data);
  });
  port.start();
}

/** The compiler worker failed: what was asked of it fails with `error` (the page connects a new one). */
function loseCompiler(error: { name: string; message: string }): void {
  compilerPort?.close();
  compilerPort = null;
  for (const answer of asked.values()) answer({ id: 0, failure: error });
  asked.clear();
}

/** Sends `request` to the compiler worker; rejects if the compiler could not be loaded. */
function ask(request: DistributiveOmit<CompileRequest, "id">): Promise<CompileResponse> {
  const port = compilerPort;
  if (!port) return Promise.reject(new Error("The sandbox worker has no compiler."));
  const id = nextAskId++;
  return new Promise((resolve, reject) => {
    asked.set(id, (response) => {
      if ("failure" in response) reject(Object.assign(new Error(response.failure.message), response.failure));
      else resolve(response);
    });
    port.postMessage({ ...request, id } as CompileRequest);
  });
}

/** Resolves once the compiler worker has loaded the compiler (and its messages in `lang`, if given). */
async function compilerLoaded(lang?: Lang): Promise<void> {
  await ask({ type: "load", lang });
}

/** A program ready to run: `execute` runs it; `compileMs` is how long compiling it took. */
interface Prepared {
  compileMs: number;
  execute: () => Trace;
}

/**
 * Compiles `source` for a run with `options`; `execute` then runs it as `Sandbox.run` would:
 * never throwing for anything the program does, the compile counted against the wall-clock budget.
 */
async function prepare(source: string, options: RunOptions, lang: Lang): Promise<Prepared> {
  const [response, loaded] = await Promise.all([
    ask({
      type: "compile",
      source,
      filename: options.filename ?? "main.ts",
      maxSourceLength: options.maxSourceLength ?? DEFAULT_LIMITS.maxSourceLength,
      lang,
    }),
    loadRunner(),
  ]);
  if (!("result" in response)) throw new Error("The compiler worker answered a compile with no result.");
  const { result, compileMs } = response;
  return {
    compileMs,
    execute: () =>
      result.ok ? loaded.run(result, options, Date.now() - compileMs) : failedTrace(result.error),
  };
}

/** A build-time compilation, ready to run as `prepare` makes a program ready. */
async function ready(program: CompiledProgram, options: RunOptions): Promise<Prepared> {
  const loaded = await loadRunner();
  return { compileMs: 0, execute: () => loaded.run(program, options) };
}

/** The build-time compilation of exactly this program, if the site has one (else null). */
async function precompiledProgram(filename: string, source: string) {
  try {
    return await findPrecompiled(precompiled, filename, source);
  } catch {
    // Its chunk failed to load: compiling here gives the same program.
    return null;
  }
}

async function handle(
  request: Exclude<WorkerRequest, { type: "compiler" | "compiler-lost" }>,
): Promise<WorkerResponse | null> {
  if (request.type === "warmup") {
    await loadRunner();
    return null;
  }
  if (request.type === "run") {
    const { filename, source } = request;
    // The runner loads meanwhile; whichever step awaits it reports its failure.
    loadRunner().catch(() => undefined);
    const program = await precompiledProgram(filename, source);
    const options = { ...request.settings, filename };
    const { compileMs, execute } = program
      ? await ready(program, options)
      : await prepare(source, options, request.lang);
    const budgetMs = request.settings.wallTimeoutMs ?? DEFAULT_WALL_MS;
    scope.postMessage({ type: "started", id: request.id, budgetMs });
    const started = performance.now();
    const trace = execute();
    const runMs = Math.round(compileMs + performance.now() - started);
    return { type: "ran", id: request.id, traceJson: JSON.stringify(trace), runMs };
  }
  const [exercise] = await Promise.all([
    loadExercise(request.slug, request.lang, { hints: request.hints ?? true }),
    compilerLoaded(request.lang),
  ]);
  if (!exercise) {
    return {
      type: "failed",
      id: request.id,
      error: {
        name: "UnknownExercise",
        message: uiMessages(request.lang).worker.unknownExercise(request.slug),
      },
    };
  }
  const runs = request.type === "grade" ? Math.max(exercise.definition.variants?.length ?? 1, 1) : 1;
  // The grader's own backstop per run (an exercise can only raise it), so the page never gives up
  // on a grading that the sandbox would still let finish.
  const budgetMs = Math.max(DEFAULT_WALL_MS, exercise.definition.budgets?.wallTimeoutMs ?? 0) * runs;
  scope.postMessage({ type: "started", id: request.id, budgetMs });
  const started = performance.now();
  const traces: Trace[] = [];
  const submission = request.type === "grade" ? request.source : JSON.stringify(request.prediction);
  // The file name `course grade` uses when it re-grades a submission bundle, so the traces (and
  // their hash) are the ones the CLI reproduces (a prediction's program has its own file name).
  const { result } = await gradeSubmission(exercise, submission, {
    filename: `${request.slug}.ts`,
    lang: request.lang,
    runner: async (source, options) => {
      const trace = (await prepare(source, options, request.lang)).execute();
      traces.push(trace);
      return trace;
    },
  });
  return {
    type: "graded",
    id: request.id,
    grade: { result, trace: featuredTrace(exercise, result, traces), courseVersion: COURSE_VERSION },
    runMs: Math.round(performance.now() - started),
  };
}

scope.addEventListener("message", (event) => {
  const request = event.data;
  if (request.type === "compiler") {
    connectCompiler(request.port);
    return;
  }
  if (request.type === "compiler-lost") {
    loseCompiler(request.error);
    return;
  }
  handle(request).then(
    (response) => {
      if (response) scope.postMessage(response);
      // Prepare the next run's context while the reader looks at this one's output.
      void loadRunner().then((loaded) => setTimeout(() => loaded.prewarm(), 0));
    },
    (error: unknown) => {
      const id = "id" in request ? request.id : 0;
      const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
      scope.postMessage({ type: "failed", id, error: { name, message } });
    },
  );
});

/** The run the learner sees: the one of the variant the first failed check failed in. */
function featuredTrace(exercise: LoadedExercise, result: GradeResult, traces: Trace[]): Trace | null {
  const name = featuredVariant(result);
  const index =
    name === undefined ? 0 : (exercise.definition.variants ?? []).findIndex((v) => v.name === name);
  return traces[Math.max(index, 0)] ?? traces[0] ?? null;
}
