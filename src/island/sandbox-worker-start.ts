/**
 * The page's first sandbox worker, started early. Loading the sandbox (its wasm, then its first
 * context, prelude evaluated and hardened) takes the worker a few hundred milliseconds, so boot.ts
 * starts it as soon as a playground nears the viewport, while the island itself still loads; the
 * island's sandbox client then adopts it as its first worker. An example's first Run then finds
 * the sandbox ready instead of waiting for it.
 */
import type { WorkerRequest } from "../worker/protocol.ts";

let started = false;
let early: Worker | null = null;
let earlyFailed = false;

/** A new sandbox worker (the only place that names its script, so it is bundled once). */
export function newSandboxWorker(): Worker {
  return new Worker(new URL("../worker/sandbox-worker.ts", import.meta.url), {
    type: "module",
    name: "looplab-sandbox",
  });
}

/** Starts a sandbox worker and has it load the sandbox, once per page. */
export function startSandboxWorker(): void {
  if (started) return;
  started = true;
  early = newSandboxWorker();
  early.addEventListener("error", () => (earlyFailed = true), { once: true });
  early.postMessage({ type: "warmup" } satisfies WorkerRequest);
}

/** The worker `startSandboxWorker` started, handed over once; null if none was, or it failed. */
export function adoptSandboxWorker(): Worker | null {
  const adopted = early;
  early = null;
  if (adopted && earlyFailed) {
    adopted.terminate();
    return null;
  }
  return adopted;
}
