/**
 * How the content tests read lessons and render example output. An example's expected output is
 * what `npm run course -- run <file> --timestamps` prints for it (stdout and warnings), so the
 * `<name>.expected.txt` files and the output blocks quoted in lessons use that format.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { formatEvent } from "../../src/cli/format-trace.ts";
import type { Trace } from "../../runtime/trace.ts";

export const LESSONS_DIR = "content/lessons";
export const EXAMPLES_DIR = "content/examples";

/** The timestamped console output of a run, one line per printed line or warning. */
export function renderOutput(trace: Trace, file: string): string {
  const lines: string[] = [];
  for (const event of trace.events) {
    const text = formatEvent(event, { timestamps: true, file: basename(file) });
    if (text !== undefined) lines.push(text);
  }
  return lines.join("\n");
}

/** Every example program, as `<lesson-slug>/<name>.ts` relative to `content/examples/`. */
export function exampleFiles(): string[] {
  return readdirSync(EXAMPLES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((dir) =>
      readdirSync(join(EXAMPLES_DIR, dir.name))
        .filter((name) => name.endsWith(".ts"))
        .map((name) => `${dir.name}/${name}`),
    )
    .sort();
}

/** The expected output file next to an example, or null when the example has none. */
export function expectedOutput(example: string): string | null {
  try {
    return readFileSync(join(EXAMPLES_DIR, example.replace(/\.ts$/, ".expected.txt")), "utf8").trimEnd();
  } catch {
    return null;
  }
}

export interface LessonFile {
  /** `01-why-async` */
  slug: string;
  text: string;
}

/** Every lesson page (`content/lessons/*.mdx`). */
export function lessonFiles(): LessonFile[] {
  return readdirSync(LESSONS_DIR)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => ({
      slug: name.replace(/\.mdx$/, ""),
      text: readFileSync(join(LESSONS_DIR, name), "utf8"),
    }));
}

export interface ExampleUse {
  src: string;
  /** The ```text block that directly follows the `<Example>` tag, if any: the output the lesson quotes. */
  quotedOutput: string | null;
}

/** The `<Example src="…" />` tags of a lesson, each with the output block quoted right after it. */
export function exampleUses(lesson: string): ExampleUse[] {
  const uses: ExampleUse[] = [];
  for (const match of lesson.matchAll(/<Example\s+src="([^"]+)"[^>]*\/>/g)) {
    const after = lesson.slice((match.index ?? 0) + match[0].length);
    const block = /^\s*```text\n([\s\S]*?)\n```/.exec(after);
    uses.push({ src: match[1], quotedOutput: block ? block[1] : null });
  }
  return uses;
}

/** The `<Exercise slug="…" />` and `<Predict slug="…" />` tags of a lesson. */
export function exerciseUses(lesson: string): { component: "Exercise" | "Predict"; slug: string }[] {
  return [...lesson.matchAll(/<(Exercise|Predict)\s+slug="([^"]+)"[^>]*\/>/g)].map((m) => ({
    component: m[1] as "Exercise" | "Predict",
    slug: m[2],
  }));
}
