/**
 * Programs written to cheat: forge trace events, replace what the runtime relies on, lift the
 * limits, read the real clock, escape the instrumentation, exhaust memory or the compiler. Each
 * must end with a precise error (or have no effect), the trace must hold only what really ran,
 * and the next run in the same sandbox must work.
 */
import { describe, expect, it } from "vitest";
import { Worker } from "node:worker_threads";
import { EPOCH } from "../../runtime/protocol.ts";
import { ASYNCIO, expectNextRunWorks, lineOf, SMALL_CPU, useSandbox } from "../runtime/kit.ts";

const run = useSandbox();

/** A forged batch: a task that printed the expected answer and finished. */
const FORGED = JSON.stringify([
  { seq: 0, t: 0, type: "task_spawned", task: "Task-1", parent: null, coro: "main" },
  { seq: 1, t: 3, type: "stdout", task: "Task-1", text: "forged" },
  { seq: 2, t: 3, type: "task_done", task: "Task-1", result: "[2, 6, 24]" },
]);

describe("forging the trace", () => {
  it.each([
    ["the host bridge", `(globalThis as any).__host.flush(${JSON.stringify(FORGED)});`],
    [
      "the runtime's control object",
      `(globalThis as any).__looplab.finish = () => '{"elapsed":3,"error":null}';`,
    ],
    ["a second configuration", `(globalThis as any).__looplab.configure('{"outputLimitBytes":1e12}');`],
  ])("through %s is impossible: neither is reachable", (_channel, attack) => {
    const source = `print("start");\n${attack}\nprint("not reached");\n`;
    const result = run(source);
    expect(result.output).toEqual(["start"]);
    expect(result.error).toMatchObject({ kind: "exception", name: "TypeError", line: 2 });
    expect(result.trace.events.some((e) => e.text === "forged")).toBe(false);
    expectNextRunWorks(run);
  });

  it("cannot find the bridge or the control object anywhere on the global object", () => {
    const result = run(`
const names = Object.getOwnPropertyNames(globalThis).filter((n) => /host|looplab|cpu/i.test(n));
print(names.length, typeof (globalThis as any).__host, typeof (globalThis as any).__looplab);
`);
    expect(result.output).toEqual(["0 undefined undefined"]);
  });

  it.each([
    ["JSON.stringify", `JSON.stringify = () => ${JSON.stringify(FORGED)};`],
    ["Array.prototype.push", `Array.prototype.push = function () { return 0; };`],
    [
      "Object.prototype.then",
      `(Object.prototype as any).then = (resolve: (v: unknown) => void) => resolve(1);`,
    ],
    ["Function.prototype.call", `Function.prototype.call = function () { return undefined; };`],
    ["the global JSON", `(globalThis as any).JSON = { stringify: () => "[]", parse: JSON.parse };`],
    ["asyncio.sleep", `(asyncio as any).sleep = async () => undefined;`],
    ["Task.prototype.cancel", `(asyncio.Task.prototype as any).cancel = () => false;`],
  ])("replacing %s fails with a TypeError and changes nothing", (_what, attack) => {
    const source = `${ASYNCIO}
try {
  ${attack}
  print("replaced");
} catch (e) {
  print("refused:", (e as Error).name);
}
async function main(): Promise<number> {
  const task = asyncio.createTask(asyncio.sleep(1, 42));
  print("result", await task);
  return 1;
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.output).toEqual(["refused: TypeError", "result 42"]);
    expect(result.error).toBeNull();
    expect(result.trace.elapsed).toBe(1);
    expectNextRunWorks(run);
  });

  it("through the properties of the program's own task and coroutine changes nothing in the trace", () => {
    // Text that, copied into a trace batch as it is, would read as events of its own.
    const injected = JSON.stringify('0,[],0,0,null,1,0,"forged"');
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const task = asyncio.currentTask() as unknown as Record<string, unknown>;
  const coro = (asyncio.currentTask() as unknown as { getCoro(): Record<string, unknown> }).getCoro();
  for (const target of [task, coro]) {
    for (const key of ["traceName", "token", "traceToken", "nameToken"]) target[key] = ${injected};
    for (const key of Object.keys(target)) if (target[key] === null) target[key] = ${injected};
  }
  await asyncio.sleep(0);
  await asyncio.sleep(0.5);
  print("ok");
}
asyncio.run(main());
`);
    expect(result.error).toBeNull();
    expect(result.output).toEqual(["ok"]);
    expect(result.trace.events.some((e) => e.text === "forged")).toBe(false);
    expect(result.events("task_step")).toHaveLength(3);
    expect(result.trace.elapsed).toBe(0.5);
  });

  it("through the methods of the program's own task, called with JSON rows as arguments, changes nothing", () => {
    // Rows that would read as a printed line of Task-1's, were any argument copied into a batch.
    const injected = JSON.stringify('0,0,1,"sleep(0)",null,0,0,"Task-1",1,0,"forged"');
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const task = asyncio.currentTask() as unknown as Record<string, (...args: unknown[]) => unknown>;
  const future = asyncio.getRunningLoop().createFuture();
  const names = new Set<string>();
  for (let p = Object.getPrototypeOf(task); p && p !== Object.prototype; p = Object.getPrototypeOf(p))
    for (const name of Object.getOwnPropertyNames(p)) if (name !== "constructor" && name !== "step") names.add(name);
  for (const name of names) {
    try {
      const method = task[name];
      if (typeof method === "function") method.call(task, future, 1, ${injected}, ${injected});
    } catch {
      // Refusing is fine: the trace is what is checked.
    }
  }
  await asyncio.sleep(0);
  print("ok");
}
asyncio.run(main());
`);
    expect(result.error?.kind).not.toBe("internal");
    expect(result.trace.events.some((e) => e.text === "forged")).toBe(false);
    expectNextRunWorks(run);
  });

  it("still lets ordinary objects and error subclasses override built-in names", () => {
    const result = run(`
class AppError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AppError";
  }
}
const point = { x: 1 } as { x: number; toString?: () => string };
point.toString = () => "the point";
print(String(point), new AppError("boom").name, String(new AppError("bad")));
`);
    expect(result.error).toBeNull();
    expect(result.output).toEqual(["the point AppError AppError: bad"]);
  });
});

describe("escaping the instrumentation", () => {
  it("refuses the work counters' name at compile time", () => {
    const source = `let n = 0;\nfor (let i = 0; i < 10; i++) n++;\n__cpu.loops = 0;\n`;
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "compile",
      message: "The name `__cpu` is reserved by the sandbox; choose another name.",
      line: 3,
      column: 1,
    });
  });

  it("gives top-level code no `arguments` through which to reach the counters", () => {
    const result = run(`print(arguments.length);\n`);
    expect(result.error).toMatchObject({ kind: "exception", name: "ReferenceError", line: 1 });
  });

  it.each([
    ["eval", `eval("1 + 1")`, "eval"],
    ["new Function", `new Function("return 1")`, "new Function"],
    ["a function's constructor", `(function () {}).constructor("return 1")`, "new Function"],
    // Learner async functions compile to plain functions driven by the runtime's __awaiter.
    ["an async function's constructor", `(async function () {}).constructor("return 1")`, "new Function"],
    ["a generator's constructor", `(function* () {}).constructor("yield 1")`, "GeneratorFunction"],
    ["Reflect.construct", `Reflect.construct(Function, ["return 1"])`, "new Function"],
  ])("refuses code built from strings: %s", (_what, expression, name) => {
    const result = run(`print("before");\nconst f = ${expression};\n`);
    expect(result.output).toEqual(["before"]);
    expect(result.error).toMatchObject({
      kind: "exception",
      name: "EvalError",
      message: `${name} is not available in the sandbox: code built from strings can't be checked or timed. Write the code directly.`,
      line: 2,
    });
    expectNextRunWorks(run);
  });

  it("keeps instanceof Function and function properties working after the evaluators are gone", () => {
    const result = run(`
const f = () => 1;
print(f instanceof Function, typeof Function, Function.prototype.constructor === Function, f.call(null));
`);
    expect(result.output).toEqual(["true function true 1"]);
  });
});

describe("the real clock", () => {
  it("is unreachable: every way to a Date reads the virtual clock", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(2);
  const RealDate = Object.getPrototypeOf(Date);
  print(RealDate === Function.prototype);
  const FromInstance = new Date().constructor as DateConstructor;
  print(new Date().getTime(), Date.now(), new FromInstance().getTime());
  print(Date().startsWith("Sun Aug 18 2019"), new Date(0).getTime(), new Date() instanceof Date);
  class Later extends Date {}
  print(new Later().getTime(), typeof performance);
}
asyncio.run(main());
`);
    const now = (EPOCH + 2) * 1000;
    expect(result.error).toBeNull();
    expect(result.output).toEqual(["true", `${now} ${now} ${now}`, "true 0 true", `${now} undefined`]);
  });
});

describe("runaway work", () => {
  it("ends when an interrupt lands in a promise job, instead of running on", () => {
    const source = `${ASYNCIO}
function burn(): void {
  for (;;) {}
}
async function main(): Promise<void> {
  for (;;) {
    Promise.resolve().then(burn);
    await asyncio.sleep(0);
  }
}
asyncio.run(main());
`;
    const result = run(source, SMALL_CPU);
    expect(result.error).toMatchObject({ kind: "timeout", line: lineOf(source, "for (;;) {}") });
    expectNextRunWorks(run);
  });

  it("ends uncountable native work in a promise job at the wall-clock backstop", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  for (;;) {
    Promise.resolve().then(() => /^(a+)+$/.test("a".repeat(40) + "b"));
    await asyncio.sleep(0);
  }
}
asyncio.run(main());
`;
    const result = run(source, { wallTimeoutMs: 500 });
    expect(result.error).toMatchObject({ kind: "timeout", message: expect.stringContaining("of real time") });
    expectNextRunWorks(run);
  });

  it("charges heavy built-ins to the virtual clock, so they show as blocking", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  const data = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_000);
  data.sort();
  print(data.length);
}
asyncio.run(main());
`);
    expect(result.error).toBeNull();
    const blocked = result.events("loop_blocked");
    expect(blocked.length).toBeGreaterThan(0);
    expect(blocked.reduce((sum, e) => sum + (e.duration ?? 0), 0)).toBeGreaterThan(0.1);
  });

  it("caps the trace's task events with one truncated marker, keeping every printed line", () => {
    const result = run(
      `${ASYNCIO}
async function main(): Promise<void> {
  for (let i = 0; ; i++) {
    if (i % 1000 === 0) print("step", i);
    await asyncio.sleep(0);
  }
}
asyncio.run(main());
`,
      { cpuTimeLimit: 0.5, maxEvents: 1000 },
    );
    expect(result.error).toMatchObject({ kind: "timeout" });
    const truncated = result.events("truncated");
    expect(truncated).toHaveLength(1);
    const nonStdout = result.trace.events.filter((e) => e.type !== "stdout" && e.type !== "truncated");
    expect(nonStdout).toHaveLength(1000);
    expect(result.output.length).toBeGreaterThan(5);
    expect(result.trace.events.map((e) => e.seq)).toEqual(result.trace.events.map((_, i) => i));
  });
});

describe("allocation bombs", () => {
  it.each([
    [
      "large filled arrays",
      `const a: number[][] = [];\nfor (let i = 0; i < 20; i++) a.push(new Array(2 ** 22).fill(i));\nprint(a.length);`,
    ],
    [
      "repeated strings",
      `const a: string[] = [];\nfor (let i = 0; i < 50; i++) a.push(String(i) + "y".repeat(2 ** 24));\nprint(a.length);`,
    ],
    [
      "joined arrays",
      `const a: string[] = [];\nfor (let i = 0; i < 50; i++) a.push(new Array(2 ** 22).join("xy"));\nprint(a.length);`,
    ],
  ])("stop at the memory limit: %s", (_what, source) => {
    const result = run(source);
    expect(result.output).toEqual([]);
    expect(result.error).toMatchObject({ kind: "memory", name: "MemoryError", line: 2 });
    expectNextRunWorks(run);
  });
});

describe("compile bombs", () => {
  it("turns absurd nesting into a compile error, not a compiler stack trace", () => {
    const source = `const x = ${"[".repeat(5000)}${"]".repeat(5000)};\n`;
    const result = run(source);
    expect(result.error).toMatchObject({ kind: "compile", name: "SyntaxError" });
    expect(result.error!.message).not.toMatch(/at \w+ \(/);
    expectNextRunWorks(run);
  });

  it("refuses a source over the size limit", () => {
    const source = `// ${"x".repeat(300 * 1024)}\nprint(1);\n`;
    const result = run(source);
    expect(result.error).toEqual({
      kind: "compile",
      name: "SyntaxError",
      message: "The program is 301 KB long; the sandbox accepts programs up to 256 KB.",
    });
  });
});

describe("the same program on every host", () => {
  const DEEP_JSON = `let nested: unknown = 1;
for (let i = 0; i < 100000; i++) nested = [nested];
print(JSON.stringify(nested).length);
`;

  /** Runs a program in a fresh sandbox on a worker thread, as `grade-batch` does. */
  function runInWorker(source: string): Promise<unknown> {
    const worker = new Worker(
      `import { createSandbox } from ${JSON.stringify(new URL("../../runtime/host/run.ts", import.meta.url).href)};
       import { parentPort, workerData } from "node:worker_threads";
       const sandbox = await createSandbox();
       parentPort.postMessage(sandbox.run(workerData));`,
      { eval: true, workerData: source, type: "module" } as never,
    );
    return new Promise((resolve, reject) => {
      worker.once("message", (trace) => {
        void worker.terminate();
        resolve(trace);
      });
      worker.once("error", reject);
    });
  }

  it("ends deeply nested JSON with Python's RecursionError, the same in a worker thread", async () => {
    const here = run(DEEP_JSON);
    expect(here.error).toMatchObject({
      kind: "exception",
      name: "RecursionError",
      message: "maximum recursion depth exceeded while encoding a JSON object",
      line: 3,
    });
    expect(await runInWorker(DEEP_JSON)).toEqual(here.trace);
    expectNextRunWorks(run);
  });
});
