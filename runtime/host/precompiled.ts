/**
 * Programs of the course compiled at build time (its examples and exercise starters), so that the
 * site's worker can run one the learner has not edited without loading the TypeScript compiler.
 * A precompiled program is exactly what `compile(source, filename)` returns for it; the worker uses
 * it only when the learner's file name and source equal the ones it was compiled from.
 */
import type { CompiledProgram } from "../compile/compile.ts";

export interface PrecompiledProgram {
  filename: string;
  source: string;
  compiled: CompiledProgram;
}

/**
 * The key a precompiled program is found by: a 53-bit hash of its file name and source, as hex.
 * Only a lookup key — the worker still compares the full source before it trusts a match.
 */
export function precompiledKey(filename: string, source: string): string {
  // cyrb53 (public domain): two multiplicative 32-bit hashes mixed into 53 bits.
  const text = `${filename}\0${source}`;
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
}

/** The precompiled programs' loaders by key (what `virtual:looplab-precompiled` exports). */
export type PrecompiledIndex = Readonly<Record<string, () => Promise<{ default: PrecompiledProgram }>>>;

/** The precompiled program for exactly this file name and source, or null. */
export async function findPrecompiled(
  index: PrecompiledIndex,
  filename: string,
  source: string,
): Promise<CompiledProgram | null> {
  const key = precompiledKey(filename, source);
  if (!Object.hasOwn(index, key)) return null;
  const load = index[key];
  const program = (await load()).default;
  return program.filename === filename && program.source === source ? program.compiled : null;
}
