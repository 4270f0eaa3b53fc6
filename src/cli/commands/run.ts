/**
 * `course run <file.ts> [--json] [--timestamps]`: runs a program in the sandbox. Plain output goes
 * to stdout; warnings and errors go to stderr with the TypeScript line:column. `--json` prints the
 * trace document instead. The exit code is 1 when the program failed.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { runProgram } from "../../../runtime/host/run.ts";
import { parseCommandArgs, usage } from "../args.ts";
import { formatError, formatEvent } from "../format-trace.ts";

export const summary =
  "Run a TypeScript program in the sandbox and print its output (or its trace with --json).";

const HELP = `Usage: npm run course -- run <file.ts> [--json] [--timestamps] [--timeout <seconds>]

  --json          print the trace document (runtime/trace.ts) instead of the output
  --timestamps    prefix every line with its virtual time and task
  --timeout <s>   wall-clock budget in seconds (default 5)
`;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { json: { type: "boolean" }, timestamps: { type: "boolean" }, timeout: { type: "string" } },
    HELP,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage("Expected one program file.", HELP);
  const file = positionals[0];
  let source: string;
  try {
    source = await readFile(file, "utf8");
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout) * 1000;
  if (timeout !== undefined && !(timeout > 0)) {
    process.stderr.write(`--timeout must be a positive number of seconds\n`);
    return 2;
  }
  const trace = await runProgram(source, { filename: basename(file), wallTimeoutMs: timeout });
  if (values.json) {
    process.stdout.write(JSON.stringify(trace, null, 2) + "\n");
    return trace.ok ? 0 : 1;
  }
  const name = basename(file);
  for (const event of trace.events) {
    const line = formatEvent(event, { timestamps: Boolean(values.timestamps), file: name });
    if (line === undefined) continue;
    if (event.type === "stdout") process.stdout.write(line + "\n");
    else process.stderr.write(line + "\n");
  }
  if (trace.error) process.stderr.write(formatError(trace.error, name) + "\n");
  return trace.ok ? 0 : 1;
}
