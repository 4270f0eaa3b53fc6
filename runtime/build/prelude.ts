/**
 * Bundles the guest runtime (`runtime/guest/`) into the prelude script evaluated in every QuickJS
 * context. The CLI builds it in memory; the site gets the very same string through a Vite plugin,
 * so traces are byte-identical between the two hosts.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const GUEST_ENTRY = fileURLToPath(new URL("../guest/index.ts", import.meta.url));

const cached = new Map<boolean, Promise<string>>();

/**
 * The prelude. `hardened: false` leaves the realm unfrozen: only the benchmark builds it, to
 * measure what hardening costs; every sandbox runs the hardened one.
 */
export function buildPrelude({ hardened = true }: { hardened?: boolean } = {}): Promise<string> {
  let prelude = cached.get(hardened);
  prelude ??= build({
    entryPoints: [GUEST_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    // QuickJS runs ES2023: native class fields, where a lower target routes every field of every
    // Task, Future and Handle through esbuild's `__publicField` helper (a call per field per object).
    target: "es2022",
    // `keepNames` names every class in a static block, which QuickJS evaluates several times
    // slower than the plain call it is lowered to.
    supported: { "class-static-blocks": false },
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    minifyWhitespace: false,
    keepNames: true,
    logLevel: "silent",
    define: { __HARDEN__: String(hardened) },
    // Fields as constructor assignments: a declared field costs nothing, and an initialised one a
    // plain store, where define semantics make QuickJS run a field-initialiser function per object
    // and define every declared field twice (as undefined, then in the constructor).
    tsconfigRaw: { compilerOptions: { useDefineForClassFields: false } },
  }).then((result) => result.outputFiles[0].text);
  cached.set(hardened, prelude);
  return prelude;
}
