/**
 * `course run <file.ts> [--json] [--timestamps] [--exercise <slug> [--variant <name>]] [--lang ko]`:
 * runs a program in the sandbox. Plain output goes to stdout; warnings and errors go to stderr with the
 * TypeScript line:column. `--json` prints the trace document instead. `--exercise` runs it in that
 * exercise's world (`import { world } from "looplab"`) and budgets, as Check would. The exit code
 * is 1 when the program failed, 2 for a usage error.
 */
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { runProgram, type RunOptions } from "../../../runtime/host/run.ts";
import { typescriptLocale } from "../../../runtime/host/typescript-locale.ts";
import { ExerciseFormatError } from "../../exercise-folders/schema.ts";
import { variantsOf } from "../../grader/index.ts";
import type { Lang } from "../../i18n/lang.ts";
import { parseCommandArgs, usage } from "../args.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages } from "../messages/index.ts";
import { formatError, formatEvent } from "../format-trace.ts";
import { findExercise } from "../inputs/find-exercise.ts";
import { withoutBom } from "../inputs/read-json.ts";

export async function main(args: string[]): Promise<number> {
  const choice = langOfArgs(args);
  if (!choice.ok) return usage(choice.message, cliMessages("en").run.help);
  const { lang } = choice;
  const m = cliMessages(lang);
  const help = m.run.help;
  const parsed = parseCommandArgs(
    args,
    {
      json: { type: "boolean" },
      timestamps: { type: "boolean" },
      timeout: { type: "string" },
      exercise: { type: "string" },
      variant: { type: "string" },
      ...LANG_OPTION,
    },
    help,
    lang,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) return usage(m.run.expectedFile, help);
  if (values.variant !== undefined && values.exercise === undefined) {
    return usage(m.run.variantNeedsExercise, help);
  }
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout) * 1000;
  if (timeout !== undefined && !(timeout > 0)) return usage(m.run.timeout, help);
  const file = positionals[0];
  let source: string;
  try {
    source = withoutBom(await readFile(file, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    process.stderr.write(`${m.common.cannotRead({ file, code })}\n`);
    return 2;
  }
  const name = basename(file);
  const options: RunOptions = { filename: name, diagnosticLocale: await typescriptLocale(lang) };
  if (values.exercise !== undefined) {
    const world = await exerciseWorld(values.exercise, values.variant, lang);
    if (!world.ok) return usage(world.message, help);
    Object.assign(options, world.options);
  }
  if (timeout !== undefined) options.wallTimeoutMs = timeout;
  const trace = await runProgram(source, options);
  if (values.json) {
    process.stdout.write(JSON.stringify(trace, null, 2) + "\n");
    return trace.ok ? 0 : 1;
  }
  for (const event of trace.events) {
    const line = formatEvent(event, { timestamps: Boolean(values.timestamps), file: name, lang });
    if (line === undefined) continue;
    if (event.type === "stdout") process.stdout.write(line + "\n");
    else process.stderr.write(line + "\n");
  }
  if (trace.error) process.stderr.write(formatError(trace.error, name, lang) + "\n");
  return trace.ok ? 0 : 1;
}

type World = { ok: true; options: RunOptions } | { ok: false; message: string };

/** The run options of an exercise's variant: its world and the exercise's budgets. */
async function exerciseWorld(slug: string, variantName: string | undefined, lang: Lang): Promise<World> {
  let found;
  try {
    found = await findExercise(slug, lang);
  } catch (error) {
    if (error instanceof ExerciseFormatError) return { ok: false, message: error.message };
    throw error;
  }
  if (!found.ok) return found;
  const { definition } = found.exercise;
  const variants = definition.kind === "predict" ? [{ name: "default", world: {} }] : variantsOf(definition);
  const variant = variantName === undefined ? variants[0] : variants.find((v) => v.name === variantName);
  if (variant === undefined) {
    const message = cliMessages(lang).run.noVariant({
      slug,
      variant: variantName ?? "",
      variants: variants.map((v) => v.name),
    });
    return { ok: false, message };
  }
  const world = typeof variant.world === "object" && variant.world !== null ? variant.world : {};
  return { ok: true, options: { ...definition.budgets, world: world as Record<string, unknown> } };
}
