/**
 * The page's side of the sandbox worker: one worker per page, shared by every playground, and
 * the compiler worker it compiles with (over a port the page hands it).
 *
 * A run is synchronous inside the worker, so the only way to stop one early is to terminate the
 * worker; the next request starts a fresh one (the wasm comes from the HTTP cache, so that costs a
 * re-initialisation, not a download). The compiler worker is not terminated: the loaded compiler
 * and its recent compilations serve the next sandbox worker. A new request cancels the one in flight.
 * The sandbox enforces its own wall-clock budget; the watchdog here is the backstop for a worker
 * that stops answering altogether.
 */
import type { Trace } from "../../runtime/trace.ts";
import type { CompilerControl } from "../worker/compiler-protocol.ts";
import type { WorkerRequest, WorkerResponse } from "../worker/protocol.ts";
import { text } from "../i18n/page-lang.ts";
import { adoptSandboxWorker, newSandboxWorker } from "./sandbox-worker-start.ts";

/** How a request ended, from the page's point of view. */
export type Outcome =
  | Exclude<WorkerResponse, { type: "started" } | { type: "ran" }>
  | { type: "ran"; id: number; trace: Trace; runMs: number }
  /**
   * Stopped after `ranMs` of running (0: it had not started): by the learner (`byLearner`, the
   * Stop button) or by a newer request.
   */
  | { type: "stopped"; id: number; ranMs: number; byLearner: boolean }
  | { type: "unresponsive"; id: number; budgetMs: number };

/** A request as a playground makes it: the client assigns the id. */
export type JobRequest =
  | Omit<Extract<WorkerRequest, { type: "run" }>, "id">
  | Omit<Extract<WorkerRequest, { type: "grade" }>, "id">
  | Omit<Extract<WorkerRequest, { type: "grade-prediction" }>, "id">;

interface Pending {
  id: number;
  resolve: (outcome: Outcome) => void;
  watchdog?: ReturnType<typeof setTimeout>;
  /** When the worker said the program starts (`performance.now()`). */
  startedAt?: number;
  onStarted?: () => void;
}

/** Extra wall time beyond the sandbox's own budget before the page gives up on the worker. */
const WATCHDOG_GRACE_MS = 3000;

let worker: Worker | null = null;
let pending: Pending | null = null;
let nextId = 1;

/** The compiler worker, shared by the page's sandbox workers and outliving them. */
let compiler: Worker | null = null;
/** The compiler worker that was asked to load the compiler. */
let warmed: Worker | null = null;
/** The sandbox worker that holds a port to the current compiler worker. */
let connected: Worker | null = null;

function compilerWorker(): Worker {
  if (compiler) return compiler;
  const created = new Worker(new URL("../worker/compiler-worker.ts", import.meta.url), {
    type: "module",
    name: "looplab-compiler",
  });
  created.addEventListener("error", (event) => {
    event.preventDefault();
    if (created !== compiler) return;
    created.terminate();
    compiler = null;
    // A compile the sandbox worker waits for would never come; the next request connects it
    // to a new compiler worker.
    connected?.postMessage({
      type: "compiler-lost",
      error: { name: "WorkerError", message: event.message || text().output.workerFailed },
    } satisfies WorkerRequest);
    connected = null;
  });
  compiler = created;
  return created;
}

/** Hands `sandboxWorker` a port to the compiler worker. */
function connectCompiler(sandboxWorker: Worker): void {
  const channel = new MessageChannel();
  compilerWorker().postMessage({ type: "connect", port: channel.port1 } satisfies CompilerControl, [
    channel.port1,
  ]);
  sandboxWorker.postMessage({ type: "compiler", port: channel.port2 } satisfies WorkerRequest, [
    channel.port2,
  ]);
  connected = sandboxWorker;
}

function spawn(): Worker {
  // The page's first is the one boot.ts started early, if it did.
  const created = adoptSandboxWorker() ?? newSandboxWorker();
  created.addEventListener("message", (event: MessageEvent<WorkerResponse>) => receive(created, event.data));
  created.addEventListener("error", (event) => {
    event.preventDefault();
    if (created !== worker) return;
    finish({
      type: "failed",
      id: pending?.id ?? 0,
      error: { name: "WorkerError", message: event.message || text().output.workerFailed },
    });
    discard();
  });
  return created;
}

function receive(from: Worker, message: WorkerResponse): void {
  if (from !== worker) return;
  if (!pending || message.id !== pending.id) return;
  if (message.type === "started") {
    const current = pending;
    current.startedAt = performance.now();
    current.onStarted?.();
    current.watchdog = setTimeout(() => {
      if (pending !== current) return;
      discard();
      finish({ type: "unresponsive", id: current.id, budgetMs: message.budgetMs });
    }, message.budgetMs + WATCHDOG_GRACE_MS);
    return;
  }
  if (message.type === "ran") {
    const { id, traceJson, runMs } = message;
    finish({ type: "ran", id, trace: JSON.parse(traceJson) as Trace, runMs });
    return;
  }
  finish(message);
}

function finish(outcome: Outcome): void {
  const current = pending;
  if (!current) return;
  pending = null;
  if (current.watchdog) clearTimeout(current.watchdog);
  current.resolve(outcome);
}

function discard(): void {
  worker?.terminate();
  worker = null;
}

function ensureWorker(): Worker {
  worker ??= spawn();
  if (connected !== worker) connectCompiler(worker);
  return worker;
}

/**
 * Starts the worker and has it load the sandbox, so the first Run is fast; then the compiler, on
 * its own thread, so that an edited program's first Run need not wait for it either. Safe to
 * call often.
 */
export function prefetch(): void {
  if (worker) return;
  ensureWorker().postMessage({ type: "warmup" } satisfies WorkerRequest);
}

/** Has the compiler worker load the TypeScript compiler (the learner is editing). Safe to call often. */
export function prefetchCompiler(): void {
  const target = compilerWorker();
  if (warmed === target) return;
  warmed = target;
  target.postMessage({ type: "warm" } satisfies CompilerControl);
}

/**
 * Stops the request in flight, if any: its promise resolves with `{ type: "stopped" }`.
 * `byLearner` is false when a newer request replaces it.
 */
export function stop(byLearner = true): void {
  if (!pending) return;
  const { id, startedAt } = pending;
  discard();
  const ranMs = startedAt === undefined ? 0 : performance.now() - startedAt;
  finish({ type: "stopped", id, ranMs, byLearner });
}

/**
 * Sends a request; a request already in flight is stopped first. `onStarted` is called when the
 * program starts running (after the worker loaded the sandbox and compiled it).
 */
export function request(message: JobRequest, onStarted?: () => void): Promise<Outcome> {
  stop(false);
  const id = nextId++;
  return new Promise<Outcome>((resolve) => {
    pending = { id, resolve, onStarted };
    ensureWorker().postMessage({ ...message, id } as WorkerRequest);
  });
}
