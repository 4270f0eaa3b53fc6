/**
 * `course run <file.ts> [--json] [--timestamps]`: runs a program in the sandbox. Plain output goes
 * to stdout; warnings and errors go to stderr with the TypeScript line:column. `--json` prints the
 * trace document instead. The exit code is 1 when the program failed.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parseArgs } from "node:util";
import { runProgram } from "../../../runtime/host/run.ts";
import { formatError, formatEvent } from "../format-trace.ts";

export const summary = "Run a TypeScript program in the sandbox and print its output (or its trace with --json).";

const HELP = `Usage: npm run course -- run <file.ts> [--json] [--timestamps] [--timeout <seconds>]

  --json          print the trace document (DESIGN §4) instead of the output
  --timestamps    prefix every line with its virtual time and task
  --timeout <s>   wall-clock budget in seconds (default 5)
`;

export async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: "boolean" },
        timestamps: { type: "boolean" },
        timeout: { type: "string" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${HELP}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1) {
    process.stderr.write(HELP);
    return 2;
  }
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
