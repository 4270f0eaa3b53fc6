/**
 * The sandbox's limits (runtime/host/program-runner.ts): whatever a program does —
 * loop forever, exhaust memory, recurse without end, flood the output, fail to compile, throw
 * something that is not an Error — the run ends with a precise error that points at the
 * learner's line, what it printed before is kept, and the next run in the same sandbox works.
 */
import { describe, expect, it } from "vitest";
import type { TraceError } from "../../runtime/trace.ts";
import {
  ASYNCIO,
  expectNextRunWorks,
  lineOf,
  SMALL_CPU,
  useSandbox,
  WORKER_WAITS_FOR_THE_LOOP,
  type RunResult,
} from "../runtime/kit.ts";

const run = useSandbox();

function timeoutError(line: number, what: "loop" | "code" = "loop"): TraceError {
  return {
    kind: "timeout",
    name: "TimeoutError",
    message: `Your code used more than 0.05 s of CPU time and was stopped (it was running the ${what} at line ${line}). Look for a loop that never ends or never awaits.`,
    limit: 0.05,
    clock: "cpu",
    line,
    running: what,
  };
}

describe("the CPU budget", () => {
  it("stops an infinite loop at the top level, naming the loop's line and keeping earlier output", () => {
    const source = `print("before");
let i = 0;
while (true) {
  i++;
}
`;
    const result = run(source, SMALL_CPU);
    expect(result.output).toEqual(["before"]);
    expect(result.error).toEqual(timeoutError(lineOf(source, "while (true)")));
    expectNextRunWorks(run);
  });

  it("stops an infinite loop inside a task", () => {
    const source = `${ASYNCIO}
async function spin(): Promise<void> {
  print("spinning");
  for (;;) {}
}
async function main(): Promise<void> {
  await asyncio.createTask(spin());
}
asyncio.run(main());
`;
    const result = run(source, SMALL_CPU);
    expect(result.lines).toEqual(["0.000 Task-2 spinning"]);
    expect(result.error).toEqual(timeoutError(lineOf(source, "for (;;)")));
    expect(result.events("task_spawned").map((e) => e.task)).toEqual(["Task-1", "Task-2"]);
    expectNextRunWorks(run);
  });

  it("stops a loop that awaits sleep(0) forever: it never blocks, but it never ends", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  while (true) await asyncio.sleep(0);
}
asyncio.run(main());
`;
    const result = run(source, SMALL_CPU);
    expect(result.error).toEqual(timeoutError(lineOf(source, "while (true)")));
    expect(result.trace.elapsed).toBe(0);
    expectNextRunWorks(run);
  });

  it("cannot be caught by the program", () => {
    const source = `try {
  while (true) {}
} catch (e) {
  print("caught", e);
}
print("after");
`;
    const result = run(source, SMALL_CPU);
    expect(result.output).toEqual([]);
    expect(result.error).toEqual(timeoutError(lineOf(source, "while (true)")));
    expectNextRunWorks(run);
  });
});

describe("the wall-clock backstop", () => {
  it("stops native work the instrumentation cannot count, with the real-time message", () => {
    // Catastrophic backtracking: one native call, exponential in the input, no counted work.
    const source = `print("before");
print(/^(a+)+$/.test("a".repeat(40) + "b"));
`;
    const result = run(source, { wallTimeoutMs: 500 });
    expect(result.output).toEqual(["before"]);
    expect(result.error).toMatchObject({
      kind: "timeout",
      name: "TimeoutError",
      message: expect.stringContaining("of real time and was stopped"),
    });
    expectNextRunWorks(run);
  });
});

describe("the memory limit", () => {
  it("ends a memory bomb of growing arrays with a MemoryError at its line", () => {
    const source = `const hog: number[] = [];
for (;;) {
  hog.push(...new Array(10000).fill(0));
}
`;
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "memory",
      name: "MemoryError",
      line: lineOf(source, "hog.push"),
    });
    expectNextRunWorks(run);
  });

  // quickjs-emscripten's wasm build cannot measure block sizes (malloc_usable_size is 0 under
  // Emscripten), so QuickJS's own limit does not bound the bytes in use
  // (justjake/quickjs-emscripten#255): the host watches the wasm heap instead.
  it("ends a bomb of many mid-sized arrays at the memory limit, not at the wall-clock budget", () => {
    const source = `const hog: number[][] = [];
for (;;) {
  hog.push(new Array(1000).fill(1));
}
`;
    const result = run(source);
    // The host notices between iterations; the error points at the statement that allocates.
    expect(result.error).toMatchObject({
      kind: "memory",
      name: "MemoryError",
      line: lineOf(source, "hog.push"),
    });
  });

  it("ends a bomb of large arrays quickly, and the next run gets a fresh heap", () => {
    const source = `const hog: number[][] = [];
for (;;) {
  hog.push(new Array(100000).fill(1));
}
`;
    const result = run(source);
    expect(result.error).toMatchObject({ kind: "memory", message: expect.stringContaining("64 MB") });
    expect(run(`print("still here")`).output).toEqual(["still here"]);
  });
});

describe("the stack limit", () => {
  it("ends deep recursion with a RecursionError, a folded traceback and the line", () => {
    const source = `function down(n: number): number {
  return down(n + 1) + 1;
}
down(0);
`;
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "stack",
      name: "RecursionError",
      message: "maximum recursion depth exceeded (the call stack overflowed)",
      line: 2,
    });
    const traceback = result.error?.traceback ?? [];
    expect(traceback[0]).toBe("at <module> (line 4:5)");
    expect(traceback[1]).toMatch(/^at down \(line 2:\d+\)$/);
    expect(traceback[2]).toMatch(/^\[previous line repeated \d+ more times\]$/);
    expectNextRunWorks(run);
  });

  it("ends deep recursion of coroutines awaiting each other", () => {
    const source = `${ASYNCIO}
async function down(n: number): Promise<number> {
  return (await down(n + 1)) + 1;
}
asyncio.run(down(0));
`;
    const result = run(source);
    // The overflow happens as the innermost call starts: the error points at the function; the
    // traceback shows the await that recursed.
    expect(result.error).toMatchObject({
      kind: "stack",
      name: "RecursionError",
      line: lineOf(source, "async function down"),
      task: "Task-1",
    });
    expect(result.error?.traceback?.[1]).toBe(`at down (line ${lineOf(source, "await down(n + 1)")})`);
    expectNextRunWorks(run);
  });

  it("lets the program catch a stack overflow, as Python lets it catch RecursionError", () => {
    const result = run(`function down(n: number): number {
  return down(n + 1) + 1;
}
try {
  down(0);
} catch (e) {
  print("caught", (e as Error).name);
}
print("after");
`);
    expect(result.trace.ok).toBe(true);
    expect(result.output).toEqual(["caught InternalError", "after"]);
  });
});

describe("the output cap", () => {
  it("stops a 10 MB print loop at 1 MB, keeping the lines printed until then", () => {
    const source = `const line = "x".repeat(1000);
for (let i = 0; i < 10_000; i++) {
  print(line);
}
`;
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "output-limit",
      name: "OutputLimit",
      message: "The program printed more than 1 MB of output; the run was stopped.",
      line: lineOf(source, "print(line)"),
    });
    const printed = result.output.reduce((bytes, text) => bytes + text.length + 1, 0);
    expect(printed).toBeLessThanOrEqual(1 << 20);
    expect(printed).toBeGreaterThan((1 << 20) - 1001);
    expectNextRunWorks(run);
  });

  it("follows the outputLimitBytes option", () => {
    const result = run(`for (let i = 0; i < 100; i++) print("0123456789");\n`, { outputLimitBytes: 500 });
    expect(result.output).toHaveLength(45);
    expect(result.error?.message).toBe(
      "The program printed more than 500 bytes of output; the run was stopped.",
    );
  });

  it("cannot be caught by the program", () => {
    const source = `const line = "x".repeat(100);
for (;;) {
  try {
    print(line);
  } catch (e) {
    // swallowed
  }
}
`;
    const result = run(source, SMALL_CPU);
    expect(result.error).toMatchObject({ kind: "output-limit", line: lineOf(source, "print(line)") });
    expectNextRunWorks(run);
  });
});

describe("a halt the guest decides", () => {
  it("keeps the explanation the guest adds on its way out, wherever the interrupt checks fall", () => {
    // QuickJS checks for an interrupt every 10,000 jumps and calls: the busy loop before the
    // worker shifts where those checks fall by `spin`, across a whole period.
    const explained: string[] = [];
    for (let spin = 0; spin < 10_000; spin += 97) {
      const result = run(`import * as asyncio from "asyncio";
import * as time from "time";
for (let i = 0; i < ${spin}; i++) {}
${WORKER_WAITS_FOR_THE_LOOP}`);
      if (result.error?.worker === "asyncio_0") explained.push(result.error.message);
      else expect.fail(`spin ${spin}: ${JSON.stringify(result.error)}`);
    }
    expect(new Set(explained).size).toBe(1);
    expect(explained[0]).toContain(
      "It happened in asyncio_0: a function given to an executor runs to completion",
    );
  });

  it("cannot be swallowed by the program's catch", () => {
    const source = `import * as time from "time";
for (;;) {
  try {
    time.sleep(1_000_000);
  } catch (e) {
    // swallowed
  }
}
`;
    const result = run(source, SMALL_CPU);
    expect(result.error).toMatchObject({ kind: "virtual-timeout", line: lineOf(source, "time.sleep") });
    expectNextRunWorks(run);
  });
});

describe("programs that fail on their own", () => {
  it("a syntax error is a compile error with line:column, and nothing runs", () => {
    const result: RunResult = run(`print("a");\nlet = ;\n`);
    expect(result.trace.events).toEqual([]);
    expect(result.error).toEqual({
      kind: "compile",
      name: "SyntaxError",
      message: "Expression expected.",
      line: 2,
      column: 7,
    });
    expectNextRunWorks(run);
  });

  it("a thrown string is reported with its value and the line of the throw", () => {
    const result = run(`print("x");\nthrow "plain string";\n`);
    expect(result.output).toEqual(["x"]);
    expect(result.error).toEqual({
      kind: "exception",
      name: "Error",
      message: "a non-Error value was thrown: 'plain string'",
      line: 2,
    });
    expectNextRunWorks(run);
  });

  it("a thrown object in a task is reported with its value and line", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(1);
  throw { code: 42 };
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "exception",
      name: "Error",
      message: "a non-Error value was thrown: {'code': 42}",
      line: lineOf(source, "throw {"),
    });
    expect(result.trace.elapsed).toBe(1);
    expectNextRunWorks(run);
  });

  it("an import of an unknown module names the modules there are", () => {
    const result = run(`import * as fs from "fs";\nprint(fs);\n`);
    expect(result.error).toMatchObject({
      kind: "exception",
      name: "ModuleNotFoundError",
      line: 1,
    });
    expect(result.error?.message).toMatch(/^No module named 'fs' \(available: "asyncio", "time", .*\)$/);
    expectNextRunWorks(run);
  });
});
