/**
 * The generic forger: for every exercise, a program that knows the reference solution's whole
 * trace for every variant and tries to hand it to the grader through every channel a program
 * could reach — the host bridge, the runtime's control object, the JSON the recorder uses, the
 * prototypes the runtime relies on, any global with a `flush` — and then does none of the work.
 * A grade can only come from really running, so every one of these must fail.
 */
import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { loadExercises } from "../../src/exercise-folders/load.ts";
import { formatReport, gradeSubmission, variantsOf, type LoadedExercise } from "../../src/grader/index.ts";

const sandbox = await createSandbox();
const runner = sandbox.run.bind(sandbox);
const exercises = (await loadExercises()).filter((e) => e.definition.kind !== "predict");

/** The solution's trace of every variant, keyed by the variant's world as the program sees it. */
function solutionTraces(exercise: LoadedExercise): Record<string, unknown> {
  const traces: Record<string, unknown> = {};
  for (const variant of variantsOf(exercise.definition)) {
    const world = variant.world as Record<string, unknown>;
    traces[JSON.stringify(world)] = runner(exercise.solution, { ...exercise.definition.budgets, world });
  }
  return traces;
}

function forger(exercise: LoadedExercise): string {
  return `import { world } from "looplab";
const traces: Record<string, { events: unknown[]; elapsed: number }> = ${JSON.stringify(solutionTraces(exercise))};
const trace = traces[JSON.stringify(world)];
const batch = JSON.stringify(trace.events);
const outcome = JSON.stringify({ elapsed: trace.elapsed, error: null });
const g = globalThis as Record<string, any>;
const attempts: (() => unknown)[] = [
  () => g.__host.flush(batch),
  () => g.__host.register({ finish: () => outcome }),
  () => (g.__looplab.finish = () => outcome),
  () => g.__looplab.configure('{"outputLimitBytes":1e12,"cpuTimeLimit":1e12}'),
  () => (JSON.stringify = () => batch),
  () => Object.defineProperty(JSON, "stringify", { value: () => batch }),
  () => Object.defineProperty(Array.prototype, "push", { value: () => 0 }),
  () => ((Object.prototype as any).then = (resolve: (value: unknown) => void) => resolve(outcome)),
  () => {
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      const value = g[name];
      if (value && typeof value.flush === "function") value.flush(batch);
      if (value && typeof value.finish === "function") value.finish = () => outcome;
    }
  },
];
for (const attempt of attempts) {
  try {
    attempt();
  } catch {
    // Every channel is closed; try the next.
  }
}
`;
}

describe.each(exercises.map((e) => [e.definition.slug, e] as const))(
  "a forged trace for %s",
  (_slug, exercise) => {
    it("does not pass: nothing but really running makes a grade", async () => {
      const { result, traces } = await gradeSubmission(exercise, forger(exercise), {
        runner,
        filename: "forger.ts",
      });
      expect(result.status, formatReport(result)).not.toBe("pass");
      for (const trace of traces) expect(trace.events.filter((e) => e.type === "stdout")).toEqual([]);
    });
  },
);
