/**
 * The compile step (runtime/compile/): TypeScript → ES2016 generators with instrumentation and a
 * source map. Syntax errors come back with the learner's line:column; positions at run time map
 * back to the TypeScript; and the instrumentation (work counters, line marks) never changes
 * what a program does.
 */
import { TRACE_VERSION } from "../../runtime/trace.ts";
import { describe, expect, it } from "vitest";
import { compile } from "../../runtime/compile/compile.ts";
import { ASYNCIO, CPU_COSTS, lineOf, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("syntax errors", () => {
  it("come back as a compile error with the line and column, and nothing runs", () => {
    const result = run(`print("never runs");\nconst x = ;\n`);
    expect(result.trace).toEqual({
      version: TRACE_VERSION,
      ok: false,
      elapsed: 0,
      events: [],
      error: { kind: "compile", name: "SyntaxError", message: "Expression expected.", line: 2, column: 11 },
    });
  });

  it("report the first error and how many more there are", () => {
    const result = run(`print("ok")\nconst a = (;\nconst b = );\n`);
    expect(result.error).toEqual({
      kind: "compile",
      name: "SyntaxError",
      message: "Expression expected. (and 1 more)",
      line: 2,
      column: 12,
    });
  });

  it("point at an unterminated string and at an await without an operand", () => {
    expect(run(`let x = "unterminated;\n`).error).toMatchObject({
      message: "Unterminated string literal.",
      line: 1,
      column: 23,
    });
    expect(run(`async function f() {\n  await;\n}\n`).error).toMatchObject({ line: 2, column: 8 });
  });

  it("are found by compile() alone, before any sandbox", () => {
    const result = compile(`function f( {\n`, "lesson.ts");
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.error).toMatchObject({ kind: "compile", name: "SyntaxError", line: 2, column: 1 });
  });

  it("do not include type errors: compiling only strips types", () => {
    const result = run(
      `const n: number = "a string" as unknown as number;\nconst s: string = 5 as never;\nprint(n, s);\n`,
    );
    expect(result.output).toEqual(["a string 5"]);
  });
});

describe("compile()", () => {
  it("turns async functions into generator-driven coroutines with a source map to the TypeScript", () => {
    const result = compile(`async function main(): Promise<void> {\n  await 1;\n}\n`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.code).toContain("__awaiter(");
    expect(result.code).toContain("function* ()");
    expect(result.code).not.toMatch(/\basync function\b/);
    expect(result.scopes).toEqual([[1, 3, "main"]]);
    const mappedLines = new Set(result.mappings.flat().map((segment) => segment[1] + 1));
    expect([...mappedLines].sort()).toEqual([1, 2, 3]);
  });
});

describe("source positions at run time", () => {
  it("give each printed line the learner's line", () => {
    const source = `${ASYNCIO}

async function main(): Promise<void> {
  print("first"); // first print
    print("indented"); // second print
  await asyncio.sleep(1);
  print("after the sleep"); // third print
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.events("stdout").map((e) => e.line)).toEqual([
      lineOf(source, "first print"),
      lineOf(source, "second print"),
      lineOf(source, "third print"),
    ]);
  });

  it("give an uncaught error its line, column, task and a traceback of learner frames", () => {
    const source = `${ASYNCIO}

function inner(x: number): number {
  if (x > 1) {
    const o: { field: number } | null = null as never;
    return o!.field; // fails here
  }
  return x;
}
async function main(): Promise<void> {
  inner(1);
  await asyncio.sleep(1);
  inner(2); // called here
}
asyncio.run(main()); // run here
`;
    const result = run(source);
    const failing = lineOf(source, "fails here");
    expect(result.error).toMatchObject({
      kind: "exception",
      name: "TypeError",
      message: "cannot read property 'field' of null",
      line: failing,
      task: "Task-1",
    });
    expect(result.error?.column).toBeGreaterThanOrEqual(5);
    const frames = result.error?.traceback?.map((frame) => frame.replace(/:\d+\)$/, ")"));
    expect(frames).toEqual([
      `at <module> (line ${lineOf(source, "run here")})`,
      `at main (line ${lineOf(source, "called here")})`,
      `at inner (line ${failing})`,
    ]);
    expect(result.trace.elapsed).toBe(1);
  });

  it("give a thrown error in a nested coroutine chain the line of the throw", () => {
    const source = `${ASYNCIO}
async function leaf(): Promise<void> {
  await asyncio.sleep(0.5);
  throw new RangeError("deep"); // thrown here
}
async function middle(): Promise<void> {
  await leaf();
}
asyncio.run(middle());
`;
    const result = run(source);
    expect(result.error).toMatchObject({
      name: "RangeError",
      message: "deep",
      line: lineOf(source, "thrown here"),
    });
  });
});

describe("instrumentation keeps semantics", () => {
  it("labeled continue and break, nested and brace-less loops", () => {
    const result = run(`
const out: string[] = [];
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    out.push(\`\${i}\${j}\`);
  }
}
if (out.length > 0) for (let i = 0; i < 2; i++) out.push("if" + i);
else out.push("else");
for (let i = 0; i < 2; i++) for (let j = 0; j < 2; j++) out.push(\`n\${i}\${j}\`);
block: {
  out.push("in block");
  break block;
}
print(out);
`);
    expect(result.output).toEqual(["['00', '10', 'if0', 'if1', 'n00', 'n01', 'n10', 'n11', 'in block']"]);
  });

  it("every loop form: while, do-while, for-in, for-of, empty bodies", () => {
    const result = run(`
let k = 0;
do k++; while (k < 3);
let e = 0;
while (e++ < 5);
const keys: string[] = [];
for (const key in { x: 1, y: 2 }) keys.push(key);
let sum = 0;
for (const v of new Set([1, 2, 3])) sum += v;
print(k, e, keys, sum);
`);
    expect(result.output).toEqual(["3 6 ['x', 'y'] 6"]);
  });

  it("derived-class constructors, with statements before super() and parameter properties", () => {
    const result = run(`
class Base {
  constructor(public v: number) {}
}
class Derived extends Base {
  extra = 5;
  constructor(v: number) {
    const doubled = v * 2;
    super(doubled);
    this.extra += v;
  }
}
class WithParam extends Base {
  constructor(private a: number) {
    super(a + 1);
  }
  get sum(): number {
    return this.a + this.v;
  }
  set sum(value: number) {
    this.a = value - this.v;
  }
}
const d = new Derived(3);
const w = new WithParam(1);
w.sum = 10;
print(d.v, d.extra, w.sum, w instanceof Base);
`);
    expect(result.output).toEqual(["6 8 10 true"]);
  });

  it("arrow functions with expression bodies, object literals, defaults and arguments", () => {
    const result = run(`
const square = (x: number) => x * x;
const make = () => ({ k: 1 });
const withDefault = (x = 3) => x;
const count = function () {
  return arguments.length;
};
const tag = (s: TemplateStringsArray, ...v: unknown[]) => s.raw.join("|") + v.join(",");
print(square(4), make(), withDefault(), count(1, 2), [1, 2, 3].map((x) => x + 1), tag\`a\${1}b\${2}c\`);
`);
    expect(result.output).toEqual(["16 {'k': 1} 3 2 [2, 3, 4] a|b|c1,2"]);
  });

  it("generators, with return values and early exit from for-of", () => {
    const result = run(`
function* fib(): Generator<number> {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* counted(): Generator<number, string> {
  yield 1;
  return "done";
}
const firsts: number[] = [];
for (const f of fib()) {
  if (f > 20) break;
  firsts.push(f);
}
const gen = counted();
print(firsts, gen.next().value, gen.next().value, [...counted()]);
`);
    expect(result.output).toEqual(["[0, 1, 1, 2, 3, 5, 8, 13] 1 done [1]"]);
  });

  it("classes with private fields, private methods, static blocks and accessors", () => {
    const result = run(`
class Counter {
  static instances = 0;
  static {
    Counter.instances = 10;
  }
  #count = 0;
  #bump(): number {
    return ++this.#count;
  }
  inc(): number {
    Counter.instances++;
    return this.#bump();
  }
  static get total(): number {
    return Counter.instances;
  }
}
const c = new Counter();
c.inc();
print(c.inc(), Counter.total, Object.keys(c));
`);
    expect(result.output).toEqual(["2 12 []"]);
  });

  it("destructuring, rest and spread, optional chaining and nullish coalescing", () => {
    const result = run(`
const { a, ...rest } = { a: 1, b: 2, c: 3 };
const [p, , ...others] = [1, 2, 3, 4];
const o: { deep?: { val: number; fn?: () => number } } = { deep: { val: 7 } };
const none: { deep?: { val: number } } = {};
print(a, rest, p, others, [...others, ...[5]]);
print(o?.deep?.val, none.deep?.val, o.deep?.fn?.(), o.deep?.["val"], none.deep?.val ?? "fallback");
`);
    expect(result.output).toEqual([
      "1 {'b': 2, 'c': 3} 1 [3, 4] [3, 4, 5]",
      "7 undefined undefined 7 fallback",
    ]);
  });

  it("switch with a return inside a loop, and exceptions out of loops", () => {
    const result = run(`
function pick(x: number): string {
  switch (x) {
    case 1:
      for (let i = 0; i < 1; i++) return "one";
    // falls through
    default:
      return "other";
  }
}
function firstNegative(values: number[]): number {
  try {
    for (const v of values) if (v < 0) throw new RangeError(String(v));
    return 0;
  } catch (e) {
    return Number((e as Error).message);
  }
}
print(pick(1), pick(2), firstNegative([1, -4, -5]), firstNegative([1]));
`);
    expect(result.output).toEqual(["one other -4 0"]);
  });

  it("async arrows, async methods and for await in async code", () => {
    const result = run(`${ASYNCIO}
const double = async (x: number) => x * 2;
class Api {
  async get(path: string): Promise<string> {
    await asyncio.sleep(0.25);
    return "GET " + path;
  }
}
async function main(): Promise<void> {
  const api = new Api();
  const results: unknown[] = [];
  for await (const r of [double(21), api.get("/x")]) results.push(r);
  print(results);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["0.250 Task-1 [42, 'GET /x']"]);
  });
});

describe("instrumentation counts work", () => {
  const loopCost = (n: number) => n * CPU_COSTS.loopIterationCost;

  it.each([
    ["for", "for (let i = 0; i < N; i++) x++;"],
    ["while", "let i = 0;\nwhile (i < N) i++;"],
    ["do-while", "let i = 0;\ndo i++; while (i < N);"],
    ["for-of", "for (const _ of new Array(N)) x++;"],
  ])("charges every iteration of a %s loop", (_kind, loop) => {
    const n = 100_000;
    const result = run(`let x = 0;\nconst N = ${n};\n${loop}\nprint("done");\n`);
    expect(result.events("loop_blocked")).toHaveLength(1);
    expect(result.timeOf("done")).toBeCloseTo(loopCost(n), 12);
  });

  it("charges every call of a learner function, arrow or method", () => {
    const calls = 20_000;
    const result = run(`
function f(): number {
  return 1;
}
const g = () => 2;
const o = { m(): number { return 3; } };
let total = 0;
for (let i = 0; i < ${calls}; i++) total += f() + g() + o.m();
print(total);
`);
    // Per iteration: one loop step and three calls.
    const expected = loopCost(calls) + 3 * calls * CPU_COSTS.functionCallCost;
    expect(result.trace.elapsed).toBeCloseTo(expected, 12);
    expect(result.output).toEqual([String(6 * calls)]);
  });

  it("does not charge calls of runtime functions, only the learner's loop around them", () => {
    const n = 100_000;
    const result = run(
      `${ASYNCIO}\nlet found = 0;\nfor (let i = 0; i < ${n}; i++) if (asyncio.iscoroutine(i)) found++;\nprint(found);\n`,
    );
    expect(result.output).toEqual(["0"]);
    expect(result.trace.elapsed).toBeCloseTo(loopCost(n), 12);
  });
});
