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
import { parseCommandArgs, usage as printUsage } from "../args.ts";
import { isPlainValue, templateFiles } from "./classroom/template-repo.ts";

const HELP = `Usage: npm run course -- assignment check <assignment.json>
       npm run course -- assignment link <assignment.json> [--site <url>]
       npm run course -- assignment init <assignment.json> <dir> --repository <git-url> [--ref <ref>] [--site <url>]

  check               validate the file and list every problem
  link                print a link to the assignment's page: the assignment travels inside the
                      link, so it needs no file on the site
  init                write a template repository into <dir> (new or empty): the starter files,
                      a README for students and a workflow that grades every push
  --repository <url>  the Git URL the workflow installs Looplab from (this course's repository)
  --ref <ref>         the branch or tag of Looplab to grade with (default: main)
  --site <url>        the course site (with its base path): init links the assignment page
                      from the README, link starts the link with it
`;

export async function main(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    { repository: { type: "string" }, ref: { type: "string" }, site: { type: "string" } },
    HELP,
  );
  if (typeof parsed === "number") return parsed;
  const { values, positionals } = parsed;
  const [action, file, dir] = positionals;
  if (action === "check" && positionals.length === 2) {
    const loaded = await loadAssignment(file);
    if (!loaded.ok) {
      process.stderr.write(`${loaded.message}\n`);
      return 1;
    }
    const { assignment } = loaded;
    process.stdout.write(
      `${file}: assignment "${assignment.id}" with ${assignment.exercises.length} exercise(s), ` +
        `hints ${assignment.hints ? "on" : "off"}, solutions ${assignment.solutions ? "on" : "off"}` +
        `${assignment.due === undefined ? "" : `, due ${assignment.due}`}.\n`,
    );
    return 0;
  }
  if (action === "link" && positionals.length === 2) return printLink(file, values.site);
  if (action !== "init" || positionals.length !== 3)
    return usage("Expected `check <file>`, `link <file>` or `init <file> <dir>`.");
  const repository = values.repository;
  if (repository === undefined)
    return usage("--repository <git-url> is required: the workflow installs Looplab from it.");
  const ref = values.ref ?? "main";
  for (const [name, value] of [
    ["--repository", repository],
    ["--ref", ref],
    ["--site", values.site],
  ] as const) {
    if (value !== undefined && !isPlainValue(value))
      return usage(`${name} must be a URL or name without spaces or quotes.`);
  }
  const loaded = await loadAssignment(file);
  if (!loaded.ok) {
    process.stderr.write(`${loaded.message}\n`);
    return 1;
  }
  try {
    if ((await readdir(dir)).length > 0) return usage(`${dir} is not empty: choose a new folder.`);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") return usage(`Cannot use the folder ${dir}.`);
  }
  const exercises = await Promise.all(loaded.assignment.exercises.map((slug) => loadExercise(slug)));
  const files = templateFiles(loaded.assignment, exercises, { repository, ref, site: values.site });
  for (const [path, text] of files) {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), text);
  }
  process.stdout.write(
    `Wrote ${files.size} files to ${dir}. Push it to GitHub, mark it as a template repository, and ` +
      `choose it as the starter code of a GitHub Classroom assignment.\n`,
  );
  return 0;
}

/** `assignment link`: the link on standard output, what it holds on standard error. */
async function printLink(file: string, site: string | undefined): Promise<number> {
  if (site !== undefined && !/^https?:\/\/[^\s"'<>#]+$/i.test(site))
    return usage("--site must be the site's address, like https://school.github.io/looplab/.");
  const loaded = await loadAssignment(file);
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
  process.stderr.write(
    `The link holds assignment "${assignment.id}" (${assignment.exercises.length} exercise(s), ` +
      `hints ${assignment.hints ? "on" : "off"}, solutions ${assignment.solutions ? "on" : "off"}); ` +
      `hand-ins from it carry the id "${await linkId(assignment)}".` +
      (site === undefined ? " Add --site <url> to start it with the course site's address." : "") +
      "\n",
  );
  return 0;
}

function usage(message: string): number {
  return printUsage(message, HELP);
}
