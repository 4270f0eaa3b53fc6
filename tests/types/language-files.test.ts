/**
 * The files the editor's language service type-checks against are bundled at build time: all of
 * TypeScript's ES2023 library (the whole `/// <reference lib>` chain of `lib.es2023.d.ts`, no DOM)
 * and every declaration file of `runtime/types/`.
 */
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { DECLARATIONS_DIR, declarationFiles, libraryFiles } from "../../src/worker/language-files.ts";

const LIB_DIR = dirname(createRequire(import.meta.url).resolve("typescript/lib/lib.es2023.d.ts"));

/** `lib.es2023.d.ts` and every library file it references, directly or not. */
function es2023Closure(): Set<string> {
  const seen = new Set<string>();
  const queue = ["es2023"];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    seen.add(name);
    const text = readFileSync(join(LIB_DIR, `lib.${name}.d.ts`), "utf8");
    for (const match of text.matchAll(/<reference lib="([^"]+)"/g)) queue.push(match[1] ?? "");
  }
  return new Set([...seen].map((name) => `/lib.${name}.d.ts`));
}

describe("libraryFiles", () => {
  it("holds exactly the ES2023 library chain, with the files' text", () => {
    const files = libraryFiles();
    expect(new Set(files.keys())).toEqual(es2023Closure());
    expect(files.get("/lib.es5.d.ts")).toBe(readFileSync(join(LIB_DIR, "lib.es5.d.ts"), "utf8"));
  });

  it("leaves out the DOM", () => {
    expect([...libraryFiles().keys()].filter((path) => /dom/i.test(path))).toEqual([]);
  });
});

describe("declarationFiles", () => {
  it("holds every declaration file of runtime/types", () => {
    const dir = resolve(import.meta.dirname, "../../runtime/types");
    const names = readdirSync(dir).filter((name) => name.endsWith(".d.ts"));
    expect([...declarationFiles().keys()].sort()).toEqual(
      names.map((name) => `${DECLARATIONS_DIR}${name}`).sort(),
    );
  });
});
