/**
 * The sandbox worker: runs the same pipeline as the CLI — compile, QuickJS sandbox, trace, grader —
 * off the page's main thread. The wasm and the guest runtime are loaded here and only here, on the
 * first request (or the page's idle `warmup`). The TypeScript compiler loads separately, when a
 * program needs compiling: an example or starter the learner has not edited runs its build-time
 * compilation (`virtual:looplab-precompiled`), so the first Run does not wait for the compiler.
 * The compiler is a chunk this worker shares with the editor's language worker, so a page
 * downloads it once.
 *
 * One request at a time: a run is synchronous, and the page terminates this worker to stop it.
 */
import precompiled from "virtual:looplab-precompiled";
import prelude from "virtual:looplab-prelude";
import { DEFAULT_LIMITS } from "../../runtime/protocol.ts";
import { findPrecompiled } from "../../runtime/host/precompiled.ts";
import { ProgramRunner } from "../../runtime/host/program-runner.ts";
import type { Sandbox } from "../../runtime/host/sandbox.ts";
import type { LoadedExercise } from "../grader/exercise.ts";
import { gradeSubmission } from "../grader/grade.ts";
import { featuredVariant, type GradeResult } from "../grader/results.ts";
import type { Trace } from "../../runtime/trace.ts";
import { uiMessages } from "../i18n/ui/index.ts";
import { loadExercise } from "./exercise-modules.ts";
import { typescriptLocale } from "./typescript-locale.ts";
import type { WorkerRequest, WorkerResponse } from "./protocol.ts";

/** The wall-clock budget of one run when the exercise sets none: the sandbox's default. */
const DEFAULT_WALL_MS = DEFAULT_LIMITS.wallTimeoutMs;
/** How long after the sandbox is ready the compiler starts loading, unless a request needs it sooner. */
const COMPILER_DELAY_MS = 2000;
const COURSE_VERSION = import.meta.env.PUBLIC_COURSE_VERSION;

const scope = self as unknown as {
  postMessage(message: WorkerResponse): void;
  addEventListener(type: "message", listener: (event: MessageEvent<WorkerRequest>) => void): void;
};

let runner: Promise<ProgramRunner> | null = null;
let sandbox: Promise<Sandbox> | null = null;

/** The wasm module with its prepared context (no compiler). */
function loadRunner(): Promise<ProgramRunner> {
  if (!runner) {
    // The prelude is the guest runtime bundled at build time by the same function the CLI uses
    // (`runtime/build/prelude.ts`, through `runtime/build/vite-plugin.ts`).
    runner = ProgramRunner.create(prelude).then(
      (loaded) => {
        // Prepare the first run's context now, while the rest of the request loads; then, once the
        // worker has been idle a moment, the compiler, so that an edited program need not wait for
        // it (loading it occupies the worker: a Run clicked right at page load goes first).
        setTimeout(() => loaded.prewarm(), 0);
        setTimeout(() => void loadSandbox().catch(() => undefined), COMPILER_DELAY_MS);
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

/** The compiling sandbox over the same runner: loads the TypeScript compiler on first use. */
function loadSandbox(): Promise<Sandbox> {
  if (!sandbox) {
    sandbox = Promise.all([import("../../runtime/host/sandbox.ts"), loadRunner()]).then(
      ([{ Sandbox }, loaded]) => {
        const box = new Sandbox(loaded);
        // After whatever request is waiting for it: the compiler's first call is its slowest.
        setTimeout(() => box.warmCompiler(), 0);
        return box;
      },
      (error: unknown) => {
        sandbox = null;
        throw error;
      },
    );
  }
  return sandbox;
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

async function handle(request: WorkerRequest): Promise<WorkerResponse | null> {
  if (request.type === "warmup") {
    await (request.compiler ? loadSandbox() : loadRunner());
    return null;
  }
  if (request.type === "run") {
    const { filename, source } = request;
    const [program, loaded] = await Promise.all([precompiledProgram(filename, source), loadRunner()]);
    const [box, diagnosticLocale] = program
      ? [null, undefined]
      : await Promise.all([loadSandbox(), typescriptLocale(request.lang)]);
    const budgetMs = request.settings.wallTimeoutMs ?? DEFAULT_WALL_MS;
    scope.postMessage({ type: "started", id: request.id, budgetMs });
    const started = performance.now();
    const options = { ...request.settings, filename, diagnosticLocale };
    const trace = program ? loaded.run(program, options) : box!.run(source, options);
    const runMs = Math.round(performance.now() - started);
    return { type: "ran", id: request.id, traceJson: JSON.stringify(trace), runMs };
  }
  const [box, diagnosticLocale] = await Promise.all([loadSandbox(), typescriptLocale(request.lang)]);
  const exercise = await loadExercise(request.slug, request.lang, { hints: request.hints ?? true });
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
    runner: (source, options) => {
      const trace = box.run(source, { ...options, diagnosticLocale });
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
