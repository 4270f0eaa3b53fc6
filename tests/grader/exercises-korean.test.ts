/**
 * Every known-wrong submission, graded in Korean through the real sandbox, fails on the same
 * check as in English, and the sentence that says why is Korean — the library's checks and the
 * messages custom checks build alike. Ids stay English: the check is found by its English name.
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadEveryExercise } from "../../src/exercise-folders/load.ts";
import { formatReport, gradeSubmission } from "../../src/grader/index.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);
const { exercises } = await loadEveryExercise();
const hangul = /[가-힣]/;

describe.each(exercises.map((e) => [e.definition.slug, e] as const))(
  "exercise %s in Korean",
  (_slug, exercise) => {
    it.each(exercise.wrong.map((w) => [w.file, w] as const))(
      "%s fails with a Korean message",
      async (_file, wrong) => {
        const { result } = await gradeSubmission(exercise, wrong.source, { runner, lang: "ko" });
        const check = result.checks.find((c) => c.name === wrong.fails);
        expect(check?.status, formatReport(result, undefined, "ko")).toBe("fail");
        // Judge the sentence, not the variant phrase before it ("지연이 2초와 3초일 때: ").
        const first = (check?.message ?? "").split("\n")[0];
        const said = check?.variant === undefined ? first : first.slice(first.indexOf(": ") + 2);
        expect(said, said).toMatch(hangul);
      },
    );
  },
);
