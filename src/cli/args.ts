/**
 * The argument handling every `course` command shares: options plus `--help`, usage errors on
 * stderr with exit code 2, help on stdout with exit code 0.
 */
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { cliMessages } from "./messages/index.ts";

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/**
 * Parses `args`; returns the values and positionals, or the exit code when there is nothing to
 * run. A wrong option is told in `lang`.
 */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(
  args: string[],
  options: O,
  help: string,
  lang: Lang = DEFAULT_LANG,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, ...HELP_OPTION },
    });
  } catch (error) {
    return usage(optionProblem(error as NodeJS.ErrnoException, lang), help);
  }
  if ((parsed.values as { help?: boolean }).help) {
    process.stdout.write(help);
    return 0;
  }
  return parsed;
}

/** Prints `message` and the command's help on stderr; returns the usage exit code, 2. */
export function usage(message: string, help: string): number {
  process.stderr.write(`${message}\n\n${help}`);
  return 2;
}

/** `parseArgs`'s error in `lang`, from its code and the option its (English) message names. */
function optionProblem(error: NodeJS.ErrnoException, lang: Lang): string {
  const m = cliMessages(lang).common;
  const option = /'(--?[^'\s<]+)/.exec(error.message)?.[1];
  if (option === undefined) return m.badArguments;
  if (error.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return m.unknownOption(option);
  if (error.code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /does not take an argument/.test(error.message) ? m.takesNoValue(option) : m.needsValue(option);
  }
  return m.badArguments;
}
