/**
 * `course assignment check <file>` validates an assignment file; `course assignment link <file>`
 * prints the link that hands it out without adding it to the site; `course assignment init <file>
 * <dir> --repository <git-url>` writes a GitHub Classroom template repository for it (see
 * `classroom/template-repo.ts`). Exit code 0 on success, 1 for an invalid assignment, 2 for a
 * usage error.
 */

import { mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { assignmentLink, linkId } from "../../assignments/link.ts";
import { loadAssignment } from "../../assignments/load.ts";
import { loadExercise } from "../../exercise-folders/load.ts";
import type { Assignment } from "../../assignments/assignment.ts";
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import type { Lang } from "../../i18n/lang.ts";
import { LANG_OPTION, langOfArgs } from "../lang.ts";
import { cliMessages, type AssignmentFacts } from "../messages/index.ts";
import { isPlainValue, templateFiles } from "./classroom/template-repo.ts";

export async function main(args: string[]): Promise<number> {
  const choice = langOfArgs(args);
  if (!choice.ok) return printUsage(choice.message, cliMessages("en").assignment.help);
  const { lang } = choice;
  const m = cliMessages(lang);
  const usage = (message: string): number => printUsage(message, m.assignment.help);
  const parsed = parseCommandArgs(
    args,
    { repository: { type: "string" }, ref: { type: "string" }, site: { type: "string" }, ...LANG_OPTION },
    m.assignment.help,
    lang,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [action, file, dir] = positionals;
  if (action === "check" && positionals.length === 2) {
    const loaded = await loadAssignment(file, lang);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.message}\n`);
      return 1;
    }
    process.stdout.write(`${m.assignment.checked({ ...facts(loaded.assignment), file })}\n`);
    return 0;
  }
  if (action === "link" && positionals.length === 2) return printLink(file, values.site, lang);
  if (action !== "init" || positionals.length !== 3) return usage(m.assignment.expectedAction);
  const repository = values.repository;
  if (repository === undefined) return usage(m.assignment.needsRepository);
  const ref = values.ref ?? "main";
  for (const [name, value] of [
    ["--repository", repository],
    ["--ref", ref],
    ["--site", values.site],
  ] as const) {
    if (value !== undefined && !isPlainValue(value)) return usage(m.assignment.notPlain(name));
  }
  const loaded = await loadAssignment(file, lang);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  try {
    if ((await readdir(dir)).length > 0) return usage(m.assignment.notEmpty(dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return usage(m.assignment.cannotUse(dir));
  }
  const exercises = await Promise.all(loaded.assignment.exercises.map((slug) => loadExercise(slug)));
  const files = templateFiles(loaded.assignment, exercises, { repository, ref, site: values.site });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  process.stdout.write(`${m.assignment.wrote({ count: files.size, dir })}\n`);
  return 0;
}

/** What the messages say about an assignment. */
function facts(assignment: Assignment): AssignmentFacts {
  return {
    id: assignment.id,
    exercises: assignment.exercises.length,
    hints: assignment.hints,
    solutions: assignment.solutions,
    due: assignment.due ?? null,
  };
}

/** `assignment link`: the link on standard output, what it holds on standard error. */
async function printLink(file: string, site: string | undefined, lang: Lang): Promise<number> {
  const m = cliMessages(lang);
  if (site !== undefined && !/^https?:\/\/[^\s"'<>#]+$/i.test(site))
    return printUsage(m.assignment.badSite, m.assignment.help);
  const loaded = await loadAssignment(file, lang);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  const { assignment } = loaded;
  let link: string;
  try {
    link = await assignmentLink(assignment, site ?? "/");
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 1;
  }
  process.stdout.write(`${link}\n`);
  const holds = { ...facts(assignment), linkId: await linkId(assignment), withSite: site !== undefined };
  process.stderr.write(`${m.assignment.linkHolds(holds)}\n`);
  return 0;
}
