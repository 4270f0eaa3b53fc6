/**
 * Builds a class folder for batch-grading tests: every student hands in every exercise, picking
 * in turn the reference solution, the starter, and each known-wrong submission, so the batch
 * meets passes, failures and errors in realistic proportions.
 */

import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { LoadedExercise } from "../../src/grader/index.ts";
import { submissionName } from "../../src/cli/commands/classroom/batch-scan.ts";

export interface ClassPlan {
  /** How many students. */
  students: number;
  /** Every `skipEvery`-th submission is left out (reported missing); 0 hands in everything. */
  skipEvery?: number;
  /**
   * Make every TypeScript file differ (a comment naming the student), as in a real class: no two
   * students' programs are then compiled only once between them.
   */
  unique?: boolean;
}

/** What the folder holds, so tests can check the report against it. */
export interface ClassContents {
  students: string[];
  /** `student/file` → which submission it is (`solution`, `starter`, `wrong/x.ts`). */
  handedIn: Map<string, string>;
  missing: string[];
}

export async function makeClass(
  dir: string,
  exercises: LoadedExercise[],
  plan: ClassPlan,
): Promise<ClassContents> {
  const contents: ClassContents = { students: [], handedIn: new Map(), missing: [] };
  let n = 0;
  for (let s = 0; s < plan.students; s++) {
    const student = `student-${String(s + 1).padStart(2, "0")}`;
    contents.students.push(student);
    await mkdir(join(dir, student), { recursive: true });
    for (const exercise of exercises) {
      n++;
      const file = `${student}/${submissionName(exercise)}`;
      if (plan.skipEvery && n % plan.skipEvery === 0) {
        contents.missing.push(file);
        continue;
      }
      const choices: [string, string][] = [
        ["solution", exercise.solution],
        ["starter", exercise.starter],
        ...exercise.wrong.map((w): [string, string] => [w.file, w.source]),
      ];
      const [label, source] = choices[(s + n) % choices.length];
      contents.handedIn.set(file, label);
      const signed = plan.unique && file.endsWith(".ts") ? `${source}\n// handed in by ${student}\n` : source;
      await writeFile(join(dir, file), signed);
    }
  }
  return contents;
}
