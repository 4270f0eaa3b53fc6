import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { assembleExercise } from "../../src/exercise-folders/assemble.ts";
import { loadExercises } from "../../src/exercise-folders/load.ts";
import { ExerciseFormatError, validateDefinition } from "../../src/exercise-folders/schema.ts";
import { checks, defineExercise } from "../../src/grader/index.ts";

const valid = {
  slug: "two-delays",
  title: "Two delays",
  kind: "fix",
  lesson: "04-event-loop",
  prompt: "Make them overlap.",
  checks: { "finishes at 3 s": checks.finishedNear(3) },
};
const FILE = "exercises/two-delays/exercise.ts";
const validate = (raw: unknown) => validateDefinition(raw, FILE, "two-delays");

describe("validateDefinition", () => {
  it("accepts a complete definition", () => {
    expect(validate(defineExercise({ ...valid, kind: "fix" }))).toEqual([]);
  });

  it("names the file and the field, what was expected and what was found", () => {
    expect(validate({ ...valid, kind: "wrte" })).toEqual([
      `${FILE}: field "kind": expected one of "write", "fix", "predict"; got "wrte".`,
    ]);
    expect(validate({ ...valid, lesson: "event-loop" })).toEqual([
      `${FILE}: field "lesson": expected a lesson slug like "04-event-loop"; got "event-loop".`,
    ]);
  });

  it("suggests the field an unknown one was probably meant to be", () => {
    expect(validate({ ...valid, hint: ["x"] })).toEqual([
      `${FILE}: field "hint": unknown field (did you mean "hints"?). Allowed: slug, title, kind, lesson, prompt, hints, budgets, variants, checks, starterFails.`,
    ]);
    expect(validate({ ...valid, budgets: { wallTimeout: 5 } })[0]).toContain(
      'field "budgets.wallTimeout": unknown budget (did you mean "wallTimeoutMs"?)',
    );
  });

  it("requires the slug to match the folder", () => {
    expect(validate({ ...valid, slug: "other" })).toEqual([
      `${FILE}: field "slug": "other" must equal the folder name "two-delays".`,
    ]);
  });

  it("checks variants: names present and distinct, worlds plain JSON", () => {
    const problems = validate({
      ...valid,
      variants: [
        { name: "a", world: { delays: [2, 3] } },
        { name: "a", world: { delays: [1, 4] } },
        { name: "", world: new Map() },
      ],
    });
    expect(problems).toEqual([
      `${FILE}: field "variants[1].name": "a" is used twice; variant names must differ.`,
      `${FILE}: field "variants[2].name": expected a non-empty string; got "".`,
      `${FILE}: field "variants[2].world": expected a JSON object (numbers, strings, arrays, objects); got an object (Map).`,
    ]);
  });

  it("checks a variant's description and the starter's named check", () => {
    expect(
      validate({
        ...valid,
        variants: [{ name: "a", description: 3, world: {} }],
        starterFails: "finishes at 4 s",
      }),
    ).toEqual([
      `${FILE}: field "variants[0].description": expected a phrase that starts a sentence, like "with the jobs of Bob's usual morning"; got number 3.`,
      `${FILE}: field "starterFails": names the check "finishes at 4 s", which "checks" does not define. Its checks: "finishes at 3 s".`,
    ]);
    expect(
      validate({
        ...valid,
        variants: [{ name: "a", description: "with two delays", world: {} }],
        starterFails: "finishes at 3 s",
      }),
    ).toEqual([]);
  });

  it("rejects variants on predict exercises and trace checks there", () => {
    const problems = validate({ ...valid, kind: "predict", variants: [{ name: "a", world: {} }] });
    expect(problems).toContain(
      `${FILE}: field "variants": predict exercises run their program once; remove the variants.`,
    );
    expect(problems).toContain(
      `${FILE}: field "checks["finishes at 3 s"]": predict exercises judge the prediction: use checks.predictedOrder() or checks.predictedTimes(), not checks.finishedNear.`,
    );
  });

  it("rejects a prediction check on a write exercise", () => {
    expect(validate({ ...valid, checks: { order: checks.predictedOrder() } })).toEqual([
      `${FILE}: field "checks["order"]": checks.predictedOrder reads a prediction; it only fits kind "predict".`,
    ]);
  });

  it("rejects checks that are not built by the library, and an empty list", () => {
    expect(validate({ ...valid, checks: { "prints hello": "hello" } })).toEqual([
      `${FILE}: field "checks["prints hello"]": expected a check built with checks.*(…); got "hello".`,
    ]);
    expect(validate({ ...valid, checks: {} })).toEqual([
      `${FILE}: field "checks": an exercise needs at least one check.`,
    ]);
  });

  it("reports a default export that is not an object", () => {
    expect(validate(undefined)).toEqual([
      `${FILE}: the default export must be defineExercise({ … }); got nothing.`,
    ]);
  });
});

describe("assembleExercise", () => {
  const files = (entries: Record<string, string>) => new Map(Object.entries(entries));

  it("collects wrong submissions with the check each must fail", () => {
    const exercise = assembleExercise(
      "two-delays",
      valid,
      files({ "starter.ts": "s", "solution.ts": "x", "wrong/late.ts": "// fails: finishes at 3 s\nlate();" }),
    );
    expect(exercise.wrong).toEqual([
      { file: "wrong/late.ts", source: "// fails: finishes at 3 s\nlate();", fails: "finishes at 3 s" },
    ]);
    expect(exercise.dir).toBe("exercises/two-delays");
  });

  it("names missing files and wrong submissions that name no known check", () => {
    const attempt = () =>
      assembleExercise(
        "two-delays",
        valid,
        files({ "solution.ts": "x", "wrong/a.ts": "late();", "wrong/b.ts": "// fails: finishes at 5 s" }),
      );
    expect(attempt).toThrow(ExerciseFormatError);
    try {
      attempt();
    } catch (error) {
      expect((error as ExerciseFormatError).problems).toEqual([
        "exercises/two-delays/starter.ts: missing (what the editor opens with).",
        "exercises/two-delays/wrong/a.ts: line 1 must name the check it fails (// fails: <check name>).",
        'exercises/two-delays/wrong/b.ts: line 1 names the check "finishes at 5 s", which exercise.ts does not define. Its checks: "finishes at 3 s".',
      ]);
    }
  });

  it("reads a predict exercise's program and JSON predictions", () => {
    const predict = { ...valid, kind: "predict", checks: { order: checks.predictedOrder() } };
    const exercise = assembleExercise(
      "two-delays",
      predict,
      files({
        "program.ts": "p",
        "starter.json": "{}",
        "solution.json": "{}",
        "wrong/late.json": '{"fails":"order","lines":[]}',
      }),
    );
    expect(exercise.program).toBe("p");
    expect(exercise.wrong.map((w) => w.fails)).toEqual(["order"]);
  });
});

describe("loadExercises", () => {
  const roots: string[] = [];
  afterAll(async () => {
    for (const root of roots) await rm(root, { recursive: true, force: true });
  });

  it("reports every broken folder at once, by file and field", async () => {
    const root = await mkdtemp(join(tmpdir(), "looplab-exercises-"));
    roots.push(root);
    const grader = pathToFileURL(join(import.meta.dirname, "../../src/grader/index.ts")).href;
    await mkdir(join(root, "good"));
    await writeFile(
      join(root, "good", "exercise.ts"),
      `import { checks, defineExercise } from ${JSON.stringify(grader)};\n` +
        `export default defineExercise({ slug: "good", title: "Good", kind: "write", lesson: "01-why-async", prompt: "p", checks: { "prints": checks.printed("x") } });\n`,
    );
    await writeFile(join(root, "good", "starter.ts"), "");
    await writeFile(join(root, "good", "solution.ts"), 'print("x");');
    await mkdir(join(root, "typo"));
    await writeFile(
      join(root, "typo", "exercise.ts"),
      `export default { slug: "typo", title: "T", kind: "write", lesson: "1-why", prompt: "p", checks: {} };\n`,
    );
    await mkdir(join(root, "empty"));
    await mkdir(join(root, "_drafts"));

    await expect(loadExercises(root)).rejects.toThrow(ExerciseFormatError);
    const error = (await loadExercises(root).catch((e: unknown) => e)) as ExerciseFormatError;
    expect(error.problems).toEqual([
      "exercises/empty: no exercise.ts in this folder.",
      'exercises/typo/exercise.ts: field "lesson": expected a lesson slug like "04-event-loop"; got "1-why".',
      'exercises/typo/exercise.ts: field "checks": an exercise needs at least one check.',
    ]);
  });
});
