/**
 * Learner-friendly hints for the commonest mistakes, shown beside TypeScript's own message: a
 * coroutine used without `await`, a list passed to `gather` without its spread, a misspelt or
 * Python-spelt asyncio name, a module used without its import, a coroutine function passed where a
 * coroutine is expected. Pure: it reads the facts the language service gathered about one
 * diagnostic and returns one sentence, or null when it has nothing to add. It matches TypeScript's
 * diagnostics by their codes and the values in their messages, never their wording, so the hints
 * work whatever language TypeScript's messages are in.
 */

import { en, type UiMessages } from "../i18n/ui/en.ts";
import type { MessageArguments } from "./diagnostic-arguments.ts";

/** The hints' words in one language. */
type Words = UiMessages["diagnostics"];

/** What the language service knows about one of TypeScript's diagnostics. */
export interface DiagnosticFacts {
  /** TypeScript's error code (2339: property does not exist…). */
  code: number;
  /** The diagnostic's messages, head first, then its chain's, with the values filled into them. */
  messages: readonly MessageArguments[];
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
const MODULE_TYPE = /^typeof import\("([^"]+)"\)$/;

/** The values of the diagnostic's first message of `code`, or undefined when it has none. */
function argsOf(messages: readonly MessageArguments[], code: number): readonly string[] | undefined {
  return messages.find((entry) => entry.code === code)?.args;
}

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

function gatherWithoutSpread({ code, messages, text, callee }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.noOverloadMatches && code !== TS.argumentNotAssignable) return null;
  if (!callee || !/(^|\.)gather$/.test(callee)) return null;
  const argument = argsOf(messages, TS.argumentNotAssignable)?.[0] ?? "";
  const isList = text.trimStart().startsWith("[") || /^[^']*\[\]$/.test(argument);
  if (!isList) return null;
  const spread = /^[\w$.]+$/.test(text) ? `${callee}(...${text})` : `${callee}(...list)`;
  return w.gatherSpread(spread);
}

const AWAITABLE = /^(Promise|Task|Future)<.*>$/;

function coroutineWithoutAwait({ code, messages, related }: DiagnosticFacts, w: Words): string | null {
  let type: string | undefined;
  if (related.includes(TS.forgotAwait)) {
    type = messages.flatMap((entry) => entry.args).find((value) => AWAITABLE.test(value)) ?? "Promise";
  } else if (code === TS.cannotIndex || code === TS.propertyMissing) {
    // `results[0]` or `results.length` on what `gather` returned, before awaiting it: the type
    // indexed or read from is the message's second value.
    const indexed = argsOf(messages, code)?.[1] ?? "";
    if (AWAITABLE.test(indexed)) type = indexed;
  } else if (code === TS.notAssignable || code === TS.argumentNotAssignable) {
    // "The value's type is X, the target wants Y".
    const [source = "", target = ""] = argsOf(messages, code) ?? [];
    // A coroutine where a coroutine (or any awaitable) is wanted is some other mistake.
    if (AWAITABLE.test(source) && !/Promise|Awaitable|Task|Future|=>/.test(target)) type = source;
  }
  if (!type) return null;
  return type.startsWith("Task") || type.startsWith("Future") ? w.awaitTask : w.awaitCoroutine;
}

function moduleName({ code, messages, text, receiver }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.propertyMissing && code !== TS.propertyMissingDidYouMean) return null;
  const [, type = "", suggestion] = argsOf(messages, code) ?? [];
  const module = MODULE_TYPE.exec(type)?.[1];
  if (!module) return null;
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
  { code, messages, related, text }: DiagnosticFacts,
  w: Words,
): string | null {
  if (code !== TS.argumentNotAssignable || !related.includes(TS.didYouMeanToCall)) return null;
  if (!/^\([^']*\) => Promise<[^']*>$/.test(argsOf(messages, code)?.[0] ?? "")) return null;
  return /^[\w$.]+$/.test(text) ? w.callNamed(`${text}()`) : w.callIt;
}

function awaitOutsideAsync({ code }: DiagnosticFacts, w: Words): string | null {
  if (code !== TS.awaitOutsideAsync) return null;
  return w.awaitOutsideAsync;
}
