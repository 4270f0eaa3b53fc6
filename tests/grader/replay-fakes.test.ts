/**
 * The strongest fake we can build mechanically: a program that knows, for every variant, exactly
 * what the reference solution prints and when, and what main returns, and replays it from the main
 * task alone with `await asyncio.sleep(dt)`. Output, timing and return value all match; only
 * the way the work was done differs. Every exercise whose point is concurrency must fail it.
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { formatReport, gradeSubmission, variantsOf, type LoadedExercise } from "../../src/grader/index.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);

/** The exercises that teach running work concurrently, stopping it, or not blocking the loop. */
const CONCURRENCY_EXERCISES = [
  "bob-juggles",
  "two-delays",
  "gather-factorials",
  "cancel-spinner",
  "cleanup-on-cancel",
  "swallowed-cancel",
  "unblock-the-loop",
];

/** Checks that read behaviour (who printed, who waited, what was cancelled or held the loop), not text. */
const BEHAVIOUR_KINDS = [
  "eachInOwnTask",
  "overlap",
  "printed",
  "cancelled",
  "neverBlockedLongerThan",
  "blockedAtMost",
  "allTasksFinished",
  "waitedFor",
  "custom",
];

/** The printed lines of a run with their times and nothing else: what a learner sees in the console. */
function consoleLines(trace: ReturnType<typeof runner>): [number, string][] {
  return trace.events.filter((e) => e.type === "stdout").map((e): [number, string] => [e.t, e.text ?? ""]);
}

/** Builds the replaying fake from the solution's runs, one script per variant's world. */
function replayFake(exercise: LoadedExercise): string {
  const scripts: Record<string, { lines: [number, string][]; result: unknown }> = {};
  for (const variant of variantsOf(exercise.definition)) {
    const trace = runner(exercise.solution, {
      ...exercise.definition.budgets,
      world: variant.world as Record<string, unknown>,
    });
    const lines = trace.events
      .filter((e) => e.type === "stdout")
      .map((e): [number, string] => [e.t, e.text ?? ""]);
    const mainResult =
      trace.events.find((e) => e.type === "task_done" && e.task === "Task-1")?.result ?? "undefined";
    scripts[JSON.stringify(variant.world)] = { lines, result: fromRepr(mainResult) };
  }
  return [
    'import * as asyncio from "asyncio";',
    'import { world } from "looplab";',
    `const scripts = ${JSON.stringify(scripts)};`,
    "async function main() {",
    "  const script = scripts[JSON.stringify(world)];",
    "  let now = 0;",
    "  for (const [t, text] of script.lines) {",
    "    if (t > now) { await asyncio.sleep(t - now); now = t; }",
    "    print(text);",
    "  }",
    "  return script.result;",
    "}",
    "asyncio.run(main());",
  ].join("\n");
}

/** Reads back a result the trace printed in repr form, for the values exercises return. */
function fromRepr(text: string): unknown {
  if (text === "undefined") return undefined;
  try {
    return JSON.parse(text.replace(/'/g, '"'));
  } catch {
    return text;
  }
}

describe.each(CONCURRENCY_EXERCISES)("a replay of the solution for %s", (slug) => {
  it("prints exactly what the solution prints, when it prints it, in every variant", async () => {
    const exercise = await loadExercise(slug);
    const fake = replayFake(exercise);
    for (const variant of variantsOf(exercise.definition)) {
      const options = { ...exercise.definition.budgets, world: variant.world as Record<string, unknown> };
      expect(consoleLines(runner(fake, options)), variant.name).toEqual(
        consoleLines(runner(exercise.solution, options)),
      );
    }
  });

  it("fails on a check that reads behaviour, and passes every check that reads only the output", async () => {
    const exercise = await loadExercise(slug);
    const fake = replayFake(exercise);
    const { result } = await gradeSubmission(exercise, fake, { runner, filename: "fake.ts" });
    expect(result.status, formatReport(result)).toBe("fail");
    const kindOf = (name: string) => exercise.definition.checks[name].kind;
    const failedKinds = result.checks.filter((c) => c.status === "fail").map((c) => kindOf(c.name));
    expect(
      failedKinds.some((kind) => BEHAVIOUR_KINDS.includes(kind)),
      formatReport(result),
    ).toBe(true);
    const outputChecks = result.checks.filter((c) =>
      ["outputEquals", "outputIncludes", "inOrder", "before", "spansOverlap", "finishedNear"].includes(
        kindOf(c.name),
      ),
    );
    for (const check of outputChecks) expect(check.status, formatReport(result)).toBe("pass");
  });
});
