/** Reads an assignment from a file or a link (Node only: the CLI and the tests). */

import { readFile } from "node:fs/promises";
import { exerciseSlugs } from "../exercise-folders/load.ts";
import { jsonProblem } from "../grader/messages/json-problem.ts";
import { messagesFor } from "../grader/messages/index.ts";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { validateAssignment, type Assignment } from "./assignment.ts";
import { uiMessages } from "../i18n/ui/index.ts";
import { assignmentWords, type AssignmentWords } from "./assignment-words.ts";
import { decodeAssignment, linkId, linkProblemText } from "./link.ts";

/**
 * A loaded assignment. `id` is the id its hand-ins carry (the file's `id`, or the link's own id),
 * and `ids` every id a hand-in of the same assignment may carry: a file and its link are the same
 * assignment, whichever of the two the student opened.
 */
export type LoadedAssignment =
  { ok: true; assignment: Assignment; id: string; ids: string[] } | { ok: false; message: string };

/** True when `source` is an assignment link rather than a file name. */
export function isAssignmentLink(source: string): boolean {
  return /^https?:\/\//i.test(source) || source.startsWith("#");
}

/**
 * Loads and validates `source`: an assignment file, or a link made by `course assignment link`
 * (the whole address, or its `#…` fragment). The failure lists every problem on its own line, in
 * `lang`.
 */
export async function loadAssignment(source: string, lang: Lang = DEFAULT_LANG): Promise<LoadedAssignment> {
  const words = assignmentWords(lang);
  if (isAssignmentLink(source)) return loadLink(source, lang);
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch (error) {
    return {
      ok: false,
      message: words.cannotRead({ source, code: (error as NodeJS.ErrnoException).code ?? String(error) }),
    };
  }
  let data: unknown;
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    data = JSON.parse(json);
  } catch (error) {
    return {
      ok: false,
      message: words.notJson({ source, why: messagesFor(lang).json.problem(jsonProblem(json, error)) }),
    };
  }
  const validated = validateAssignment(data, source, await exerciseSlugs(), words);
  if (!validated.ok) return { ok: false, message: invalid(validated.problems, words) };
  const { assignment } = validated;
  return { ok: true, assignment, id: assignment.id, ids: [assignment.id, await linkId(assignment)] };
}

async function loadLink(link: string, lang: Lang): Promise<LoadedAssignment> {
  const words = assignmentWords(lang);
  const decoded = await decodeAssignment(link, await exerciseSlugs(), words);
  if (!decoded.ok) {
    const problems =
      decoded.reason === "invalid"
        ? decoded.problems
        : [linkProblemText(decoded.reason, uiMessages(lang).assignment)];
    return { ok: false, message: invalid(problems, words) };
  }
  const { assignment, id } = decoded.linked;
  return { ok: true, assignment, id, ids: [id, assignment.id] };
}

function invalid(problems: string[], words: AssignmentWords): string {
  return `${words.invalid}\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}
