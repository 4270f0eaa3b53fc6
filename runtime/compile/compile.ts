/**
 * Compiles learner TypeScript for the sandbox with TypeScript's `transpileModule` at ES2016, so
 * `async function`s become `__awaiter(…, function* () {…})` — lazy coroutines the runtime drives —
 * and `await x` becomes `yield x`. Helpers are not emitted: the runtime supplies them. Runs on the
 * host (Node or a browser worker), never inside QuickJS.
 */
import { TraceMap, decodedMappings } from "@jridgewell/trace-mapping";
import ts from "typescript";
import type { TraceError } from "../trace.ts";
import { nameCoroutines } from "./coroutine-names.ts";
import { CPU, instrument } from "./instrument.ts";
import { type Scope, collectScopes } from "./scopes.ts";

/** The file name learner frames carry in QuickJS stack traces. */
export const LEARNER_FILE = "learner.js";

export interface CompiledProgram {
  ok: true;
  /** The program wrapped for `__looplab.exec`, ready to evaluate as `LEARNER_FILE`. */
  code: string;
  /** Lines before the compiled program inside `code`. */
  lineOffset: number;
  /** Per compiled line: segments `[compiledColumn, tsLine, tsColumn]`, 0-based. */
  mappings: number[][][];
  /** The learner's functions by line range, to name traceback frames. */
  scopes: Scope[];
}

export type CompileResult = CompiledProgram | { ok: false; error: TraceError };

const OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2016,
  module: ts.ModuleKind.CommonJS,
  noEmitHelpers: true,
  importHelpers: false,
  esModuleInterop: true,
  sourceMap: true,
  inlineSources: false,
  removeComments: false,
};

/** Compiles `source`; syntax errors come back as a `compile` trace error with the position. */
export function compile(source: string, fileName = "main.ts"): CompileResult {
  const output = ts.transpileModule(source, {
    compilerOptions: OPTIONS,
    fileName,
    reportDiagnostics: true,
    transformers: { before: [instrument()], after: [nameCoroutines()] },
  });
  const diagnostics = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length > 0) return { ok: false, error: toCompileError(diagnostics, source) };

  const map = new TraceMap(output.sourceMapText ?? "");
  const mappings = decodedMappings(map).map((line) =>
    line.filter((segment) => segment.length >= 4).map((segment) => [segment[0], segment[2]!, segment[3]!]),
  );
  const body = output.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, "");
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  return {
    ok: true,
    scopes: collectScopes(sourceFile),
    code: `__looplab.exec(function (require, exports, module, ${CPU}) {\n${body}\n});\n`,
    lineOffset: 1,
    mappings,
  };
}

function toCompileError(diagnostics: readonly ts.Diagnostic[], source: string): TraceError {
  const first = diagnostics[0];
  const file = first.file ?? ts.createSourceFile("main.ts", source, ts.ScriptTarget.Latest);
  const position = first.start !== undefined ? file.getLineAndCharacterOfPosition(first.start) : undefined;
  const more = diagnostics.length > 1 ? ` (and ${diagnostics.length - 1} more)` : "";
  return {
    kind: "compile",
    name: "SyntaxError",
    message: ts.flattenDiagnosticMessageText(first.messageText, "\n") + more,
    ...(position ? { line: position.line + 1, column: position.character + 1 } : {}),
  };
}
