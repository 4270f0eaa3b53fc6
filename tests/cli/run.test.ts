import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Trace } from "../../runtime/trace.ts";
import { runCli } from "./run-cli.ts";

const FACTORIAL = "content/examples/05-futures-and-tasks/factorial.ts";
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "looplab-run-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("course run", { timeout: 120_000 }, () => {
  it("prints what the README's first command shows", async () => {
    const readme = await readFile("README.md", "utf8");
    const command = `npm run course -- run ${FACTORIAL} --timestamps`;
    const shown = readme.slice(readme.indexOf(command)).split("```")[2].replace(/^\n/, "");
    const run = await runCli(["run", FACTORIAL, "--timestamps"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(shown);
  });

  it("prints the plain output without timestamps", async () => {
    const run = await runCli(["run", FACTORIAL]);
    expect(run.code).toBe(0);
    const expected = await readFile(FACTORIAL.replace(/\.ts$/, ".expected.txt"), "utf8");
    expect(run.stdout).toBe(expected.replace(/^\[[^\]]*\] /gm, ""));
    expect(run.stderr).toBe("");
  });

  it("prints the trace document with --json", async () => {
    const run = await runCli(["run", FACTORIAL, "--json"]);
    expect(run.code).toBe(0);
    const trace = JSON.parse(run.stdout) as Trace;
    expect(trace.ok).toBe(true);
    expect(trace.error).toBeNull();
    const printed = trace.events.filter((e) => e.type === "stdout").map((e) => e.text);
    expect(printed.at(-1)).toBe("[2, 6, 24]");
  });

  it("exits 1 with the error and its line on stderr when the program raises", async () => {
    const file = join(dir, "raises.ts");
    await writeFile(
      file,
      'import * as asyncio from "asyncio";\n\nasyncio.run((async () => {\n  throw new Error("boom");\n})());\n',
    );
    const run = await runCli(["run", file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^raises\.ts:4:\d+: Error: boom/m);
  });

  it("notes on stderr when the trace reached its event limit, and still prints every line", async () => {
    const file = join(dir, "busy.ts");
    await writeFile(
      file,
      'import * as asyncio from "asyncio";\n\nasyncio.run((async () => {\n  for (let i = 0; i < 40000; i++) await asyncio.sleep(0);\n  print("done");\n})());\n',
    );
    const run = await runCli(["run", file]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe("done\n");
    expect(run.stderr).toMatch(/^Note: The trace keeps only the first \d+ task events/m);
  });

  it("exits 2 for a file it cannot read or an option it does not know", async () => {
    const missing = await runCli(["run", join(dir, "absent.ts")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("Cannot read");
    const unknown = await runCli(["run", FACTORIAL, "--colour"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("Usage: npm run course -- run");
  });
});

describe("course run --exercise", { timeout: 120_000 }, () => {
  it("runs the program in the exercise's first variant's world", async () => {
    const run = await runCli(["run", "exercises/two-delays/solution.ts", "--exercise", "two-delays"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe("sleeping for 2 second(s)");
  });

  it("runs the variant --variant names", async () => {
    const run = await runCli([
      "run",
      "exercises/two-delays/solution.ts",
      "--exercise",
      "two-delays",
      "--variant",
      "4 s and 1 s",
      "--timestamps",
    ]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain("[  1.000 Task-3] finished sleeping for 1 second(s)");
  });

  it("names the variants there are when --variant names none of them", async () => {
    const run = await runCli([
      "run",
      "exercises/two-delays/solution.ts",
      "--exercise",
      "two-delays",
      "--variant",
      "9 s",
    ]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      '"two-delays" has no variant "9 s"; its variants are "2 s and 3 s", "4 s and 1 s", "0.5 s and 2.5 s".',
    );
  });

  it("refuses an unknown exercise and --variant without --exercise", async () => {
    const unknown = await runCli(["run", FACTORIAL, "--exercise", "two-delay"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('There is no exercise "two-delay". Did you mean "two-delays"?');
    const alone = await runCli(["run", FACTORIAL, "--variant", "x"]);
    expect(alone.code).toBe(2);
    expect(alone.stderr).toContain("--variant needs --exercise <slug>.");
  });
});
