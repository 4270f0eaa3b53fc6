/** Submission bundles and progress files as the site exports them, graded by the real grader. */

import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { createBundle, gradeSubmission, type SubmissionBundle } from "../../src/grader/index.ts";

const sandbox = createSandbox();

/** A bundle of `code` for `slug`, graded the way the site grades (file name `<slug>.ts`). */
export async function makeBundle(slug: string, code: string): Promise<SubmissionBundle> {
  const box = await sandbox;
  const exercise = await loadExercise(slug);
  const { result } = await gradeSubmission(exercise, code, {
    runner: (source, options) => box.run(source, options),
    filename: `${slug}.ts`,
  });
  return createBundle({ courseVersion: "0.1.0", code, result, createdAt: "2026-11-30T10:00:00.000Z" });
}

/** A progress file of the given version; `progress` is a minimal progress document. */
export function progressFile(
  version: 1 | 2,
  submissions: SubmissionBundle[],
  extra: { student?: string; assignment?: string } = {},
): Record<string, unknown> {
  return {
    format: "looplab-progress",
    version,
    courseVersion: "0.1.0",
    exportedAt: "2026-11-30T10:00:00.000Z",
    ...extra,
    progress: { version: 1, exercises: {} },
    submissions,
  };
}
