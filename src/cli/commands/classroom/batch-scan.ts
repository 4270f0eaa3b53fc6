/**
 * Finds a class's submissions: `<dir>/<student>/<slug>.ts` (`.json` for predict exercises).
 * Every student folder is expected to hold one file per exercise; files that match no exercise
 * are listed as ignored, and expected files that are absent are reported as missing.
 */

import { readdir } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedExercise } from "../../../grader/index.ts";

/** One submission to grade. */
export interface BatchJob {
  student: string;
  exercise: string;
  /** Absolute path of the file. */
  path: string;
  /** Path relative to the class folder, as reports show it: `alice/two-delays.ts`. */
  file: string;
}

export interface ClassFolder {
  students: string[];
  jobs: BatchJob[];
  /** Expected files that are absent, relative to the class folder. */
  missing: { student: string; exercise: string; file: string }[];
  /** Files and folders that are not submissions, relative to the class folder. */
  ignored: string[];
}

/** The file name a submission for this exercise must have. */
export function submissionName(exercise: LoadedExercise): string {
  return `${exercise.definition.slug}.${exercise.definition.kind === "predict" ? "json" : "ts"}`;
}

export async function scanClassFolder(dir: string, exercises: LoadedExercise[]): Promise<ClassFolder> {
  const expected = new Map(exercises.map((e) => [submissionName(e), e.definition.slug]));
  const result: ClassFolder = { students: [], jobs: [], missing: [], ignored: [] };
  const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    if (entry.name.startsWith(".")) continue;
    if (!entry.isDirectory()) {
      result.ignored.push(entry.name);
      continue;
    }
    const student = entry.name;
    result.students.push(student);
    const found = new Set<string>();
    const files = (await readdir(join(dir, student), { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    );
    for (const file of files) {
      if (file.name.startsWith(".")) continue;
      const slug = file.isFile() ? expected.get(file.name) : undefined;
      if (slug === undefined) {
        result.ignored.push(`${student}/${file.name}`);
        continue;
      }
      found.add(slug);
      result.jobs.push({
        student,
        exercise: slug,
        path: join(dir, student, file.name),
        file: `${student}/${file.name}`,
      });
    }
    for (const [name, slug] of expected) {
      if (!found.has(slug)) result.missing.push({ student, exercise: slug, file: `${student}/${name}` });
    }
  }
  return result;
}
