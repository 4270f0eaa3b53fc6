/**
 * The virtual clock (runtime/guest/clock.ts): time jumps to the next deadline when
 * nothing is ready, sleep-only programs get exact timestamps, and blocking — `time.sleep` or CPU
 * work counted by the compiler's instrumentation — advances the clock deterministically while
 * every other task waits.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, CPU_COSTS, lineOf, sleeps, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("virtual time", () => {
  it("jumps to the next deadline instead of waiting", () => {
    const started = performance.now();
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(1800);
  print("half an hour later");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["1800.000 Task-1 half an hour later"]);
    expect(result.trace.elapsed).toBe(1800);
    expect(performance.now() - started).toBeLessThan(10_000);
  });

  it("gives exact times to sleep-only programs: 2 s and 3 s in parallel end at exactly 3.0", () => {
    const result = run(`${ASYNCIO}
async function delay(seconds: number): Promise<number> {
  print("sleeping for", seconds);
  await asyncio.sleep(seconds);
  print("finished sleeping for", seconds);
  return seconds;
}
async function main(): Promise<void> {
  const one = asyncio.createTask(delay(2));
  const two = asyncio.createTask(delay(3));
  await one;
  await two;
  print("main done");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 sleeping for 2",
      "0.000 Task-3 sleeping for 3",
      "2.000 Task-2 finished sleeping for 2",
      "3.000 Task-3 finished sleeping for 3",
      "3.000 Task-1 main done",
    ]);
    expect(result.timeOf("finished sleeping for 2")).toBe(2);
    expect(result.timeOf("main done")).toBe(3);
    expect(result.trace.elapsed).toBe(3);
  });

  it("meets every deadline exactly, however many timers are pending", () => {
    const result = run(`${ASYNCIO}
async function sleeper(i: number): Promise<void> {
  for (let round = 0; round < 3; round++) await asyncio.sleep(((i * 7) % 11) / 4 + 0.25);
}
async function main(): Promise<void> {
  const tasks = [];
  for (let i = 0; i < 40; i++) tasks.push(asyncio.createTask(sleeper(i)));
  await asyncio.gather(...tasks);
}
asyncio.run(main());
`);
    const records = sleeps(result.trace);
    expect(records).toHaveLength(120);
    for (const record of records) expect(record.woke).toBe(record.deadline);
  });

  it("charges nothing for CPU work below the clock's resolution inside one step", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  let total = 0;
  for (let i = 0; i < 10_000; i++) total += i;
  print("small loop", asyncio.getRunningLoop().time());
  await asyncio.sleep(1);
  print("after sleep", asyncio.getRunningLoop().time());
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["small loop 0", "after sleep 1"]);
    expect(result.events("loop_blocked")).toEqual([]);
  });
});

describe("CPU-bound work", () => {
  const ITERATIONS = 2_000_000;
  // Each task: its own coroutine body and countDown() are two calls, plus the loop's iterations.
  const cost = ITERATIONS * CPU_COSTS.loopIterationCost + 2 * CPU_COSTS.functionCallCost;
  const CPU_PROGRAM = `${ASYNCIO}
function countDown(n: number): void {
  while (n > 0) n--;
}
async function cpuBound(name: string): Promise<void> {
  print(name, "start");
  countDown(${ITERATIONS});
  print(name, "end");
}
async function main(): Promise<void> {
  await asyncio.gather(cpuBound("one"), cpuBound("two"));
  print("both done");
}
asyncio.run(main());
`;

  it("advances the clock in proportion to the work, deterministically", () => {
    const first = run(CPU_PROGRAM);
    const second = run(CPU_PROGRAM);
    expect(first.timeOf("one end")).toBeCloseTo(cost, 12);
    expect(second.trace).toEqual(first.trace);
  });

  it("serializes two CPU-bound tasks: the second starts when the first ends (as in Python Concurrency with Asyncio)", () => {
    const result = run(CPU_PROGRAM);
    expect(result.output).toEqual(["one start", "one end", "two start", "two end", "both done"]);
    expect(result.timeOf("one start")).toBe(0);
    expect(result.timeOf("two start")).toBe(result.timeOf("one end"));
    expect(result.timeOf("two end")).toBeCloseTo(2 * cost, 12);
    expect(result.trace.elapsed).toBeCloseTo(2 * cost, 12);
  });

  it("records each blocked stretch as loop_blocked with its duration and the task", () => {
    const result = run(CPU_PROGRAM);
    const blocked = result.events("loop_blocked");
    expect(blocked.map((e) => [e.task, e.reason])).toEqual([
      ["Task-2", "cpu"],
      ["Task-3", "cpu"],
    ]);
    expect(blocked[0].t).toBe(0);
    expect(blocked[0].duration).toBeCloseTo(cost, 12);
    expect(blocked[1].t).toBe(result.timeOf("one end"));
  });

  it("delays timers that came due while the loop was busy", () => {
    const result = run(`${ASYNCIO}
async function punctual(): Promise<void> {
  await asyncio.sleep(0.01);
  print("woke");
}
async function main(): Promise<void> {
  const task = asyncio.createTask(punctual());
  await asyncio.sleep(0);
  let n = ${ITERATIONS};
  while (n > 0) n--;
  await task;
}
asyncio.run(main());
`);
    const [record] = sleeps(result.trace);
    expect(record).toMatchObject({ task: "Task-2", delay: 0.01, from: 0, deadline: 0.01 });
    expect(record.woke).toBeCloseTo(ITERATIONS * CPU_COSTS.loopIterationCost, 9);
  });
});

describe("blocking time.sleep", () => {
  it("holds up every other task: nothing runs while the loop is blocked", () => {
    const result = run(`${ASYNCIO}
import * as time from "time";
async function blocker(): Promise<void> {
  print("block start");
  time.sleep(2);
  print("block end");
}
async function sleeper(): Promise<void> {
  print("sleeper start");
  await asyncio.sleep(1);
  print("sleeper woke");
}
async function main(): Promise<void> {
  await asyncio.gather(sleeper(), blocker());
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-2 sleeper start",
      "0.000 Task-3 block start",
      "2.000 Task-3 block end",
      "2.000 Task-2 sleeper woke",
    ]);
    expect(sleeps(result.trace)).toEqual([{ task: "Task-2", delay: 1, from: 0, deadline: 1, woke: 2 }]);
    expect(result.events("loop_blocked")).toMatchObject([
      { t: 0, task: "Task-3", duration: 2, reason: "sleep" },
    ]);
  });

  it("makes sequential blocking calls add up (three blocking requests take their sum)", () => {
    const result = run(`${ASYNCIO}
import * as time from "time";
async function request(seconds: number): Promise<void> {
  time.sleep(seconds);
  print("request took", seconds);
}
async function main(): Promise<void> {
  await asyncio.gather(request(0.25), request(0.5), request(0.25));
  print("all done");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.250 Task-2 request took 0.25",
      "0.750 Task-3 request took 0.5",
      "1.000 Task-4 request took 0.25",
      "1.000 Task-1 all done",
    ]);
  });
});

describe("the virtual-time cap", () => {
  it("stops a program whose clock passes the limit (default 3600 s)", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  print("start");
  await asyncio.sleep(4000);
  print("never");
}
asyncio.run(main());
`;
    const result = run(source);
    expect(result.output).toEqual(["start"]);
    expect(result.error).toMatchObject({
      kind: "virtual-timeout",
      name: "VirtualTimeout",
      message: "The program ran for more than 3600 s of virtual time; the run was stopped.",
    });
    expect(result.trace.elapsed).toBe(0);
  });

  it("stops an endless loop of sleeps at the configured limit, pointing at its await", () => {
    const source = `${ASYNCIO}
async function main(): Promise<void> {
  for (;;) await asyncio.sleep(1); // forever
}
asyncio.run(main());
`;
    const result = run(source, { virtualTimeLimit: 10 });
    expect(result.error).toMatchObject({
      kind: "virtual-timeout",
      message: "The program ran for more than 10 s of virtual time; the run was stopped.",
      line: lineOf(source, "forever"),
    });
    expect(result.trace.elapsed).toBe(10);
  });

  it("also counts blocking sleeps", () => {
    const result = run(
      `import * as time from "time";
time.sleep(5);
print("after 5 s");
time.sleep(6);
print("never");
`,
      { virtualTimeLimit: 10 },
    );
    expect(result.lines).toEqual(["5.000 - after 5 s"]);
    expect(result.error).toMatchObject({ kind: "virtual-timeout", line: 4 });
  });
});
