/**
 * The files the language service type-checks a learner's program against, bundled at build time
 * (no network): TypeScript's standard library for ES2023, without the DOM (the sandbox has none),
 * and the learner-facing declarations of `runtime/types/`.
 */

/** Where the runtime's declarations live in the virtual file system. */
export const DECLARATIONS_DIR = "/looplab/";

// The closure of `lib.es2023.d.ts` (its `/// <reference lib>` chain); the `*.full` variants pull
// in the DOM and are left out.
const libs = import.meta.glob<string>(
  [
    "../../node_modules/typescript/lib/lib.{es5,decorators,decorators.legacy}.d.ts",
    "../../node_modules/typescript/lib/lib.es201[5-9]*.d.ts",
    "../../node_modules/typescript/lib/lib.es202[0-3]*.d.ts",
    "!**/*.full.d.ts",
  ],
  { query: "?raw", import: "default", eager: true },
);

const declarations = import.meta.glob<string>("../../runtime/types/*.d.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

const baseName = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** TypeScript's library files, by the path the virtual file system expects (`/lib.es5.d.ts`). */
export function libraryFiles(): Map<string, string> {
  return new Map(Object.entries(libs).map(([path, text]) => [`/${baseName(path)}`, text]));
}

/** The runtime's declarations, by their path in the virtual file system (`/looplab/asyncio.d.ts`). */
export function declarationFiles(): Map<string, string> {
  return new Map(
    Object.entries(declarations).map(([path, text]) => [`${DECLARATIONS_DIR}${baseName(path)}`, text]),
  );
}
