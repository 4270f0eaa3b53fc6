/**
 * The differential programs themselves: every Python program has its TypeScript translation, and
 * the translations compile against the learner declarations that ship with the runtime, so they
 * only use the API learners see.
 */
import { join, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROGRAMS, listPairs, programStems } from "./programs.ts";

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

describe("differential programs", () => {
  it("pair every .py program with a .ts translation, and the reverse", () => {
    expect(programStems(".ts")).toEqual(programStems(".py"));
    expect(listPairs()).toHaveLength(69);
  });

  it("type-check the .ts translations against the learner declarations", () => {
    const files = programStems(".ts").map((stem) => join(PROGRAMS, `${stem}.ts`));
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
      return `${diagnostic.file.fileName.slice(PROGRAMS.length + 1)}:${line + 1}:${character + 1}: ${message}`;
    });
    expect(problems).toEqual([]);
  }, 60_000);
});
