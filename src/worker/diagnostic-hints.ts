/**
 * Learner-friendly hints for the commonest mistakes, shown beside TypeScript's own message: a
 * coroutine used without `await`, a list passed to `gather` without its spread, a misspelt or
 * Python-spelt asyncio name, a module used without its import, a coroutine function passed where a
 * coroutine is expected. Pure: it reads the facts the language service gathered about one
 * diagnostic and returns one sentence, or null when it has nothing to add.
 */

import { en, type UiMessages } from "../i18n/ui/en.ts";

/** The hints' words in one language. */
type Words = UiMessages["diagnostics"];

/** What the language service knows about one of TypeScript's diagnostics. */
export interface DiagnosticFacts {
  /** TypeScript's error code (2339: property does not exist…). */
  code: number;
  /** TypeScript's message, its chain flattened into lines. */
  message: string;
  /** The codes of the related messages TypeScript attached (2773: "Did you forget to use 'await'?"). */
  related: readonly number[];
  /** The source text the diagnostic underlines. */
  text: string;
  /**
   * When the underlined text is an argument of a call: the called expression as written
   * (`asyncio.gather`).
   */
  callee?: string;
  /** When the underlined text is a property (`asyncio.slep`): the object as written (`asyncio`). */
  receiver?: string;
}

/** TypeScript's codes this module reads. */
const TS = {
  cannotFindName: 2304,
  notAssignable: 2322,
  propertyMissing: 2339,
  argumentNotAssignable: 2345,
  propertyMissingDidYouMean: 2551,
  noOverloadMatches: 2769,
  forgotAwait: 2773,
  awaitOutsideAsync: 1308,
  cannotIndex: 7053,
  didYouMeanToCall: 6212,
} as const;

/** Where each name a learner may use without importing it comes from, with its import line. */
const IMPORTS: Record<string, string> = {
  asyncio: 'import * as asyncio from "asyncio";',
  time: 'import * as time from "time";',
  ThreadPoolExecutor: 'import { ThreadPoolExecutor } from "concurrent.futures";',
  ProcessPoolExecutor: 'import { ProcessPoolExecutor } from "concurrent.futures";',
  world: 'import { world } from "looplab";',
  http: 'import { http } from "services";',
  requests: 'import { requests } from "services";',
  flags: 'import { flags } from "services";',
};

/** The learner-facing modules as TypeScript names their namespace type: `typeof import("asyncio")`. */
const MODULE_TYPE = /on type 'typeof import\("([^"]+)"\)'/;

/** `create_task` → `createTask`. */
export function camelCase(name: string): string {
  return name.replace(/_+([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/** A one-sentence hint for the diagnostic in the words `w` (English by default), or null. */
export function hintFor(facts: DiagnosticFacts, w: Words = en.diagnostics): string | null {
  return (
    gatherWithoutSpread(facts, w) ??
    coroutineWithoutAwait(facts, w) ??
    moduleName(facts, w) ??
    missingImport(facts, w) ??
    functionInsteadOfCoroutine(facts, w) ??
    awaitOutsideAsync(facts, w)
  );
}

function gatherWithoutSpread({ code, message, text, callee }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.noOverloadMatches && code !== TS.argumentNotAssignable) return null;
  if (!callee || !/(^|\.)gather$/.test(callee)) return null;
  const isList = text.trimStart().startsWith("[") || /Argument of type '[^']*\[\]'/.test(message);
  if (!isList) return null;
  const spread = /^[\w$.]+$/.test(text) ? `${callee}(...${text})` : `${callee}(...list)`;
  return w.gatherSpread(spread);
}

/** Matches TypeScript's "the value's type is X, the target wants Y" messages (codes 2322, 2345). */
const NOT_ASSIGNABLE =
  /^(?:Type|Argument of type) '(.+?)' is not assignable to (?:type|parameter of type) '(.+?)'/;
const AWAITABLE = /^(Promise|Task|Future)<.*>$/;

function coroutineWithoutAwait({ code, message, related }: DiagnosticFacts, w: Words): string | null {
  let type: string | undefined;
  if (related.includes(TS.forgotAwait)) {
    type = /'((?:Promise|Task|Future)<.*?>)'/.exec(message)?.[1] ?? "Promise";
  } else if (code === TS.cannotIndex || code === TS.propertyMissing) {
    // `results[0]` or `results.length` on what `gather` returned, before awaiting it.
    type = /(?:index|on) type '((?:Promise|Task|Future)<.*?>)'/.exec(message)?.[1];
  } else if (code === TS.notAssignable || code === TS.argumentNotAssignable) {
    const [, source = "", target = ""] = NOT_ASSIGNABLE.exec(message) ?? [];
    // A coroutine where a coroutine (or any awaitable) is wanted is some other mistake.
    if (AWAITABLE.test(source) && !/Promise|Awaitable|Task|Future|=>/.test(target)) type = source;
  }
  if (!type) return null;
  return type.startsWith("Task") || type.startsWith("Future") ? w.awaitTask : w.awaitCoroutine;
}

function moduleName({ code, message, text, receiver }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.propertyMissing && code !== TS.propertyMissingDidYouMean) return null;
  const module = MODULE_TYPE.exec(message)?.[1];
  if (!module) return null;
  const suggestion = /Did you mean '([^']+)'\?/.exec(message)?.[1];
  if (text.includes("_") && suggestion === camelCase(text)) {
    return w.camelCase(text, suggestion);
  }
  if (suggestion) return w.misspelt(module, text, suggestion);
  return w.listMembers(module, text, receiver ?? module);
}

function missingImport({ code, text }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.cannotFindName) return null;
  const line = Object.hasOwn(IMPORTS, text) ? IMPORTS[text] : undefined;
  return line ? w.importFirst(line) : null;
}

function functionInsteadOfCoroutine(
  { code, message, related, text }: DiagnosticFacts,
  w: Words,
): string | null {
  if (code !== TS.argumentNotAssignable || !related.includes(TS.didYouMeanToCall)) return null;
  if (!/Argument of type '\([^']*\) => Promise<[^']*>'/.test(message)) return null;
  return /^[\w$.]+$/.test(text) ? w.callNamed(`${text}()`) : w.callIt;
}

function awaitOutsideAsync({ code }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.awaitOutsideAsync) return null;
  return w.awaitOutsideAsync;
}
