/**
 * Vite plugins of the sandbox worker's build-time modules:
 * - `virtual:looplab-prelude`: the guest prelude (a default-exported string), built by the same
 *   function the CLI uses;
 * - `virtual:looplab-precompiled`: the course's programs compiled at build time, as an index of
 *   lazy loaders by `precompiledKey` (each program its own small chunk, fetched only when run).
 */
import { GUEST_ENTRY, buildPrelude } from "./prelude.ts";
import { EXAMPLES_DIR, EXERCISES_DIR, precompileCourse } from "./precompile.ts";
import { precompiledKey } from "../host/precompiled.ts";
import type { PrecompiledProgram } from "../host/precompiled.ts";
import { dirname } from "node:path";

const ID = "virtual:looplab-prelude";
const RESOLVED = "\0" + ID;

export function looplabPrelude() {
  return {
    name: "looplab-prelude",
    resolveId(id: string) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(dirname(GUEST_ENTRY));
      return `export default ${JSON.stringify(await buildPrelude())};`;
    },
  };
}

const PRECOMPILED = "virtual:looplab-precompiled";
const PRECOMPILED_RESOLVED = "\0" + PRECOMPILED;

export function looplabPrecompiled() {
  // Compiled once per build (or dev-server start), on first use.
  let programs: Map<string, PrecompiledProgram> | null = null;
  const compiled = (): Map<string, PrecompiledProgram> => {
    programs ??= new Map(precompileCourse().map((p) => [precompiledKey(p.filename, p.source), p]));
    return programs;
  };
  return {
    name: "looplab-precompiled",
    resolveId(id: string) {
      return id === PRECOMPILED || id.startsWith(`${PRECOMPILED}/`) ? "\0" + id : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (id === PRECOMPILED_RESOLVED) {
        this.addWatchFile(EXAMPLES_DIR);
        this.addWatchFile(EXERCISES_DIR);
        const entries = [...compiled().keys()].map(
          (key) => `  ${JSON.stringify(key)}: () => import(${JSON.stringify(`${PRECOMPILED}/${key}`)}),`,
        );
        return `export default Object.freeze({\n${entries.join("\n")}\n});`;
      }
      if (!id.startsWith(`${PRECOMPILED_RESOLVED}/`)) return undefined;
      const program = compiled().get(id.slice(PRECOMPILED_RESOLVED.length + 1));
      return program ? `export default ${JSON.stringify(program)};` : undefined;
    },
  };
}
