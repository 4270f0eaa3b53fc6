/**
 * The `time` module (runtime/guest/time.ts) on the virtual clock. `ctime` strings were checked
 * against CPython 3.11's `time.ctime` in UTC.
 */
import { describe, expect, it } from "vitest";
import { EPOCH, useSandbox } from "./kit.ts";

const run = useSandbox();

const TIME = `import * as time from "time";\n`;

describe("time.time, time.monotonic, time.perfCounter", () => {
  it("read the fixed epoch plus the virtual clock, and the virtual clock", () => {
    const result = run(`${TIME}
print(time.time(), time.monotonic(), time.perfCounter());
time.sleep(1.5);
print(time.time(), time.monotonic(), time.perfCounter());
`);
    expect(result.output).toEqual([`${EPOCH} 0 0`, `${EPOCH + 1.5} 1.5 1.5`]);
  });

  it("follow the loop's clock inside tasks", () => {
    const result = run(`${TIME}import * as asyncio from "asyncio";
async function main(): Promise<void> {
  await asyncio.sleep(2.25);
  print(time.monotonic() === asyncio.getRunningLoop().time(), time.time() - time.monotonic());
}
asyncio.run(main());
`);
    expect(result.output).toEqual([`true ${EPOCH}`]);
  });

  it("measure elapsed time as the difference of two readings", () => {
    const result = run(`${TIME}import * as asyncio from "asyncio";
async function main(): Promise<void> {
  const start = time.perfCounter();
  await asyncio.sleep(0.75);
  print("elapsed", (time.perfCounter() - start).toFixed(4));
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["elapsed 0.7500"]);
  });
});

describe("time.sleep", () => {
  it("blocks the running thread: the clock advances and the loop is blocked", () => {
    const result = run(`${TIME}
print("before");
time.sleep(2);
print("after");
`);
    expect(result.lines).toEqual(["0.000 - before", "2.000 - after"]);
    expect(result.events("loop_blocked")).toMatchObject([{ t: 0, duration: 2, reason: "sleep" }]);
  });

  it("with 0 does not block", () => {
    const result = run(`${TIME}
time.sleep(0);
print(time.monotonic());
`);
    expect(result.output).toEqual(["0"]);
    expect(result.events("loop_blocked")).toEqual([]);
  });

  it("raises ValueError for a negative length and TypeError for a non-number", () => {
    const result = run(`${TIME}
for (const arg of [-1, "x"]) {
  try {
    time.sleep(arg as number);
  } catch (e) {
    print(e);
  }
}
`);
    expect(result.output).toEqual([
      "ValueError: sleep length must be non-negative",
      "TypeError: 'string' object cannot be interpreted as a number",
    ]);
  });
});

describe("time.ctime", () => {
  it("formats the current virtual time like Python (the Hello/Goodbye examples' date at t = 0)", () => {
    const result = run(`${TIME}
print(time.ctime());
time.sleep(3599);
print(time.ctime());
`);
    expect(result.output).toEqual(["Sun Aug 18 02:14:34 2019", "Sun Aug 18 03:14:33 2019"]);
  });

  it("formats given seconds: padded day, leap day, fractions floored, before 1970", () => {
    const result = run(`${TIME}
for (const secs of [0, 1566094474.999, 1700000000, 951782400, ${EPOCH} + 86400 * 14 + 7, -1.5, 4102444800]) {
  print(time.ctime(secs));
}
`);
    expect(result.output).toEqual([
      "Thu Jan  1 00:00:00 1970",
      "Sun Aug 18 02:14:34 2019",
      "Tue Nov 14 22:13:20 2023",
      "Tue Feb 29 00:00:00 2000",
      "Sun Sep  1 02:14:41 2019",
      "Wed Dec 31 23:59:58 1969",
      "Fri Jan  1 00:00:00 2100",
    ]);
  });
});
