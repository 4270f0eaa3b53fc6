/**
 * The checks that judge what a program waited for and how long it held the loop in total:
 * `allTasksFinished`, `waitedFor`, `blockedAtMost`, `overlap({ among })` and `before` with a
 * list. Real programs in the real sandbox, because these read the task life cycle as the
 * runtime records it (cancel requests, `waiting` texts, executor waits).
 */

import { describe, expect, it } from "vitest";
import { createSandbox } from "../../runtime/host/run.ts";
import { checks } from "../../src/grader/index.ts";
import { evaluate } from "./evaluate.ts";

const sandbox = await createSandbox();
const run = (body: string) =>
  sandbox.run(`import * as asyncio from "asyncio";\nimport * as time from "time";\n${body}`, {
    filename: "main.ts",
  });

const JOB = `async function job(name: string, s: number) { print("start " + name); await asyncio.sleep(s); print("done " + name); }\n`;

describe("checks.allTasksFinished", () => {
  it("passes when main awaits every task, however it waits", () => {
    for (const wait of [
      "await asyncio.gather(job('a', 1), job('b', 2));",
      "const a = asyncio.createTask(job('a', 1)); const b = asyncio.createTask(job('b', 2)); await a; await b;",
      "await new asyncio.TaskGroup().run(async (tg) => { tg.createTask(job('a', 1)); tg.createTask(job('b', 2)); });",
    ]) {
      const trace = run(`${JOB}async function main() { ${wait} print("over"); }\nasyncio.run(main());`);
      expect(evaluate(checks.allTasksFinished(), trace).pass, wait).toBe(true);
    }
  });

  it("fails a main that sleeps as long as the longest job instead of awaiting it", () => {
    const trace = run(
      `${JOB}async function main() { asyncio.createTask(job('a', 1)); asyncio.createTask(job('b', 2)); ` +
        `await asyncio.sleep(2); print("over"); }\nasyncio.run(main());`,
    );
    const outcome = evaluate(checks.allTasksFinished(), trace);
    expect(outcome.message).toBe(
      "Task-3 (job) had not finished when main returned at 2.000 s (asyncio.run() then cancelled it), but main " +
        "should wait for every task it starts: await them, or gather them, before main returns.",
    );
    expect(outcome.interval).toMatchObject({ who: "Task-3" });
  });
});

describe("checks.waitedFor", () => {
  const SPIN = `async function spin() { try { for (;;) await asyncio.sleep(0.1); } finally { print("stopped"); } }\n`;
  const awaitsAfterCancel = checks.waitedFor({ coro: "spin" }, { by: { coro: "main" }, afterCancel: true });

  it("passes await, gather and asyncio.wait on the cancelled task", () => {
    for (const wait of [
      "try { await t; } catch (e) {}",
      "await asyncio.gather(t, { returnExceptions: true });",
      "await asyncio.wait([t]);",
    ]) {
      const trace = run(
        `${SPIN}async function main() { const t = asyncio.createTask(spin()); await asyncio.sleep(1); t.cancel(); ${wait} }\nasyncio.run(main());`,
      );
      expect(evaluate(awaitsAfterCancel, trace).pass, wait).toBe(true);
    }
  });

  it("fails cancel() followed by sleep(0), which lets the task stop without waiting for it", () => {
    const trace = run(
      `${SPIN}async function main() { const t = asyncio.createTask(spin()); await asyncio.sleep(1); t.cancel(); ` +
        `await asyncio.sleep(0); }\nasyncio.run(main());`,
    );
    const outcome = evaluate(awaitsAfterCancel, trace);
    expect(outcome.pass).toBe(false);
    expect(outcome.interval).toMatchObject({ kind: "waiting", who: "Task-1", what: "sleep(0)" });
    expect(outcome.message).toMatch(
      /^After asking Task-2 \(spin\) to cancel at 1\.000 s in Task-1 \(main\), line \d+, main\(\) never waited for that task, but it should await the task/,
    );
  });

  it("says so when nothing asked the task to cancel", () => {
    const trace = run(
      `${SPIN}async function main() { asyncio.createTask(spin()); await asyncio.sleep(1); }\nasyncio.run(main());`,
    );
    expect(evaluate(awaitsAfterCancel, trace).message).toBe(
      "Nothing ever asked Task-2 (spin) to cancel, so nothing waited for it to stop.",
    );
  });
});

describe("checks.blockedAtMost", () => {
  const download = (wait: string) =>
    run(
      `async function download(s: number) { print("start"); ${wait}; print("done"); }\n` +
        `async function main() { await asyncio.gather(download(0.3), download(0.3), download(0.5)); }\nasyncio.run(main());`,
    );

  it("fails blocking cut into pieces that each stay under the per-step limit", () => {
    const trace = download("time.sleep(0.04); await asyncio.sleep(s)");
    expect(evaluate(checks.neverBlockedLongerThan(0.1), trace).pass).toBe(true);
    const outcome = evaluate(checks.blockedAtMost(0.05), trace);
    expect(outcome.pass).toBe(false);
    expect(outcome.message).toMatch(
      /^The loop was held for 0\.1\d\d s in total in \d+ pieces \(the longest: a blocking time\.sleep\(\) at line \d+\), but it may be held for at most 0\.050 s altogether/,
    );
    expect(outcome.interval).toMatchObject({ kind: "blocked", what: "sleep" });
  });

  it("passes waits in asyncio.sleep and in a thread", () => {
    expect(evaluate(checks.blockedAtMost(0.05), download("await asyncio.sleep(s)")).pass).toBe(true);
    expect(evaluate(checks.blockedAtMost(0.05), download("await asyncio.toThread(time.sleep, s)")).pass).toBe(
      true,
    );
  });
});

describe("checks.overlap among", () => {
  const among = checks.overlap({ atLeast: 3, among: { coro: "download" } });
  const download = (wait: string) =>
    run(
      `async function download(s: number) { ${wait}; }\n` +
        `async function main() { await asyncio.gather(download(0.3), download(0.3), download(0.5)); }\nasyncio.run(main());`,
    );

  it("counts the selected tasks whatever they wait for", () => {
    expect(evaluate(among, download("await asyncio.sleep(s)")).pass).toBe(true);
    expect(evaluate(among, download("await asyncio.toThread(time.sleep, s)")).pass).toBe(true);
    expect(
      evaluate(among, download("await asyncio.getRunningLoop().runInExecutor(null, time.sleep, s)")).pass,
    ).toBe(true);
  });

  it("does not count the main task waiting for them", () => {
    const outcome = evaluate(among, download("time.sleep(s)"));
    expect(outcome.message).toBe(
      "No task ever waited, but at least 3 tasks running download() should wait at the same time.",
    );
  });
});

describe("checks.before with a list", () => {
  const morning = checks.before(["done a", "done b"], "over");

  it("fails when the last line comes before one of the listed lines", () => {
    const trace = run(
      `${JOB}async function main() { asyncio.createTask(job('a', 1)); asyncio.createTask(job('b', 2)); ` +
        `await asyncio.sleep(1.5); print("over"); await asyncio.sleep(1); }\nasyncio.run(main());`,
    );
    expect(evaluate(morning, trace).message).toMatch(
      /^"over" was printed at 1\.500 s in Task-1 \(main\), line \d+, before "done b" \(at 2\.000 s in Task-3 \(job\), line \d+\), but "done b" should come before it\.$/,
    );
  });

  it("fails when a listed line was never printed", () => {
    const trace = run(
      `${JOB}async function main() { await job('a', 1); print("over"); }\nasyncio.run(main());`,
    );
    expect(evaluate(morning, trace).message).toBe(
      'The program printed "done a", but it should print "done b".',
    );
  });
});
