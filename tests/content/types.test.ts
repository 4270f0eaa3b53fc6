/**
 * What learners see in the editor type-checks: every example program, and every exercise's
 * starter, reference solution and predict program, compile without errors against the learner
 * declarations that ship with the runtime (`runtime/types/`). Known-wrong submissions are left out:
 * being wrong is their job.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";
import { EXAMPLES_DIR, exampleFiles } from "./example-output.ts";

const ROOT = resolve(import.meta.dirname, "../..");
const DECLARATIONS = [
  "globals.d.ts",
  "asyncio.d.ts",
  "asyncio-tower.d.ts",
  "concurrent-futures.d.ts",
  "services.d.ts",
  "time.d.ts",
  "looplab.d.ts",
].map((name) => join(ROOT, "runtime/types", name));

function learnerFiles(): string[] {
  const examples = exampleFiles().map((example) => join(ROOT, EXAMPLES_DIR, example));
  const exercisesDir = join(ROOT, "exercises");
  const exercises = readdirSync(exercisesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith(".") && !entry.name.startsWith("_"))
    .flatMap((entry) =>
      ["starter.ts", "solution.ts", "program.ts"].map((name) => join(exercisesDir, entry.name, name)),
    )
    .filter((file) => existsSync(file));
  return [...examples, ...exercises];
}

it("type-checks every example and exercise program against the learner declarations", () => {
  const files = learnerFiles();
  expect(files.length).toBeGreaterThan(0);
  const program = ts.createProgram([...DECLARATIONS, ...files], {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    moduleDetection: ts.ModuleDetectionKind.Force,
    strict: true,
    noEmit: true,
    types: [],
  });
  const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n");
    if (diagnostic.file === undefined || diagnostic.start === undefined) return message;
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return `${diagnostic.file.fileName.slice(ROOT.length + 1)}:${line + 1}:${character + 1}: ${message}`;
  });
  expect(problems).toEqual([]);
});
