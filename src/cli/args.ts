/**
 * The argument handling every `course` command shares: options plus `--help`, usage errors on
 * stderr with exit code 2, help on stdout with exit code 0.
 */
import { type ParseArgsOptionsConfig, parseArgs } from "node:util";

const HELP_OPTION = { help: { type: "boolean", short: "h" } } as const;

/** Parses `args`; returns the values and positionals, or the exit code when there is nothing to run. */
export function parseCommandArgs<O extends ParseArgsOptionsConfig>(args: string[], options: O, help: string) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: { ...options, ...HELP_OPTION },
    });
  } catch (error) {
    return usage((error as Error).message, help);
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
