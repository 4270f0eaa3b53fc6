import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GradeResult, SubmissionBundle } from "../../src/grader/index.ts";
import { runCli } from "./run-cli.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-grade-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course grade", () => {
  it("exits 0 with a one-screen report when the submission passes", async () => {
    const run = await runCli(["grade", "two-delays", "exercises/two-delays/solution.ts"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("two-delays — Two delays at once: PASS (8/8 checks)");
    expect(run.stdout).toContain("  ✓ the delays really run separately");
  });

  it("exits 1 and prints results.json v3 with the checks in declaration order", async () => {
    const run = await runCli([
      "grade",
      "two-delays",
      "exercises/two-delays/wrong/replays-from-main.ts",
      "--json",
    ]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as GradeResult;
    expect(result.version).toBe(3);
    expect(result.status).toBe("fail");
    expect(result.checks.map((c) => [c.name, c.status])).toEqual([
      ["prints when each delay starts and finishes", "pass"],
      ["both delays start before either finishes", "pass"],
      ["the delays wait at the same time", "pass"],
      ["the delays really run separately", "fail"],
      ["nothing holds the loop while the delays wait", "pass"],
      ["main waits for both delays", "pass"],
      ["finishes after the longer delay, not the sum", "pass"],
      ["main returns both results in order", "pass"],
    ]);
    const own = result.checks[3];
    expect(own.message).toContain(
      'With delays of 2 s and 3 s: "sleeping for 2 second(s)" and "sleeping for 3 second(s)" were both printed by Task-1 (main)',
    );
    expect(own.variant).toBe("2 s and 3 s");
    expect(own.at).toMatchObject({ t: 0, task: "Task-1", line: 10 });
  });

  it("reports a compile error as an error result with the learner's line", async () => {
    const file = join(dir, "broken.ts");
    await writeFile(file, 'import * as asyncio from "asyncio";\nconst x = ;\n');
    const run = await runCli(["grade", "two-delays", file, "--json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as GradeResult;
    expect(result.status).toBe("error");
    expect(result.checks).toEqual([]);
    expect(result.message).toMatch(/^Your code does not compile \(line 2:\d+\): /);
  });

  it("grades a prediction for a predict-the-output exercise", async () => {
    const pass = await runCli(["grade", "predict-task-times", "exercises/predict-task-times/solution.json"]);
    expect(pass.code).toBe(0);
    const fail = await runCli([
      "grade",
      "predict-task-times",
      "exercises/predict-task-times/wrong/waits-add-up.json",
    ]);
    expect(fail.code).toBe(1);
    expect(fail.stdout).toContain('The times you gave for lines 4, 5 and 6 ("slow task done" at 3.000 s, ');
  });

  it("explains usage mistakes with exit code 2", async () => {
    const unknown = await runCli(["grade", "two-delay", "exercises/two-delays/solution.ts"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no exercise "two-delay". Did you mean "two-delays"?');
    const wrongKind = await runCli(["grade", "predict-task-times", "exercises/two-delays/solution.ts"]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toContain(
      '"predict-task-times" is a predict-the-output exercise: grade a prediction .json file.',
    );
  });

  it("writes a submission bundle that re-grades to the same trace hash", async () => {
    const bundleFile = join(dir, "bundle.json");
    const first = await runCli([
      "grade",
      "gather-factorials",
      "exercises/gather-factorials/solution.ts",
      "--bundle",
      bundleFile,
    ]);
    expect(first.code).toBe(0);
    const bundle = JSON.parse(await readFile(bundleFile, "utf8")) as SubmissionBundle;
    expect(bundle).toMatchObject({ format: "looplab-submission", version: 1, exercise: "gather-factorials" });
    expect(bundle.traceHash).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(bundle.traceHash).toBe(bundle.result.traceHash);

    const regrade = await runCli(["grade", bundleFile, "--json"]);
    expect(regrade.code).toBe(0);
    const result = JSON.parse(regrade.stdout) as GradeResult & { bundle: { reproduced: boolean } };
    expect(result.traceHash).toBe(bundle.traceHash);
    expect(result.bundle.reproduced).toBe(true);
  });

  it("flags a bundle whose code no longer produces its trace hash", async () => {
    const bundleFile = join(dir, "bundle.json");
    const bundle = JSON.parse(await readFile(bundleFile, "utf8")) as SubmissionBundle;
    const tampered = join(dir, "tampered.json");
    await writeFile(
      tampered,
      JSON.stringify({ ...bundle, code: bundle.code.replace("print(results);", "") }),
    );
    const run = await runCli(["grade", "gather-factorials", tampered]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Re-graded: the trace hash DIFFERS from the bundle's.");
    expect(run.stdout).toContain(`bundle:    ${bundle.traceHash}`);
  });
});
