/**
 * `course run <file.ts> [--json] [--timestamps] [--exercise <slug> [--variant <name>]]`: runs a
 * program in the sandbox. Plain output goes to stdout; warnings and errors go to stderr with the
 * TypeScript line:column. `--json` prints the trace document instead. `--exercise` runs it in that
 * exercise's world (`import { world } from "looplab"`) and budgets, as Check would. The exit code
 * is 1 when the program failed, 2 for a usage error.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { runProgram, type RunOptions } from "../../../runtime/host/run.ts";
import { ExerciseFormatError } from "../../exercises/schema.ts";
import { variantsOf } from "../../grader/index.ts";
import { parseCommandArgs, usage } from "../args.ts";
import { formatError, formatEvent } from "../format-trace.ts";
import { findExercise } from "./classroom/find-exercise.ts";
import { withoutBom } from "./classroom/read-json.ts";

export const summary =
  "Run a TypeScript program in the sandbox and print its output (or its trace with --json).";

const HELP = `Usage: npm run course -- run <file.ts> [--json] [--timestamps] [--timeout <seconds>]
                               [--exercise <slug> [--variant <name>]]

  --json              print the trace document (runtime/trace.ts) instead of the output
  --timestamps        prefix every line with its virtual time and task
  --timeout <s>       the wall-clock backstop in seconds (default: the sandbox's, or the exercise's)
  --exercise <slug>   run in that exercise's world and budgets, as Check does
  --variant <name>    which of the exercise's variants (default: its first)
`;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      json: { type: "boolean" },
      timestamps: { type: "boolean" },
      timeout: { type: "string" },
      exercise: { type: "string" },
      variant: { type: "string" },
    },
    HELP,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage("Expected one program file.", HELP);
  if (values.variant !== undefined && values.exercise === undefined) {
    return usage("--variant needs --exercise <slug>.", HELP);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout) * 1000;
  if (timeout !== undefined && !(timeout > 0))
    return usage("--timeout must be a positive number of seconds.", HELP);
  const file = positionals[0];
  let source: string;
  try {
    source = withoutBom(await readFile(file, "utf8"));
  } catch (error) {
    process.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}\n`);
    return 2;
  }
  const name = basename(file);
  const options: RunOptions = { filename: name };
  if (values.exercise !== undefined) {
    const world = await exerciseWorld(values.exercise, values.variant);
    if (!world.ok) return usage(world.message, HELP);
    Object.assign(options, world.options);
  }
  if (timeout !== undefined) options.wallTimeoutMs = timeout;
  const trace = await runProgram(source, options);
  if (values.json) {
    process.stdout.write(JSON.stringify(trace, null, 2) + "\n");
    return trace.ok ? 0 : 1;
  }
  for (const event of trace.events) {
    const line = formatEvent(event, { timestamps: Boolean(values.timestamps), file: name });
    if (line === undefined) continue;
    if (event.type === "stdout") process.stdout.write(line + "\n");
    else process.stderr.write(line + "\n");
  }
  if (trace.error) process.stderr.write(formatError(trace.error, name) + "\n");
  return trace.ok ? 0 : 1;
}

type World = { ok: true; options: RunOptions } | { ok: false; message: string };

/** The run options of an exercise's variant: its world and the exercise's budgets. */
async function exerciseWorld(slug: string, variantName: string | undefined): Promise<World> {
  let found;
  try {
    found = await findExercise(slug);
  } catch (error) {
    if (error instanceof ExerciseFormatError) return { ok: false, message: error.message };
    throw error;
  }
  if (!found.ok) return found;
  const { definition } = found.exercise;
  const variants = definition.kind === "predict" ? [{ name: "default", world: {} }] : variantsOf(definition);
  const variant = variantName === undefined ? variants[0] : variants.find((v) => v.name === variantName);
  if (variant === undefined) {
    const names = variants.map((v) => `"${v.name}"`).join(", ");
    return { ok: false, message: `"${slug}" has no variant "${variantName}"; its variants are ${names}.` };
  }
  const world = typeof variant.world === "object" && variant.world !== null ? variant.world : {};
  return { ok: true, options: { ...definition.budgets, world: world as Record<string, unknown> } };
}
