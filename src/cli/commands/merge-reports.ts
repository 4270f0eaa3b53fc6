/**
 * `course merge-reports <report.json>… --format <format> [--out <file>]`: combines the JSON
 * reports of every `grade-batch --shard i/n` run of a class into one report, in any format
 * `grade-batch` writes. Given one unsharded report, it converts it. Exit code 0 once the report is
 * written, 2 for a usage error (a missing or repeated shard, reports of different gradings).
 */

import { readFile, writeFile } from "node:fs/promises";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages } from "../messages/index.ts";
import { safeText } from "../terminal-text.ts";
import { FORMATS, formatBatch, type BatchFormat } from "./classroom/batch-formats.ts";
import type { BatchReport } from "./classroom/batch-report.ts";
import { mergeReports } from "./classroom/merge.ts";
import { parseJson } from "../inputs/read-json.ts";

export async function main(args: string[]): Promise<number> {
  const choice = langOfArgs(args);
  if (!choice.ok) return printUsage(choice.message, cliMessages("en").merge.help(FORMATS));
  const { lang } = choice;
  const m = cliMessages(lang);
  const help = m.merge.help(FORMATS);
  const usage = (message: string): number => printUsage(message, help);
  const parsed = parseCommandArgs(
    args,
    { format: { type: "string" }, out: { type: "string" }, total: { type: "boolean" }, ...LANG_OPTION },
    help,
    lang,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usage(m.merge.expectedReports);
  const format = values.format as BatchFormat | undefined;
  if (format === undefined || !FORMATS.includes(format)) return usage(m.batch.format(FORMATS));
  const reports: BatchReport[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      return usage(
        m.common.cannotRead({
          file: safeText(file),
          code: (error as NodeJS.ErrnoException).code ?? String(error),
        }),
      );
    }
    const json = parseJson(text, file, lang);
    if (!json.ok) return usage(safeText(json.message));
    reports.push(json.data as BatchReport);
  }
  const merged = mergeReports(reports, positionals.map(safeText), lang);
  if (!merged.ok) return usage(merged.message);
  let output: string;
  try {
    output = formatBatch(merged.report, format, { total: Boolean(values.total), lang });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);
  return 0;
}
