/** Reads an assignment from a file or a link (Node only: the CLI and the tests). */

import { readFile } from "node:fs/promises";
import { exerciseSlugs } from "../exercise-folders/load.ts";
import { validateAssignment, type Assignment } from "./assignment.ts";
import { decodeAssignment, linkId } from "./link.ts";

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
 * (the whole address, or its `#…` fragment). The failure lists every problem on its own line.
 */
export async function loadAssignment(source: string): Promise<LoadedAssignment> {
  if (isAssignmentLink(source)) return loadLink(source);
  let text: string;
  try {
    text = await readFile(source, "utf8");
  } catch (error) {
    return {
      ok: false,
      message: `Cannot read the assignment ${source}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: `${source}: not valid JSON: ${(error as Error).message}.` };
  }
  const validated = validateAssignment(data, source, await exerciseSlugs());
  if (!validated.ok) return { ok: false, message: invalid(validated.problems) };
  const { assignment } = validated;
  return { ok: true, assignment, id: assignment.id, ids: [assignment.id, await linkId(assignment)] };
}

async function loadLink(link: string): Promise<LoadedAssignment> {
  const decoded = await decodeAssignment(link, await exerciseSlugs());
  if (!decoded.ok) return { ok: false, message: invalid(decoded.problems) };
  const { assignment, id } = decoded.linked;
  return { ok: true, assignment, id, ids: [id, assignment.id] };
}

function invalid(problems: string[]): string {
  return `Invalid assignment:\n${problems.map((p) => `  - ${p}`).join("\n")}`;
}
