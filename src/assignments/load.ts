/** Reads an assignment file from disk (Node only: the CLI and the tests). */

import { readFile } from "node:fs/promises";
import { exerciseSlugs } from "../exercise-folders/load.ts";
import { validateAssignment, type Assignment } from "./assignment.ts";

export type LoadedAssignment = { ok: true; assignment: Assignment } | { ok: false; message: string };

/** Loads and validates `file`; the failure lists every problem on its own line. */
export async function loadAssignment(file: string): Promise<LoadedAssignment> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    return {
      ok: false,
      message: `Cannot read the assignment ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, message: `${file}: not valid JSON: ${(error as Error).message}.` };
  }
  const validated = validateAssignment(data, file, await exerciseSlugs());
  if (!validated.ok)
    return {
      ok: false,
      message: `Invalid assignment:\n${validated.problems.map((p) => `  - ${p}`).join("\n")}`,
    };
  return validated;
}
