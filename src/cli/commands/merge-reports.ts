/**
 * `course merge-reports <report.json>… --format <format> [--out <file>]`: combines the JSON
 * reports of every `grade-batch --shard i/n` run of a class into one report, in any format
 * `grade-batch` writes. Given one unsharded report, it converts it. Exit code 0 once the report is
 * written, 2 for a usage error (a missing or repeated shard, reports of different gradings).
 */

import { readFile, writeFile } from "node:fs/promises";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { safeText } from "../terminal-text.ts";
import { FORMATS, formatBatch, type BatchFormat } from "./classroom/batch-formats.ts";
import type { BatchReport } from "./classroom/batch-report.ts";
import { mergeReports } from "./classroom/merge.ts";
import { parseJson } from "../inputs/read-json.ts";

const HELP = `Usage: npm run course -- merge-reports <report.json>… --format <format> [--out <file>] [--total]

  <report.json>      the JSON reports of grade-batch --shard 1/n … n/n (every shard once),
                     or one unsharded report to convert
  --format <format>  ${FORMATS.join(", ")} (as for grade-batch)
  --out <file>       write the report there instead of to standard output
  --total            gradebook formats: one total column instead of one per exercise
`;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { format: { type: "string" }, out: { type: "string" }, total: { type: "boolean" } },
    HELP,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  if (positionals.length === 0) return usage("Expected the JSON reports to merge.");
  const format = values.format as BatchFormat | undefined;
  if (format === undefined || !FORMATS.includes(format)) {
    return usage(`--format must be one of ${FORMATS.join(", ")}.`);
  }
  const reports: BatchReport[] = [];
  for (const file of positionals) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (error) {
      return usage(
        `Cannot read ${safeText(file)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
      );
    }
    const json = parseJson(text, file);
    if (!json.ok) return usage(safeText(json.message));
    reports.push(json.data as BatchReport);
  }
  const merged = mergeReports(reports, positionals.map(safeText));
  if (!merged.ok) return usage(merged.message);
  let output: string;
  try {
    output = formatBatch(merged.report, format, { total: Boolean(values.total) });
  } catch (error) {
    return usage((error as Error).message);
  }
  if (values.out === undefined) process.stdout.write(output);
  else await writeFile(values.out, output);
  return 0;
}

function usage(message: string): number {
  return printUsage(message, HELP);
}
