/** Where the differential programs live and how they pair up. */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const PROGRAMS = join(dirname(fileURLToPath(import.meta.url)), "programs");

/** The stems (`NN-name`) of the files in `programs/` that end with `ext`, sorted. */
export function programStems(ext: ".py" | ".ts"): string[] {
  return readdirSync(PROGRAMS)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .sort();
}

/** Program names (`NN-name`) that have both a `.py` and a `.ts` file. */
export function listPairs(): string[] {
  const ts = new Set(programStems(".ts"));
  return programStems(".py").filter((stem) => ts.has(stem));
}
