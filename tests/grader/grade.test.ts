import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { assembleExercise } from "../../src/exercise-folders/assemble.ts";
import {
  checks,
  checksFor,
  code,
  defineExercise,
  featuredVariant,
  formatReport,
  gradeSubmission,
  type Runner,
} from "../../src/grader/index.ts";
import type { TraceEvent } from "../../runtime/trace.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);

interface World {
  delay: number;
}
const typed = checksFor<World>();

/** A small write exercise: print "done" after `world.delay` seconds, in a task of its own. */
const exercise = assembleExercise(
  "wait-then-say",
  defineExercise<World>({
    slug: "wait-then-say",
    title: "Wait, then say done",
    kind: "write",
    lesson: "05-futures-and-tasks",
    prompt: "Sleep `world.delay` seconds in a task, then print done.",
    budgets: { cpuTimeLimit: 0.05 },
    variants: [
      { name: "one second", world: { delay: 1 } },
      { name: "two seconds", description: "with a two-second delay", world: { delay: 2 } },
    ],
    checks: {
      "says done": typed.printed("done").hint("print exactly: done"),
      "says it after the delay": typed
        .printed("done", { at: ({ world }) => world.delay })
        .explain(
          code.uses("world.delay", "Your code never reads world.delay."),
          code.avoids("time.sleep", "unused"),
        ),
      "says it from a task": typed.printed("done", { by: { coro: "say" } }),
    },
  }),
  new Map([
    ["starter.ts", ""],
    ["solution.ts", ""],
  ]),
);

const grade = (source: string) => gradeSubmission(exercise, source, { runner, filename: "attempt.ts" });
const program = (body: string) =>
  `import * as asyncio from "asyncio";\nimport { world } from "looplab";\n${body}`;

describe("gradeSubmission", () => {
  it("passes a submission that passes every check in every variant, one trace per variant", async () => {
    const { result, traces } = await grade(
      program(
        "async function say() { await asyncio.sleep(world.delay as number); print('done'); }\n" +
          "async function main() { await asyncio.createTask(say()); }\nasyncio.run(main());",
      ),
    );
    expect(result.status, formatReport(result)).toBe("pass");
    expect(result.checks.map((c) => c.status)).toEqual(["pass", "pass", "pass"]);
    expect(traces.map((t) => t.elapsed)).toEqual([1, 2]);
  });

  it("fails a hard-coded delay in the variant it does not fit, naming the variant, with explanations", async () => {
    const { result } = await grade(
      program(
        "async function say() { await asyncio.sleep(1); print('done'); }\n" +
          "async function main() { await asyncio.createTask(say()); }\nasyncio.run(main());",
      ),
    );
    expect(result.status).toBe("fail");
    const late = result.checks[1];
    expect(late.variant).toBe("two seconds");
    expect(late.message).toBe(
      'With a two-second delay: "done" was printed at 1.000 s in Task-2 (say), line 3, but it should be printed ' +
        "at 2.000 s, give or take 0.050 s.\nWhy: Your code never reads world.delay.",
    );
    expect(late.message).not.toContain("{");
    expect(late.at).toMatchObject({ t: 1, line: 3 });
    expect(late.world).toEqual({ delay: 2 });
    // The site shows this variant's run, where the failure's pointer lies.
    expect(featuredVariant(result)).toBe("two seconds");
    expect(late.details).toEqual({
      expected: ['"done"'],
      values: { expected: 2, actual: 1, tolerance: 0.05 },
    });
  });

  it("adds the hint after a failure, and no message to a passing check", async () => {
    const { result } = await grade(program("print('Done');"));
    expect(result.checks[0]).toEqual({
      name: "says done",
      status: "fail",
      variant: "one second",
      world: { delay: 1 },
      message:
        'In the variant “one second”: The program printed "Done", but it should print "done".\nHint: print exactly: done',
      at: { t: 0 },
      details: { expected: ['"done"'] },
    });
  });

  it("gives an error result for an uncaught exception, with the learner's line", async () => {
    const { result } = await grade(
      program("async function main() {\n  throw new TypeError('no way');\n}\nasyncio.run(main());"),
    );
    expect(result.status).toBe("error");
    expect(result.checks).toEqual([]);
    expect(result.message).toMatch(
      /^In the variant “one second”: Your program raised TypeError: no way \(line 4/,
    );
  });

  it("gives an error result for a deadlock, listing what waits", async () => {
    const { result } = await grade(
      program(
        "async function main() {\n  await asyncio.getRunningLoop().createFuture();\n}\nasyncio.run(main());",
      ),
    );
    expect(result.status).toBe("error");
    expect(result.message).toContain("Deadlock: nothing can run and the main task is not done.");
    expect(result.message).toMatch(/Task-1 waits for .*\(line 4\)/);
  });

  it("gives an error result for a loop that never ends, within the exercise's CPU budget", async () => {
    const { result } = await grade(program("let n = 0;\nwhile (true) {\n  n++;\n}"));
    expect(result.status).toBe("error");
    expect(result.message).toContain("Your program ran too long and was stopped (line 4)");
    expect(result.message).toContain("used more than 0.05 s of CPU time");
  });

  it("turns a check that throws into an error check, not a crash", async () => {
    const crashing = assembleExercise(
      "crashing-check",
      {
        slug: "crashing-check",
        title: "t",
        kind: "write",
        lesson: "01-why-async",
        prompt: "p",
        checks: {
          crashes: checks.custom(() => {
            throw new Error("author bug");
          }),
          prints: checks.printed("x"),
        },
      },
      new Map([
        ["starter.ts", ""],
        ["solution.ts", ""],
      ]),
    );
    const { result } = await gradeSubmission(crashing, "print('x');", { runner });
    expect(result.status).toBe("fail");
    expect(result.checks).toEqual([
      { name: "crashes", status: "error", message: "This check could not be evaluated: Error: author bug" },
      { name: "prints", status: "pass" },
    ]);
  });
});

describe("gradeSubmission on a predict exercise", () => {
  const predict = assembleExercise(
    "predict-two-lines",
    {
      slug: "predict-two-lines",
      title: "t",
      kind: "predict",
      lesson: "03-coroutines",
      prompt: "p",
      checks: { order: checks.predictedOrder(), times: checks.predictedTimes() },
    },
    new Map([
      [
        "program.ts",
        'import * as asyncio from "asyncio";\nprint("a");\nasyncio.run(asyncio.sleep(1)); print("b");',
      ],
      ["starter.json", "{}"],
      ["solution.json", "{}"],
    ]),
  );

  it("grades the prediction against the real run of the program", async () => {
    const { result } = await gradeSubmission(predict, '{"lines":[{"text":"a","t":0},{"text":"b","t":1}]}', {
      runner,
    });
    expect(result.status, formatReport(result)).toBe("pass");
  });

  it("gives an error result for a malformed prediction", async () => {
    const { result } = await gradeSubmission(predict, '{"lines":[{"txt":"a"}]}', { runner });
    expect(result).toMatchObject({
      status: "error",
      message: "Your prediction is malformed: lines[0].text must be a string.",
    });
  });
});

describe("gradeSubmission on a truncated trace", () => {
  it("gives an error result that says the run was cut short, instead of a verdict on part of it", async () => {
    const cutRunner: Runner = async (source, options) => {
      const trace = await runner(source, options);
      const kept = trace.events.slice(0, 3);
      const marker = {
        seq: 3,
        t: kept[2].t,
        type: "truncated",
        task: null,
        text: "The trace keeps only the first 3 task events.",
      };
      return { ...trace, events: [...kept, marker as unknown as TraceEvent] };
    };
    const { result } = await gradeSubmission(
      exercise,
      program(
        "async function say() { await asyncio.sleep(world.delay as number); print('done'); }\n" +
          "async function main() { await asyncio.createTask(say()); }\nasyncio.run(main());",
      ),
      { runner: cutRunner },
    );
    expect(result.status).toBe("error");
    expect(result.checks).toEqual([]);
    expect(result.message).toBe(
      "In the variant “one second”: The run was cut short. The trace keeps only the first 3 task events. Checks cannot judge " +
        "a run they have not seen to the end: make the program do fewer steps, then check again.",
    );
  });
});
