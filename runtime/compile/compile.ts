/**
 * Compiles learner TypeScript for the sandbox with TypeScript's `transpileModule` at ES2016, so
 * `async function`s become `__awaiter(…, function* () {…})` — lazy coroutines the runtime drives —
 * and `await x` becomes `yield x`. Helpers are not emitted: the runtime supplies them. Runs on the
 * host (Node or a browser worker), never inside QuickJS.
 */
import { TraceMap, decodedMappings } from "@jridgewell/trace-mapping";
import ts from "typescript";
import { CPU_COUNTERS, DEFAULT_LIMITS, RESERVED_IDENTIFIERS } from "../protocol.ts";
import type { TraceError } from "../trace.ts";
import { type CompileMessages, compileMessages } from "./compile-messages.ts";
import { nameCoroutines } from "./coroutine-names.ts";
import { type DiagnosticLocale, withDiagnosticLocale } from "./diagnostic-locale.ts";
import { instrument } from "./instrument.ts";
import { type Scope, collectScopes } from "./scopes.ts";

export interface CompiledProgram {
  ok: true;
  /**
   * The program as one arrow-function expression, ready to evaluate as `LEARNER_FILE`: evaluating
   * it runs nothing and yields the function the guest's `exec` calls. An arrow function has no
   * `arguments`, so top-level code cannot reach the parameters by position.
   */
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
  alwaysStrict: true,
  inlineSources: false,
  removeComments: false,
};

/**
 * Compiles `source`; syntax errors, reserved names, oversized sources and anything that makes the
 * compiler itself fail come back as a `compile` trace error (with the position when known).
 * TypeScript's own messages are in `locale` when given, English otherwise.
 */
export function compile(
  source: string,
  fileName = "main.ts",
  maxSourceLength: number = DEFAULT_LIMITS.maxSourceLength,
  locale?: DiagnosticLocale,
): CompileResult {
  const say = compileMessages(locale?.locale);
  if (source.length > maxSourceLength) {
    return compileError(say.tooLong(Math.ceil(source.length / 1024), Math.floor(maxSourceLength / 1024)));
  }
  try {
    return withDiagnosticLocale(locale, () => compileChecked(source, fileName, say));
  } catch (failure) {
    // The compiler recurses over the syntax tree: absurd nesting overflows its stack.
    const message =
      failure instanceof RangeError
        ? say.tooDeep
        : say.failed(failure instanceof Error ? failure.message : String(failure));
    return compileError(message);
  }
}

function compileError(message: string, position?: { line: number; column: number }): CompileResult {
  return { ok: false, error: { kind: "compile", name: "SyntaxError", message, ...position } };
}

function compileChecked(source: string, fileName: string, say: CompileMessages): CompileResult {
  const sourceFile = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const reserved = findReserved(sourceFile);
  if (reserved) return compileError(say.reserved(reserved.name), reserved.position);
  const output = ts.transpileModule(source, {
    compilerOptions: OPTIONS,
    fileName,
    reportDiagnostics: true,
    transformers: { before: [instrument()], after: [nameCoroutines()] },
  });
  const diagnostics = (output.diagnostics ?? []).filter((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostics.length > 0) return { ok: false, error: toCompileError(diagnostics, source, say) };

  const map = new TraceMap(output.sourceMapText ?? "");
  const mappings = decodedMappings(map).map((line) =>
    line.filter((segment) => segment.length >= 4).map((segment) => [segment[0], segment[2]!, segment[3]!]),
  );
  const body = output.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, "");
  return {
    ok: true,
    scopes: collectScopes(sourceFile),
    code: `((require, exports, module, ${CPU_COUNTERS}) => {\n${body}\n})\n`,
    lineOffset: 1,
    mappings,
  };
}

/** Whether `node` only names a property (`a.__cpu`, `{ __cpu: 1 }`), which reaches no binding. */
function isPropertyName(node: ts.Identifier): boolean {
  const parent = node.parent;
  if (ts.isPropertyAccessExpression(parent)) return parent.name === node;
  return (
    (ts.isPropertyAssignment(parent) ||
      ts.isPropertyDeclaration(parent) ||
      ts.isPropertySignature(parent) ||
      ts.isMethodDeclaration(parent) ||
      ts.isMethodSignature(parent) ||
      ts.isGetAccessorDeclaration(parent) ||
      ts.isSetAccessorDeclaration(parent) ||
      ts.isEnumMember(parent)) &&
    parent.name === node
  );
}

/**
 * The first use of a name that belongs to the sandbox (the work counters the instrumentation
 * passes in): a program that could name them could forge its own CPU time.
 */
function findReserved(
  sourceFile: ts.SourceFile,
): { name: string; position: { line: number; column: number } } | undefined {
  let found: ts.Identifier | undefined;
  const visit = (node: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(node) && RESERVED_IDENTIFIERS.has(node.text) && !isPropertyName(node)) {
      found = node;
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  if (!found) return undefined;
  const { line, character } = sourceFile.getLineAndCharacterOfPosition(found.getStart(sourceFile));
  return {
    name: found.text,
    position: { line: line + 1, column: character + 1 },
  };
}

function toCompileError(
  diagnostics: readonly ts.Diagnostic[],
  source: string,
  say: CompileMessages,
): TraceError {
  const first = diagnostics[0];
  const file = first.file ?? ts.createSourceFile("main.ts", source, ts.ScriptTarget.Latest);
  const position = first.start !== undefined ? file.getLineAndCharacterOfPosition(first.start) : undefined;
  const more = diagnostics.length > 1 ? say.more(diagnostics.length - 1) : "";
  return {
    kind: "compile",
    name: "SyntaxError",
    message: ts.flattenDiagnosticMessageText(first.messageText, "\n") + more,
    ...(position ? { line: position.line + 1, column: position.character + 1 } : {}),
  };
}
