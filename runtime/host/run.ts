/**
 * The sandbox for Node (CLI, tests, benchmarks): builds the guest prelude in memory and keeps one
 * loaded QuickJS module for every run of the process.
 */
import { buildPrelude } from "../build/prelude.ts";
import type { Trace } from "../trace.ts";
import { type RunOptions, Sandbox } from "./sandbox.ts";

export type { RunOptions } from "./sandbox.ts";
export { Sandbox } from "./sandbox.ts";

/** A new sandbox with the guest runtime built from `runtime/guest/`. */
export async function createSandbox(): Promise<Sandbox> {
  return Sandbox.create(await buildPrelude());
}

let shared: Promise<Sandbox> | undefined;

/** Runs a program in a shared, lazily created sandbox. */
export async function runProgram(source: string, options?: RunOptions): Promise<Trace> {
  shared ??= createSandbox();
  return (await shared).run(source, options);
}
