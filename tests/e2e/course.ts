/**
 * Finds what the end-to-end tests exercise in the real course content: a lesson with an example,
 * a code exercise and a predict-the-output exercise, with their files. The tests follow the
 * content instead of naming pages, so they keep working as lessons are added or renamed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./site-build.ts";

export interface LessonFile {
  /** `01-why-async` */
  slug: string;
  title: string;
  text: string;
}

/** Lessons in file order (`NN-` prefixes give the course order). */
export function lessons(): LessonFile[] {
  const dir = join(ROOT, "content/lessons");
  return readdirSync(dir)
    .filter((name) => /\.mdx?$/.test(name) && !name.startsWith("_"))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), "utf8");
      const title = /^title:\s*["']?(.+?)["']?\s*$/m.exec(text)?.[1] ?? name;
      return { slug: name.replace(/\.mdx?$/, ""), title, text };
    });
}

function firstUse(pattern: RegExp): { lesson: LessonFile; value: string } {
  for (const lesson of lessons()) {
    const match = pattern.exec(lesson.text);
    if (match?.[1]) return { lesson, value: match[1] };
  }
  throw new Error(`No lesson in content/lessons uses ${pattern}`);
}

/** The first runnable example of the course. */
export function firstExample(): { lesson: LessonFile; src: string; source: string } {
  const { lesson, value } = firstUse(/<Example\s+src="([^"]+)"/);
  return { lesson, src: value, source: readFileSync(join(ROOT, "content/examples", value), "utf8") };
}

/** The first code exercise of the course, with its starter and solution. */
export function firstCodeExercise(): { lesson: LessonFile; slug: string; starter: string; solution: string } {
  const { lesson, value } = firstUse(/<Exercise\s+slug="([^"]+)"/);
  const read = (name: string) => readFileSync(join(ROOT, "exercises", value, name), "utf8");
  return { lesson, slug: value, starter: read("starter.ts"), solution: read("solution.ts") };
}

export interface PredictedLine {
  text: string;
  t?: number;
}

/** The first predict-the-output exercise, with its right prediction. */
export function firstPredict(): { lesson: LessonFile; slug: string; solution: PredictedLine[] } {
  const { lesson, value } = firstUse(/<Predict\s+slug="([^"]+)"/);
  const solution = JSON.parse(readFileSync(join(ROOT, "exercises", value, "solution.json"), "utf8")) as {
    lines: PredictedLine[];
  };
  return { lesson, slug: value, solution: solution.lines };
}
