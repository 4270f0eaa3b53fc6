/**
 * The learner's globals (runtime/guest/builtins.ts): `console`, timers on the virtual clock, and
 * a `Date` and `Math.random` that give the same values on every run.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, EPOCH, useSandbox } from "./kit.ts";

const run = useSandbox();

describe("console", () => {
  it("log, info, warn, error and debug print through the same channel as print, with task and time", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  console.log("log", [1, "a"]);
  await asyncio.sleep(1);
  console.info("info");
  console.warn("warn");
  console.error("error", new TypeError("x"));
  console.debug("debug");
}
asyncio.run(main());
`);
    expect(result.lines).toEqual([
      "0.000 Task-1 log [1, 'a']",
      "1.000 Task-1 info",
      "1.000 Task-1 warn",
      "1.000 Task-1 error TypeError: x",
      "1.000 Task-1 debug",
    ]);
  });
});

describe("setTimeout and clearTimeout", () => {
  it("call back after virtual milliseconds, with arguments, after the script's own code", () => {
    const result = run(`
setTimeout(() => print("after 500 ms"), 500);
setTimeout((a: number, b: string) => print("with args", a, b), 250, 1, "x");
setTimeout(() => print("no delay"));
print("script end");
`);
    expect(result.lines).toEqual([
      "0.000 - script end",
      "0.000 - no delay",
      "0.250 - with args 1 x",
      "0.500 - after 500 ms",
    ]);
    expect(result.trace.elapsed).toBe(0.5);
  });

  it("fire equal delays in the order they were set", () => {
    const result = run(`
for (const name of ["a", "b", "c"]) setTimeout(() => print(name), 100);
`);
    expect(result.lines).toEqual(["0.100 - a", "0.100 - b", "0.100 - c"]);
  });

  it("clearTimeout keeps a timer from firing", () => {
    const result = run(`
const handle = setTimeout(() => print("never"), 100);
setTimeout(() => print("kept"), 200);
clearTimeout(handle);
clearTimeout(undefined);
`);
    expect(result.lines).toEqual(["0.200 - kept"]);
  });

  it("inside asyncio.run schedule on the running loop", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  setTimeout(() => print("timer inside run", asyncio.getRunningLoop().time()), 1000);
  const value = await new Promise<string>((resolve) => setTimeout(resolve, 2500, "resolved"));
  print(value);
}
asyncio.run(main());
`);
    expect(result.lines).toEqual(["1.000 - timer inside run 1", "2.500 Task-1 resolved"]);
  });

  it("run timers left by a script after the script ends, on the same clock", () => {
    const result = run(`${ASYNCIO}
async function main(): Promise<void> {
  await asyncio.sleep(2);
}
asyncio.run(main());
setTimeout(() => print("after run"), 10);
`);
    expect(result.lines).toEqual(["2.010 - after run"]);
  });

  it("do not run work the script left on a loop it drove by hand, as in Python", () => {
    const result = run(`${ASYNCIO}
const loop = asyncio.newEventLoop();
asyncio.setEventLoop(loop);
loop.callLater(1, () => {
  loop.callSoon(() => print("never: the loop was stopped"));
  loop.stop();
});
loop.runForever();
loop.callLater(5, () => print("never: nobody runs the loop"));
print("script ends");
`);
    expect(result.lines).toEqual(["1.000 - script ends"]);
    expect(result.trace.elapsed).toBe(1);
  });
});

describe("setInterval and clearInterval", () => {
  it("call back every period until cleared", () => {
    const result = run(`
let n = 0;
const interval = setInterval(() => {
  n++;
  print("tick", n);
  if (n === 3) clearInterval(interval);
}, 300);
`);
    expect(result.output).toEqual(["tick 1", "tick 2", "tick 3"]);
    expect(result.events("stdout").map((e) => e.t)).toEqual([0.3, 0.3 + 0.3, 0.3 + 0.3 + 0.3]);
  });
});

describe("Date", () => {
  it("reads the run's fixed epoch plus the virtual clock", () => {
    const result = run(`
import * as time from "time";
print(Date.now(), new Date().toISOString());
time.sleep(1.5);
print(Date.now(), new Date().toISOString());
`);
    expect(result.output).toEqual([
      `${EPOCH * 1000} 2019-08-18T02:14:34.000Z`,
      `${EPOCH * 1000 + 1500} 2019-08-18T02:14:35.500Z`,
    ]);
  });

  it("still builds dates from explicit values", () => {
    const result = run(`
print(new Date(0).toISOString(), new Date("2020-02-29T12:00:00Z").getTime(), new Date(2000, 0, 1) instanceof Date);
`);
    expect(result.output).toEqual(["1970-01-01T00:00:00.000Z 1582977600000 true"]);
  });
});

describe("Math.random", () => {
  const SOURCE = `print(Math.random(), Math.random(), Math.random());`;

  it("gives numbers in [0, 1), the same sequence on every run", () => {
    const first = run(SOURCE).output[0];
    const values = first.split(" ").map(Number);
    expect(values).toHaveLength(3);
    for (const value of values) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
    }
    expect(new Set(values).size).toBe(3);
    expect(run(SOURCE).output[0]).toBe(first);
  });

  it("follows the seed option", () => {
    const seeded = run(SOURCE, { seed: 42 }).output[0];
    expect(seeded).not.toBe(run(SOURCE).output[0]);
    expect(run(SOURCE, { seed: 42 }).output[0]).toBe(seeded);
  });
});
