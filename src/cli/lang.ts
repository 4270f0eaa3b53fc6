/**
 * The language of the CLI's human output: `--lang`, else the `LOOPLAB_LANG` variable, else the
 * locale (`LC_ALL`, `LC_MESSAGES`, `LANG`, in POSIX order of precedence) when it is a Korean one
 * (`ko_KR.UTF-8`). Machine-readable output (JSON, CSV, JUnit, TAP) keeps its English fields
 * whatever the language.
 */

import { DEFAULT_LANG, isLang, LANGS, type Lang } from "../i18n/lang.ts";

export type LangChoice = { ok: true; lang: Lang } | { ok: false; message: string };

/** The `--lang` option every command that speaks a language declares. */
export const LANG_OPTION = { lang: { type: "string" } } as const;

/**
 * The language for a command's arguments, read before they are parsed so that even `--help`
 * and usage errors come in it: `--lang ko` or `--lang=ko`, else the environment.
 */
export function langOfArgs(args: readonly string[], env: NodeJS.ProcessEnv = process.env): LangChoice {
  let flag: string | undefined;
  for (const [i, arg] of args.entries()) {
    if (arg === "--") break;
    if (arg === "--lang") flag = args[i + 1] ?? "";
    else if (arg.startsWith("--lang=")) flag = arg.slice("--lang=".length);
  }
  return chooseLang(flag, env);
}

/** Picks the language from the flag and the environment; a wrong flag or LOOPLAB_LANG is an error. */
export function chooseLang(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): LangChoice {
  if (flag !== undefined) return named(flag, "--lang");
  const chosen = env.LOOPLAB_LANG;
  if (chosen !== undefined && chosen !== "") return named(chosen, "LOOPLAB_LANG");
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== "");
  const language = locale?.split(/[_.@-]/)[0]?.toLowerCase();
  return { ok: true, lang: isLang(language) ? language : DEFAULT_LANG };
}

function named(value: string, source: string): LangChoice {
  const lang = value.toLowerCase();
  if (isLang(lang)) return { ok: true, lang };
  return {
    ok: false,
    message: `${source} must be one of ${LANGS.join(", ")} (got "${value}"). / ${source} 값은 ${LANGS.join(", ")} 중 하나여야 합니다.`,
  };
}
