/**
 * Compiles the course's programs at build time, as the site's editor would name them: every
 * example (`content/examples/<lesson>/<name>.ts`, run as `<name>.ts`) and every exercise's starter
 * (`exercises/<slug>/starter.ts`, run as `<slug>.ts`). Reference solutions are left out: a page
 * that hides the solution must not ship it in any form.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { compile } from "../compile/compile.ts";
import type { PrecompiledProgram } from "../host/precompiled.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const EXAMPLES_DIR = join(ROOT, "content/examples");
export const EXERCISES_DIR = join(ROOT, "exercises");

/** The course's programs with the file names the site runs them under. */
export function courseSources(): { filename: string; source: string }[] {
  const sources: { filename: string; source: string }[] = [];
  for (const lesson of readdirSync(EXAMPLES_DIR, { withFileTypes: true })) {
    if (!lesson.isDirectory()) continue;
    for (const file of readdirSync(join(EXAMPLES_DIR, lesson.name)).sort()) {
      if (!file.endsWith(".ts") || file.endsWith(".d.ts")) continue;
      sources.push({ filename: file, source: readFileSync(join(EXAMPLES_DIR, lesson.name, file), "utf8") });
    }
  }
  for (const slug of readdirSync(EXERCISES_DIR, { withFileTypes: true })) {
    // A "predict" exercise has no starter: the learner orders lines, and runs no program of theirs.
    const starter = join(EXERCISES_DIR, slug.name, "starter.ts");
    if (slug.isDirectory() && existsSync(starter)) {
      sources.push({ filename: `${slug.name}.ts`, source: readFileSync(starter, "utf8") });
    }
  }
  return sources;
}

/** Every course program that compiles, compiled. */
export function precompileCourse(): PrecompiledProgram[] {
  return courseSources().flatMap(({ filename, source }) => {
    const compiled = compile(source, filename);
    return compiled.ok ? [{ filename, source, compiled }] : [];
  });
}
