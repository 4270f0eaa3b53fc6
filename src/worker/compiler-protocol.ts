/**
 * Messages to and from the compiler worker. The page starts it and hands each sandbox worker a
 * port to it; the sandbox worker asks for compilations over that port.
 */
import type { CompileResult } from "../../runtime/compile/compile.ts";
import type { Lang } from "../i18n/lang.ts";

/** From the page. */
export type CompilerControl =
  /** Load the compiler now and warm it up (the learner is editing, or the page is idle). */
  | { type: "warm" }
  /** Answer the compile requests that arrive on `port` (a sandbox worker holds its other end). */
  | { type: "connect"; port: MessagePort };

/** From a sandbox worker. */
export type CompileRequest =
  /** What `compile(source, filename, maxSourceLength)` returns, TypeScript's messages in `lang`. */
  | { type: "compile"; id: number; source: string; filename: string; maxSourceLength: number; lang: Lang }
  /** Answer once the compiler (and TypeScript's messages in `lang`, if given) has loaded. */
  | { type: "load"; id: number; lang?: Lang };

export type CompileResponse =
  /** `compileMs`: how long compiling took, which counts against the run's wall-clock budget. */
  | { id: number; result: CompileResult; compileMs: number }
  | { id: number; loaded: true }
  /** The compiler could not be loaded (a network failure): never a learner's error. */
  | { id: number; failure: { name: string; message: string } };
