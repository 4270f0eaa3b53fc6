/**
 * The compile cache (runtime/compile/compile-cache.ts) that the sandbox and the site's compiler
 * worker compile through: a program compiled again is not compiled twice, and the cache keeps the
 * most recently used programs.
 */
import { describe, expect, it } from "vitest";
import { CompileCache } from "../../runtime/compile/compile-cache.ts";
import { DEFAULT_LIMITS } from "../../runtime/protocol.ts";

const LIMIT = DEFAULT_LIMITS.maxSourceLength;
const KOREAN = { locale: "ko", messages: {} };

describe("CompileCache.compile", () => {
  it("gives back what it compiled for the same source, file name, size limit and language", () => {
    const cache = new CompileCache();
    const first = cache.compile('print("hi");\n', "main.ts", LIMIT, undefined);
    expect(first.ok).toBe(true);
    expect(cache.compile('print("hi");\n', "main.ts", LIMIT, undefined)).toBe(first);
  });

  it("compiles again when any of them differs", () => {
    const cache = new CompileCache();
    const first = cache.compile('print("hi");\n', "main.ts", LIMIT, undefined);
    const others = [
      cache.compile('print("hi!");\n', "main.ts", LIMIT, undefined),
      cache.compile('print("hi");\n', "other.ts", LIMIT, undefined),
      cache.compile('print("hi");\n', "main.ts", 4, undefined),
      cache.compile('print("hi");\n', "main.ts", LIMIT, KOREAN),
    ];
    for (const other of others) expect(other).not.toBe(first);
    // Over the limit: the compile error, not the cached program.
    expect(others[2]?.ok).toBe(false);
  });

  it("keeps the 32 programs used last", () => {
    const cache = new CompileCache();
    const program = (n: number) => `print(${n});\n`;
    const kept = cache.compile(program(0), "main.ts", LIMIT, undefined);
    const dropped = cache.compile(program(1), "main.ts", LIMIT, undefined);
    for (let n = 2; n < 32; n++) cache.compile(program(n), "main.ts", LIMIT, undefined);
    // Using program 0 again makes program 1 the least recently used of the 32.
    expect(cache.compile(program(0), "main.ts", LIMIT, undefined)).toBe(kept);
    cache.compile(program(32), "main.ts", LIMIT, undefined);
    expect(cache.compile(program(0), "main.ts", LIMIT, undefined)).toBe(kept);
    const again = cache.compile(program(1), "main.ts", LIMIT, undefined);
    expect(again).not.toBe(dropped);
    expect(again).toEqual(dropped);
  });
});
