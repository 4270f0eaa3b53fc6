/**
 * TypeScript's language service over a virtual file system holding the learner's files and the
 * runtime's declarations (`@typescript/vfs`), with the request handlers of
 * `@valtown/codemirror-ts` (completion, hover) and our own for diagnostics with hints, signature
 * help and completion details. Runs in the language worker; plain data in, plain data out.
 */
import {
  createSystem,
  createVirtualTypeScriptEnvironment,
  type VirtualTypeScriptEnvironment,
} from "@typescript/vfs";
import { getAutocompletion, getHover } from "@valtown/codemirror-ts/worker";
import ts from "typescript";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { uiMessages } from "../i18n/ui/index.ts";
import { hintFor } from "./diagnostic-hints.ts";
import { declarationFiles, libraryFiles } from "./language-files.ts";

/** The options `tsc` checks the course's programs with (see tests/content/types.test.ts). */
export const LEARNER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  lib: ["lib.es2023.d.ts"],
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  moduleDetection: ts.ModuleDetectionKind.Force,
  strict: true,
  noEmit: true,
  types: [],
};

/** One problem in a learner's file, in CodeMirror's lint shape (offsets into the document). */
export interface LearnerDiagnostic {
  from: number;
  to: number;
  severity: "error" | "warning" | "info";
  /** TypeScript's message, then the hint on a line of its own when there is one. */
  message: string;
  /** The hint alone, or null. */
  hint: string | null;
  /** TypeScript's error code. */
  code: number;
}

/** A call's signature as the signature-help tooltip shows it. */
export interface SignatureView {
  /** The parts of the signature; the active parameter's part has `active: true`. */
  parts: { text: string; active: boolean }[];
  /** The signature's doc comment, then the active parameter's. */
  documentation: string;
}

/** What a completion entry shows beside the list: its type and doc comment. */
export interface CompletionDetails {
  detail: string;
  documentation: string;
}

/** A comment's text (`ts.SymbolDisplayPart[]` → plain string). */
const plain = (parts: readonly ts.SymbolDisplayPart[] | undefined): string =>
  ts.displayPartsToString(parts ? [...parts] : []);

/** The innermost node that covers `start`. */
function nodeAt(sourceFile: ts.SourceFile, start: number): ts.Node | undefined {
  const find = (node: ts.Node): ts.Node | undefined =>
    node.getStart(sourceFile) <= start && start < node.getEnd()
      ? (ts.forEachChild(node, find) ?? node)
      : undefined;
  return find(sourceFile);
}

/** The object of a property access whose name is the node at `start` (`asyncio` in `asyncio.slep`). */
function receiverAt(sourceFile: ts.SourceFile, start: number): string | undefined {
  const node = nodeAt(sourceFile, start);
  const parent = node?.parent;
  if (!node || !parent || !ts.isPropertyAccessExpression(parent) || parent.name !== node) return undefined;
  return parent.expression.getText(sourceFile);
}

/** The called expression, when the node at `start` is (part of) an argument of a call. */
function calleeAt(sourceFile: ts.SourceFile, start: number): string | undefined {
  for (let node = nodeAt(sourceFile, start); node; node = node.parent) {
    if (ts.isCallExpression(node) && node.arguments.some((a) => a.pos <= start && start < a.end)) {
      return node.expression.getText(sourceFile);
    }
    if (ts.isBlock(node) || ts.isSourceFile(node)) return undefined;
  }
  return undefined;
}

function severity(category: ts.DiagnosticCategory): LearnerDiagnostic["severity"] {
  if (category === ts.DiagnosticCategory.Error) return "error";
  if (category === ts.DiagnosticCategory.Warning) return "warning";
  return "info";
}

/** The learner-facing diagnostics of one file, each with its hint. */
export function diagnosticsOf(
  env: VirtualTypeScriptEnvironment,
  path: string,
  lang: Lang = DEFAULT_LANG,
): LearnerDiagnostic[] {
  const sourceFile = env.getSourceFile(path);
  if (!sourceFile) return [];
  const words = uiMessages(lang);
  const service = env.languageService;
  const found = [...service.getSyntacticDiagnostics(path), ...service.getSemanticDiagnostics(path)];
  return found.flatMap((diagnostic) => {
    if (diagnostic.start === undefined) return [];
    const start = diagnostic.start;
    const length = diagnostic.length ?? 0;
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    const hint = hintFor(
      {
        code: diagnostic.code,
        message,
        related: (diagnostic.relatedInformation ?? []).map((info) => info.code),
        text: sourceFile.text.slice(start, start + length),
        callee: calleeAt(sourceFile, start),
        receiver: receiverAt(sourceFile, start),
      },
      words.diagnostics,
    );
    return [
      {
        from: start,
        to: start + length,
        severity: severity(diagnostic.category),
        message: hint ? `${message}\n${words.language.hint(hint)}` : message,
        hint,
        code: diagnostic.code,
      },
    ];
  });
}

/** The signature of the call around `pos`, or null outside a call's parentheses. */
export function signatureAt(
  env: VirtualTypeScriptEnvironment,
  path: string,
  pos: number,
): SignatureView | null {
  const help = env.languageService.getSignatureHelpItems(path, pos, undefined);
  const item = help?.items[help.selectedItemIndex];
  if (!help || !item) return null;
  const separator = plain(item.separatorDisplayParts);
  const parts: SignatureView["parts"] = [{ text: plain(item.prefixDisplayParts), active: false }];
  item.parameters.forEach((parameter, index) => {
    if (index > 0) parts.push({ text: separator, active: false });
    parts.push({ text: plain(parameter.displayParts), active: index === help.argumentIndex });
  });
  parts.push({ text: plain(item.suffixDisplayParts), active: false });
  const parameterDoc = plain(item.parameters[help.argumentIndex]?.documentation);
  const documentation = [plain(item.documentation), parameterDoc].filter(Boolean).join("\n");
  return { parts, documentation };
}

/** The type and doc comment of the completion entry `name` at `pos`. */
export function completionDetails(
  env: VirtualTypeScriptEnvironment,
  path: string,
  pos: number,
  name: string,
): CompletionDetails | null {
  const details = env.languageService.getCompletionEntryDetails(
    path,
    pos,
    name,
    {},
    undefined,
    {},
    undefined,
  );
  if (!details) return null;
  return { detail: plain(details.displayParts), documentation: plain(details.documentation) };
}

/** Creates the virtual environment: the standard library, the declarations, no learner file yet. */
export function createEnvironment(): VirtualTypeScriptEnvironment {
  const declarations = declarationFiles();
  const files = new Map([...libraryFiles(), ...declarations]);
  return createVirtualTypeScriptEnvironment(
    createSystem(files),
    [...declarations.keys()],
    ts,
    LEARNER_OPTIONS,
  );
}

/** The service the language worker exposes (through Comlink): one method per editor request. */
export function createLanguageService() {
  let env: VirtualTypeScriptEnvironment | null = null;
  const ready = (): VirtualTypeScriptEnvironment => (env ??= createEnvironment());
  const has = (path: string): boolean => env?.getSourceFile(path) !== undefined;
  return {
    /** Builds the environment (the first request would otherwise pay for it). */
    initialize(): void {
      ready();
    },
    /** Creates or replaces a learner's file. */
    updateFile({ path, code }: { path: string; code: string }): void {
      const environment = ready();
      if (environment.getSourceFile(path)) environment.updateFile(path, code);
      else environment.createFile(path, code);
    },
    /** `lang`: the page's language, which the hints are written in (English by default). */
    getLints({ path, lang }: { path: string; lang?: Lang }): LearnerDiagnostic[] {
      return has(path) ? diagnosticsOf(ready(), path, lang) : [];
    },
    getAutocompletion({ path, context }: { path: string; context: { pos: number; explicit: boolean } }) {
      return has(path) ? getAutocompletion({ env: ready(), path, context }) : null;
    },
    getHover({ path, pos }: { path: string; pos: number }) {
      return has(path) ? getHover({ env: ready(), path, pos }) : null;
    },
    getSignature({ path, pos }: { path: string; pos: number }): SignatureView | null {
      return has(path) ? signatureAt(ready(), path, pos) : null;
    },
    getCompletionDetails({ path, pos, name }: { path: string; pos: number; name: string }) {
      return has(path) ? completionDetails(ready(), path, pos, name) : null;
    },
  };
}

/** The language service as the page sees it. */
export type LanguageService = ReturnType<typeof createLanguageService>;
