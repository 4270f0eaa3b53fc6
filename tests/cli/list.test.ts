import { describe, expect, it } from "vitest";
import { loadExercises } from "../../src/exercise-folders/load.ts";
import { runCli } from "./run-cli.ts";

describe("course list", () => {
  it("prints every exercise as JSON with slug, title, lesson, kind and number of checks, in lesson order", async () => {
    const run = await runCli(["list", "--json"]);
    expect(run.code).toBe(0);
    const listed = JSON.parse(run.stdout) as {
      slug: string;
      title: string;
      lesson: string;
      kind: string;
      checks: number;
    }[];
    const exercises = await loadExercises();
    expect(listed.map((e) => e.slug).sort()).toEqual(exercises.map((e) => e.definition.slug).sort());
    for (const exercise of exercises) {
      const def = exercise.definition;
      expect(listed.find((e) => e.slug === def.slug)).toMatchObject({
        title: def.title,
        lesson: def.lesson,
        kind: def.kind,
        checks: Object.keys(def.checks).length,
      });
    }
    const lessons = listed.map((e) => e.lesson);
    expect(lessons).toEqual([...lessons].sort());
  });

  it("prints a table with one line per exercise", async () => {
    const run = await runCli(["list"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^lesson\s+slug\s+kind\s+checks\s+title$/m);
    expect(run.stdout).toMatch(/^05-futures-and-tasks\s+two-delays\s+fix\s+8\s+Two delays at once$/m);
  });
});
