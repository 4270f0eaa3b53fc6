import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  CourseContentError,
  exampleSource,
  exerciseInfo,
  exerciseSlugs,
  jsonForScript,
} from "../../src/course/course-data.ts";

const root = new URL("../..", import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), "utf8");

describe("exampleSource", () => {
  const folder = readdirSync(new URL("content/examples/", root)).find((name) =>
    readdirSync(new URL(`content/examples/${name}/`, root)).some((f) => f.endsWith(".ts")),
  );
  const file = folder
    ? readdirSync(new URL(`content/examples/${folder}/`, root)).find((f) => f.endsWith(".ts"))
    : undefined;

  it("returns the program file an <Example src> names", () => {
    expect(file).toBeDefined();
    expect(exampleSource(`${folder}/${file}`)).toBe(read(`content/examples/${folder}/${file}`));
  });

  it("fails the build naming the missing file and the files that do exist", () => {
    expect(() => exampleSource(`${folder}/no-such-example.ts`)).toThrow(CourseContentError);
    expect(() => exampleSource(`${folder}/no-such-example.ts`)).toThrow(
      new RegExp(
        `no file content/examples/${folder}/no-such-example\\.ts\\. Files in content/examples/${folder}/: .*${file}`,
      ),
    );
  });
});

describe("exerciseInfo", () => {
  it("loads every exercise with the files the page shows", () => {
    const slugs = exerciseSlugs();
    expect(slugs.length).toBeGreaterThan(0);
    for (const slug of slugs) {
      const info = exerciseInfo(slug);
      const predict = info.kind === "predict";
      expect(info.slug).toBe(slug);
      expect(info.starter).toBe(read(`exercises/${slug}/starter.${predict ? "json" : "ts"}`));
      expect(info.solution).toBe(read(`exercises/${slug}/solution.${predict ? "json" : "ts"}`));
      expect(info.program).toBe(predict ? read(`exercises/${slug}/program.ts`) : undefined);
    }
  });

  it("fails the build with the known slugs when the slug does not exist", () => {
    expect(() => exerciseInfo("no-such-exercise", "Predict")).toThrow(
      /<Predict slug="no-such-exercise">: there is no exercises\/no-such-exercise\/exercise\.ts\. Known exercises: /,
    );
  });
});

describe("jsonForScript", () => {
  it("keeps a program containing </script> inside its script element", () => {
    const text = jsonForScript({ source: 'print("</script><script>alert(1)</script>");' });
    expect(text).not.toContain("</script");
    expect(JSON.parse(text)).toEqual({ source: 'print("</script><script>alert(1)</script>");' });
  });
});
