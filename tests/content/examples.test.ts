/**
 * Docs examples are tests: every program in `content/examples/` runs in the real sandbox and
 * ends without an error, its output matches its `<name>.expected.txt` when it has one, and the
 * output a lesson quotes under an `<Example>` is exactly what the program prints.
 */
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import type { Trace } from "../../runtime/trace.ts";
import {
  EXAMPLES_DIR,
  exampleFiles,
  exampleUses,
  expectedOutput,
  lessonFiles,
  renderOutput,
} from "./example-output.ts";

const sandbox = await createSandbox();
const traces = new Map<string, Trace>();

function runExample(example: string): Trace {
  let trace = traces.get(example);
  if (trace === undefined) {
    trace = sandbox.run(readFileSync(join(EXAMPLES_DIR, example), "utf8"), {
      filename: basename(example) /* as the site names it */,
    });
    traces.set(example, trace);
  }
  return trace;
}

const examples = exampleFiles();

describe.each(examples)("example %s", (example) => {
  it("runs to the end without an error", () => {
    const trace = runExample(example);
    expect(trace.error, JSON.stringify(trace.error)).toBeNull();
    expect(trace.ok).toBe(true);
  });

  const expected = expectedOutput(example);
  if (expected !== null) {
    it("prints exactly its expected output", () => {
      expect(renderOutput(runExample(example), example)).toBe(expected);
    });
  }

  it("prints the same trace on every run", () => {
    const again = sandbox.run(readFileSync(join(EXAMPLES_DIR, example), "utf8"), {
      filename: basename(example) /* as the site names it */,
    });
    expect(JSON.stringify(again)).toBe(JSON.stringify(runExample(example)));
  });
});

describe("io-vs-cpu example", () => {
  it("overlaps the two downloads but runs the two calculations one after the other", () => {
    const lines = runExample("01-why-async/io-vs-cpu.ts").events.filter((e) => e.type === "stdout");
    const at = (text: string) => {
      const event = lines.find((e) => e.text === text);
      if (event === undefined) throw new Error(`"${text}" was not printed`);
      return event;
    };
    expect(at("download B: waiting for the network").t).toBe(at("download A: waiting for the network").t);
    const firstDone = at("crunch A: counted to 3000000");
    const secondStart = at("crunch B: counting");
    expect(secondStart.seq).toBeGreaterThan(firstDone.seq);
    expect(firstDone.t).toBeGreaterThan(at("crunch A: counting").t);
    expect(at("crunch B: counted to 3000000").t - secondStart.t).toBeCloseTo(
      firstDone.t - at("crunch A: counting").t,
      6,
    );
  });
});

describe.each(lessonFiles().map((lesson) => [lesson.slug, lesson] as const))("lesson %s", (slug, lesson) => {
  const uses = exampleUses(lesson.text);

  it("embeds only examples that exist, from its own folder", () => {
    for (const use of uses) {
      expect(examples, `<Example src="${use.src}">`).toContain(use.src);
      expect(use.src.startsWith(`${slug}/`), `<Example src="${use.src}"> belongs to another lesson`).toBe(
        true,
      );
    }
  });

  const quoted = uses.filter((use) => use.quotedOutput !== null);
  if (quoted.length > 0) {
    it.each(quoted.map((use) => [use.src, use] as const))("quotes the real output of %s", (src, use) => {
      expect(expectedOutput(src), `${src} needs a .expected.txt next to it`).not.toBeNull();
      expect(use.quotedOutput).toBe(renderOutput(runExample(src), src));
    });
  }
});

it("uses every example program in some lesson", () => {
  const used = new Set(lessonFiles().flatMap((lesson) => exampleUses(lesson.text).map((use) => use.src)));
  expect(examples.filter((example) => !used.has(example))).toEqual([]);
});
