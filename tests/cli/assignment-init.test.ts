import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { ClassroomResult } from "../../src/cli/commands/classroom/github-classroom.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import { localizeExercise } from "../../src/grader/localize.ts";
import { ROOT, runCli } from "./run-cli.ts";
import { workflowErrors } from "./workflow-schema.ts";

const ASSIGNMENT = "assignments/week-1-first-tasks.json";
const REPOSITORY = "https://github.com/example-school/looplab.git";
let dir: string;
let repo: string;
let workflowText: string;

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface Workflow {
  env: Record<string, string>;
  jobs: { autograding: { name: string; steps: Step[] } };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-template-"));
  repo = join(dir, "repo");
  const run = await runCli([
    "assignment",
    "init",
    ASSIGNMENT,
    repo,
    "--repository",
    REPOSITORY,
    "--ref",
    "v1",
  ]);
  expect(run.code, run.stderr).toBe(0);
  workflowText = await readFile(join(repo, ".github/workflows/classroom.yml"), "utf8");
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const steps = () => (parse(workflowText) as Workflow).jobs.autograding.steps;

/**
 * Runs the workflow's own `run:` steps in the template, as the runner would (bash -eo pipefail,
 * GITHUB_OUTPUT, GITHUB_ACTOR). The runner's `uses:` actions are not available here, and the
 * install step needs the network: instead the template's `.looplab` is this checkout.
 */
async function runWorkflowSteps(cwd: string): Promise<Map<string, string>> {
  await rm(join(cwd, ".looplab"), { force: true });
  await symlink(ROOT, join(cwd, ".looplab"));
  const output = join(cwd, "github-output.txt");
  await writeFile(output, "");
  for (const step of steps().filter((s) => s.run !== undefined && s.name !== "Install Looplab")) {
    await promisify(execFile)(
      "bash",
      ["--noprofile", "--norc", "-eo", "pipefail", "-c", step.run as string],
      {
        cwd,
        env: {
          ...process.env,
          PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ""}`,
          GITHUB_ACTOR: "octo-student",
          GITHUB_OUTPUT: output,
        },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
  }
  const outputs = new Map<string, string>();
  for (const line of (await readFile(output, "utf8")).split("\n").filter(Boolean)) {
    const at = line.indexOf("=");
    outputs.set(line.slice(0, at), line.slice(at + 1));
  }
  return outputs;
}

/** What the reporter action does with a runner's output: base64 → JSON. */
function decode(result: string | undefined): ClassroomResult {
  return JSON.parse(Buffer.from(result ?? "", "base64").toString("utf8")) as ClassroomResult;
}

describe("course assignment init", { timeout: 180_000 }, () => {
  it("writes the starter files, the programs to predict, the assignment and a README", async () => {
    const assignment = JSON.parse(await readFile(ASSIGNMENT, "utf8")) as {
      exercises: string[];
      title: string;
    };
    expect((await readdir(join(repo, "submission"))).sort()).toEqual(
      ["bob-juggles.ts", "gather-factorials.ts", "predict-task-times.json", "two-delays.ts"].sort(),
    );
    expect(await readFile(join(repo, "submission/two-delays.ts"), "utf8")).toBe(
      await readFile("exercises/two-delays/starter.ts", "utf8"),
    );
    expect(await readFile(join(repo, "programs/predict-task-times.ts"), "utf8")).toBe(
      await readFile("exercises/predict-task-times/program.ts", "utf8"),
    );
    const readme = await readFile(join(repo, "README.md"), "utf8");
    expect(readme.startsWith(`# ${assignment.title}\n`)).toBe(true);
    expect(readme).toContain("**Due:** 2026-12-15");
    expect(readme).toContain("edit `submission/two-delays.ts`");
    expect(readme).toContain(`git clone --depth 1 --branch v1 ${REPOSITORY} looplab`);
  });

  it("writes a workflow that GitHub's workflow schema accepts", async () => {
    expect(await workflowErrors("classroom.yml", workflowText)).toEqual([]);
  });

  it("the schema check catches a broken workflow", async () => {
    const broken = workflowText.replace("runs-on:", "run-on:");
    expect(await workflowErrors("classroom.yml", broken)).toContainEqual(expect.stringContaining("run-on"));
  });

  it("installs the Looplab repository and ref it was given", () => {
    const workflow = parse(workflowText) as Workflow;
    expect(workflow.env).toEqual({ LOOPLAB_REPOSITORY: REPOSITORY, LOOPLAB_REF: "v1" });
    const install = steps().find((s) => s.name === "Install Looplab");
    expect(install?.run).toContain(
      'git clone --depth 1 --branch "$LOOPLAB_REF" "$LOOPLAB_REPOSITORY" .looplab',
    );
  });

  it("hands the grading step's result to GitHub Classroom's reporter under the name it reads", () => {
    expect((parse(workflowText) as Workflow).jobs.autograding.name).toBe("Autograding Tests");
    const reporter = steps().find((s) =>
      s.uses?.startsWith("classroom-resources/autograding-grading-reporter@"),
    );
    const runner = reporter?.with?.runners ?? "";
    expect(reporter?.env?.[`${runner.toUpperCase()}_RESULTS`]).toBe(`\${{ steps.${runner}.outputs.result }}`);
    expect(steps().some((s) => s.id === runner && s.run !== undefined)).toBe(true);
  });

  it("grades the untouched starters as failing, with a JUnit report", async () => {
    const outputs = await runWorkflowSteps(repo);
    const result = decode(outputs.get("result"));
    expect(result.version).toBe(1);
    expect(result.status).toBe("fail");
    expect(result.max_score).toBe(40);
    expect(result.tests.map((t) => [t.name, t.status, t.score])).toEqual([
      ["bob-juggles", "fail", 0],
      ["predict-task-times", "fail", 0],
      ["two-delays", "fail", 0],
      ["gather-factorials", "fail", 0],
    ]);
    const junit = await readFile(join(repo, "looplab-junit.xml"), "utf8");
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain('classname="octo-student"');
  });

  it("gives full points once every exercise is solved", async () => {
    const solved = join(dir, "solved");
    await cp(repo, solved, { recursive: true, verbatimSymlinks: true });
    for (const slug of ["bob-juggles", "two-delays", "gather-factorials"]) {
      await cp(`exercises/${slug}/solution.ts`, join(solved, "submission", `${slug}.ts`));
    }
    await cp(
      "exercises/predict-task-times/solution.json",
      join(solved, "submission/predict-task-times.json"),
    );
    const result = decode((await runWorkflowSteps(solved)).get("result"));
    expect(result.status).toBe("pass");
    expect(result.tests.map((t) => t.score)).toEqual([10, 10, 10, 10]);
  });
});

describe("course assignment check", { timeout: 60_000 }, () => {
  it("accepts the course's assignment files", async () => {
    for (const file of await readdir("assignments")) {
      if (!file.endsWith(".json")) continue;
      const run = await runCli(["assignment", "check", `assignments/${file}`]);
      expect(run.code, run.stderr).toBe(0);
      const { id } = JSON.parse(await readFile(`assignments/${file}`, "utf8")) as { id: string };
      expect(file).toBe(`${id}.json`);
    }
  });

  it("lists every problem of a broken file, each with its field", async () => {
    const file = join(dir, "broken.json");
    await writeFile(
      file,
      JSON.stringify({
        id: "Week 1",
        title: "",
        exercises: ["two-delays", "two-delay", "two-delays"],
        hints: "no",
        sollutions: false,
      }),
    );
    const run = await runCli(["assignment", "check", file]);
    expect(run.code).toBe(1);
    expect(run.stderr.split("\n").filter((l) => l.startsWith("  - "))).toEqual([
      `  - ${file}: unknown field "sollutions" (the fields are id, title, exercises, hints, solutions, due, points, instructions, lang).`,
      `  - ${file}: "id" must be lowercase letters, digits and single dashes, like "week-3".`,
      `  - ${file}: "title" must be a non-empty string.`,
      `  - ${file}: "exercises[1]" is not an exercise: there is no "two-delay". Did you mean "two-delays"?`,
      `  - ${file}: "exercises[2]" repeats "two-delays".`,
      `  - ${file}: "hints" must be true or false.`,
    ]);
  });

  it("refuses to write a template into a folder that is not empty", async () => {
    const run = await runCli(["assignment", "init", ASSIGNMENT, repo, "--repository", REPOSITORY]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("is not empty");
  });
});

describe("course assignment init with a Korean assignment", { timeout: 120_000 }, () => {
  it("writes the student README in Korean, linking the Korean assignment page", async () => {
    const file = join(dir, "korean.json");
    const english = JSON.parse(await readFile(ASSIGNMENT, "utf8")) as Record<string, unknown>;
    await writeFile(
      file,
      JSON.stringify({ ...english, id: "week-1-ko", title: "1주 차: 첫 태스크", lang: "ko" }),
    );
    const target = join(dir, "korean-repo");
    const run = await runCli([
      "assignment",
      "init",
      file,
      target,
      "--repository",
      REPOSITORY,
      "--ref",
      "v1",
      "--site",
      "https://school.example/looplab",
    ]);
    expect(run.code, run.stderr).toBe(0);
    const readme = await readFile(join(target, "README.md"), "utf8");
    expect(readme.startsWith("# 1주 차: 첫 태스크\n")).toBe(true);
    for (const line of [
      "**마감:** 2026-12-15",
      "브라우저에서 연습 문제를 풀 수 있습니다: https://school.example/looplab/ko/assignments/week-1-ko/",
      "## 연습 문제",
      "수정할 파일: `submission/two-delays.ts`",
      "## 제출하기",
      "## 내 컴퓨터에서 코드 실행해 보기",
      "npm run course -- grade <exercise> ../<이 저장소>/submission/<exercise>.ts",
    ]) {
      expect(readme).toContain(line);
    }
    // Each exercise is titled and described by its Korean translation.
    const korean = localizeExercise(await loadExercise("two-delays"), "ko");
    expect(korean.translated).toBe(true);
    expect(readme).toContain(`**${korean.title}** — 수정할 파일: \`submission/two-delays.ts\``);
    expect(readme).toContain(korean.prompt.split("\n")[0]);
    for (const english of ["## The exercises", "## Handing in", "**Due:**", "Predict what"]) {
      expect(readme).not.toContain(english);
    }
    // The workflow and the files it grades do not depend on the language.
    expect(await readFile(join(target, ".github/workflows/classroom.yml"), "utf8")).toBe(workflowText);
  });
});
