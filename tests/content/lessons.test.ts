/**
 * Lessons and exercises agree: every `<Exercise>`/`<Predict>` in a lesson names an exercise that
 * exists, of the right kind, that says it belongs to that lesson; every exercise is embedded by
 * the lesson it names; and each lesson offers at least two graded exercises, one of them code to
 * write and one a prediction or a bug to fix.
 */
import { describe, expect, it } from "vitest";
import { loadEveryExercise } from "../../src/exercise-folders/load.ts";
import { exerciseUses, lessonFiles } from "./example-output.ts";

const { exercises } = await loadEveryExercise();
const bySlug = new Map(exercises.map((exercise) => [exercise.definition.slug, exercise.definition]));
const lessons = lessonFiles();

describe.each(lessons.map((lesson) => [lesson.slug, lesson] as const))("lesson %s", (slug, lesson) => {
  const uses = exerciseUses(lesson.text);

  it("embeds exercises that exist and belong to it, with the component that fits their kind", () => {
    for (const use of uses) {
      const definition = bySlug.get(use.slug);
      expect(definition, `<${use.component} slug="${use.slug}">: no exercises/${use.slug}/`).toBeDefined();
      expect(definition?.lesson, `exercises/${use.slug} names another lesson`).toBe(slug);
      const expected = definition?.kind === "predict" ? "Predict" : "Exercise";
      expect(use.component, `${use.slug} is a ${definition?.kind} exercise`).toBe(expected);
    }
  });

  it("embeds each exercise once", () => {
    const slugs = uses.map((use) => use.slug);
    expect(slugs).toEqual([...new Set(slugs)]);
  });

  it("offers code to write and a prediction or a bug to fix", () => {
    const kinds = uses.map((use) => bySlug.get(use.slug)?.kind);
    expect(kinds.length).toBeGreaterThanOrEqual(2);
    expect(kinds).toContain("write");
    expect(kinds.some((kind) => kind === "predict" || kind === "fix")).toBe(true);
  });
});

it("embeds every exercise in the lesson it names", () => {
  const lessonSlugs = new Set(lessons.map((lesson) => lesson.slug));
  const embedded = new Set(lessons.flatMap((lesson) => exerciseUses(lesson.text).map((use) => use.slug)));
  const orphans = exercises
    .map((exercise) => exercise.definition)
    .filter((definition) => lessonSlugs.has(definition.lesson) && !embedded.has(definition.slug))
    .map((definition) => `${definition.slug} (lesson ${definition.lesson})`);
  expect(orphans).toEqual([]);
});
