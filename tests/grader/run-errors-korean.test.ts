/**
 * The sandbox's own errors in Korean, rebuilt from the error's kind and the limit it carries:
 * real runs over each budget, then `describeRunError(error, "ko")`. English keeps the runtime's
 * message verbatim; a program's own exception stays as it was raised.
 */

import { describe, expect, it } from "vitest";
import { runProgram } from "../../runtime/host/run.ts";
import type { TraceError } from "../../runtime/trace.ts";
import { describeRunError } from "../../src/grader/index.ts";

async function errorOf(source: string, options: Record<string, number> = {}): Promise<TraceError> {
  const trace = await runProgram(source, { filename: "main.ts", ...options });
  if (trace.error === null) throw new Error("the program was expected to fail");
  return trace.error;
}

const SLEEPS_LONG = `import * as asyncio from "asyncio";
async function main() { await asyncio.sleep(1000); }
asyncio.run(main());`;

describe("describeRunError in Korean", () => {
  it("names the virtual-time limit the program ran past", async () => {
    const error = await errorOf(SLEEPS_LONG, { virtualTimeLimit: 10 });
    expect(error).toMatchObject({ kind: "virtual-timeout", limit: 10 });
    expect(describeRunError(error, "ko")).toBe(
      "가상 시간 한도에 이르렀을 때도 프로그램이 아직 실행 중이었습니다 (2번째 줄). 프로그램이 가상 시간으로 10초 넘게 실행되어 실행을 멈췄습니다.",
    );
    expect(describeRunError(error)).toContain(error.message);
  });

  it("names the CPU budget of a loop that never ends", async () => {
    const error = await errorOf("let x = 0;\nwhile (true) { x++; }", { cpuTimeLimit: 0.05 });
    expect(error).toMatchObject({ kind: "timeout", limit: 0.05, clock: "cpu" });
    expect(describeRunError(error, "ko")).toMatch(
      /^프로그램이 너무 오래 실행되어 중지되었습니다 \(2번째 줄\)\. 코드가 CPU 시간을 0\.05초 넘게 써서 중지되었습니다 \(2번째 줄의 반복문을 실행하던 중이었습니다\)\./,
    );
  });

  it("names the output limit as the English does", async () => {
    const error = await errorOf('for (let i = 0; i < 10000; i++) print("xxxxxxxxxxxxxxxxxxxx");', {
      outputLimitBytes: 10000,
    });
    expect(error).toMatchObject({ kind: "output-limit", limit: 10000 });
    expect(describeRunError(error, "ko")).toContain("프로그램이 10 KB 넘게 출력해서 실행을 멈췄습니다.");
    expect(error.message).toContain("more than 10 KB of output");
  });

  it("names the memory limit in megabytes", async () => {
    const error = await errorOf('const a: string[] = [];\nwhile (true) a.push("x".repeat(100000));', {
      memoryLimitBytes: 16 * 1024 * 1024,
    });
    expect(error).toMatchObject({ kind: "memory", limit: 16 * 1024 * 1024 });
    expect(describeRunError(error, "ko")).toContain("메모리를 16 MB 넘게 써서 실행을 멈췄습니다.");
  });

  it("lists the tasks of a deadlock in Korean", async () => {
    const error = await errorOf(`import * as asyncio from "asyncio";
async function main() { const q = new asyncio.Queue(); await q.get(); }
asyncio.run(main());`);
    expect(describeRunError(error, "ko").split("\n")).toEqual([
      "교착 상태(deadlock): 실행할 수 있는 것이 없는데 메인 태스크가 끝나지 않았습니다. 더 이상 실행할 수 있는 것이 없는데 Task-1 메인 태스크가 끝나지 않았습니다.",
      "  Task-1 태스크가 Queue.get()에서 기다리는 중 (2번째 줄)",
    ]);
  });

  it("keeps a program's exception as it was raised", async () => {
    const error = await errorOf('throw new TypeError("no such user");');
    expect(describeRunError(error, "ko").split("\n")).toEqual([
      "프로그램에서 예외가 발생했습니다 (1번째 줄, 20열): TypeError: no such user",
      "트레이스백 (가장 안쪽 호출이 마지막):",
      "  at <module> (line 1:20)",
    ]);
  });

  it("says a timeout without a known limit plainly", () => {
    const error: TraceError = { kind: "timeout", name: "TimeoutError", message: "Your code ran too long." };
    expect(describeRunError(error, "ko")).toBe(
      "프로그램이 너무 오래 실행되어 중지되었습니다. 실행 시간 한도를 넘었습니다. 끝나지 않거나 await하지 않는 반복문이 있는지 살펴보세요.",
    );
  });
});
