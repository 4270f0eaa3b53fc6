/**
 * Programs compiled at build time (runtime/build/precompile.ts, runtime/host/precompiled.ts): the
 * site's worker runs one instead of compiling when the learner has not edited it, so each must be
 * exactly what compiling in the worker gives — the same code, line mappings and scopes, and so the
 * same trace — and must never stand in for a program that differs from it.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { buildPrelude } from "../../runtime/build/prelude.ts";
import { courseSources, precompileCourse } from "../../runtime/build/precompile.ts";
import { compile } from "../../runtime/compile/compile.ts";
import {
  type PrecompiledIndex,
  type PrecompiledProgram,
  findPrecompiled,
  precompiledKey,
} from "../../runtime/host/precompiled.ts";
import { ProgramRunner } from "../../runtime/host/program-runner.ts";
import { Sandbox } from "../../runtime/host/sandbox.ts";

const programs = precompileCourse();

function indexOf(entries: PrecompiledProgram[]): PrecompiledIndex {
  return Object.fromEntries(
    entries.map((p) => [precompiledKey(p.filename, p.source), () => Promise.resolve({ default: p })]),
  );
}

describe("precompileCourse", () => {
  it("compiles every example and every exercise starter", () => {
    const sources = courseSources();
    expect(sources.some((s) => s.filename === "factorial.ts")).toBe(true);
    expect(sources.some((s) => s.filename === "bob-juggles.ts")).toBe(true);
    expect(programs.map((p) => p.filename)).toEqual(sources.map((s) => s.filename));
  });

  it("gives each program exactly what compiling it now gives", () => {
    for (const { filename, source, compiled } of programs) {
      expect(compiled, filename).toEqual(compile(source, filename));
    }
  });
});

describe("precompiledKey", () => {
  it("differs when the file name or a single character of the source differs", () => {
    const key = precompiledKey("main.ts", 'print("a");\n');
    expect(precompiledKey("main.ts", 'print("a");\n')).toBe(key);
    expect(precompiledKey("other.ts", 'print("a");\n')).not.toBe(key);
    expect(precompiledKey("main.ts", 'print("b");\n')).not.toBe(key);
    expect(precompiledKey("main.ts", 'print("a");')).not.toBe(key);
    expect(new Set(programs.map((p) => precompiledKey(p.filename, p.source))).size).toBe(programs.length);
  });
});

describe("findPrecompiled", () => {
  const [first] = programs;

  it("finds a program by its file name and source", async () => {
    expect(await findPrecompiled(indexOf(programs), first.filename, first.source)).toEqual(first.compiled);
  });

  it("finds nothing for an edited program or another file name", async () => {
    const index = indexOf(programs);
    expect(await findPrecompiled(index, first.filename, `${first.source}\n`)).toBeNull();
    expect(await findPrecompiled(index, "main.ts", first.source)).toBeNull();
    expect(await findPrecompiled(index, "toString", "")).toBeNull();
  });

  it("refuses an entry whose source is not the program's, even under the program's key", async () => {
    const forged = { ...programs[1], filename: first.filename };
    const index = {
      [precompiledKey(first.filename, first.source)]: () => Promise.resolve({ default: forged }),
    };
    expect(await findPrecompiled(index, first.filename, first.source)).toBeNull();
  });
});

describe("a precompiled program run by ProgramRunner", () => {
  let runner: ProgramRunner;
  let sandbox: Sandbox;
  beforeAll(async () => {
    const prelude = await buildPrelude();
    runner = await ProgramRunner.create(prelude);
    sandbox = await Sandbox.create(prelude);
  }, 60_000);

  it("gives the same trace, byte for byte, as the program compiled and run by Sandbox", () => {
    for (const { filename, source, compiled } of programs) {
      const precompiledTrace = JSON.stringify(runner.run(compiled, { filename }));
      expect(precompiledTrace, filename).toBe(JSON.stringify(sandbox.run(source, { filename })));
    }
  }, 600_000);
});
