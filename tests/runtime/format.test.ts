/**
 * How `print` shows values (runtime/guest/format.ts): Python's `str()` at the top
 * level and `repr()` inside containers. String quoting follows CPython's `repr` exactly.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

/** The single line `print(<args>)` shows. */
function printed(args: string, prelude = ""): string {
  const result = run(`${prelude}\nprint(${args});\n`);
  if (result.error) throw new Error(`the program failed: ${result.error.name}: ${result.error.message}`);
  expect(result.output).toHaveLength(1);
  return result.output[0];
}

describe("print", () => {
  it("joins its arguments with spaces, strings as they are", () => {
    expect(printed(`"a", "b", 3`)).toBe("a b 3");
  });

  it("prints an empty line without arguments", () => {
    const result = run(`print();\nprint("x");\n`);
    expect(result.output).toEqual(["", "x"]);
  });

  it("makes one trace line per line of text", () => {
    const result = run(`print("multi\\nline");\n`);
    expect(result.output).toEqual(["multi", "line"]);
    expect(result.events("stdout").map((e) => e.line)).toEqual([1, 1]);
  });
});

describe("arrays", () => {
  it("print as [2, 6, 24]", () => {
    expect(printed(`[2, 6, 24]`)).toBe("[2, 6, 24]");
  });

  it("quote the strings they contain the way Python's repr does", () => {
    expect(printed(`["a", "it's", 'say "hi"', "both ' \\"", "tab\\there", "nl\\nx", "back\\\\slash"]`)).toBe(
      `['a', "it's", 'say "hi"', 'both \\' "', 'tab\\there', 'nl\\nx', 'back\\\\slash']`,
    );
  });

  it("nest, and show empty arrays", () => {
    expect(printed(`[[1, [2, []]], []]`)).toBe("[[1, [2, []]], []]");
  });
});

describe("errors", () => {
  it("print as Name: message at the top level, and just the name without a message", () => {
    expect(printed(`new TypeError("bad value"), new Error("")`)).toBe("TypeError: bad value Error");
  });

  it("print as Name('message') inside containers", () => {
    expect(printed(`[new TypeError("inner"), new RangeError("")]`)).toBe(
      "[TypeError('inner'), RangeError()]",
    );
  });

  it("use the runtime's Python names", () => {
    expect(
      printed(
        `new asyncio.CancelledError("why"), [new asyncio.TimeoutError()]`,
        `import * as asyncio from "asyncio";`,
      ),
    ).toBe("CancelledError: why [TimeoutError()]");
  });
});

describe("objects", () => {
  it("print like Python dicts, nested, with quoted keys", () => {
    expect(printed(`{ a: 1, b: [1, 2], c: { d: "x" } }, { "key with space": null, u: undefined }`)).toBe(
      "{'a': 1, 'b': [1, 2], 'c': {'d': 'x'}} {'key with space': null, 'u': undefined}",
    );
  });

  it("show a class instance with its class name", () => {
    expect(printed(`new Point()`, `class Point { x = 1; y = 2; }`)).toBe("Point {'x': 1, 'y': 2}");
  });

  it("use a class's own toString, like __repr__", () => {
    expect(
      printed(`new Pretty(), [new Pretty()]`, `class Pretty { toString() { return "<Pretty>"; } }`),
    ).toBe("<Pretty> [<Pretty>]");
  });

  it("show cycles as {...} and [...] instead of recursing", () => {
    const prelude = `const o: Record<string, unknown> = { name: "c" };
o.self = o;
const a: unknown[] = [1];
a.push(a);`;
    expect(printed(`o, a`, prelude)).toBe("{'name': 'c', 'self': {...}} [1, [...]]");
  });

  it("show a repeated (non-cyclic) object in full each time", () => {
    expect(printed(`[shared, shared]`, `const shared = { k: 1 };`)).toBe("[{'k': 1}, {'k': 1}]");
  });

  it("stop at depth 6", () => {
    expect(printed(`[[[[[[[[1]]]]]]]]`)).toBe("[[[[[[[...]]]]]]]");
  });

  it("print Maps as dicts and Sets as sets, empty Set as set()", () => {
    expect(
      printed(`new Map<unknown, unknown>([["k", 1], [2, [2]]]), new Set([1, "two"]), new Set(), new Map()`),
    ).toBe("{'k': 1, 2: [2]} {1, 'two'} set() {}");
  });

  it("print functions and dates", () => {
    expect(printed(`function named() {}, { f() {} }, new Date(0)`)).toBe(
      "<function named> {'f': <function f>} Date('1970-01-01T00:00:00.000Z')",
    );
  });
});

describe("numbers and other primitives", () => {
  it("print numbers as JavaScript does, with Python's names for NaN and infinities", () => {
    expect(printed(`1.5, 0.1 + 0.2, 1e21, 1e-7, 3, NaN, Infinity, -Infinity, 10n`)).toBe(
      "1.5 0.30000000000000004 1e+21 1e-7 3 nan inf -inf 10",
    );
  });

  it("print booleans, null, undefined and symbols", () => {
    expect(printed(`true, false, null, undefined, Symbol("s"), [true, null]`)).toBe(
      "true false null undefined Symbol(s) [true, null]",
    );
  });
});
