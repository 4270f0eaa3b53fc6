/**
 * The simulated services exercises import (runtime/guest/services.ts): `http.get`, an async
 * client like aiohttp; `requests.get`, a blocking one like requests; and Fluent Python's flag
 * server. Latencies come from the run's `world`, so graders can run several variants.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

const IMPORTS = `import * as asyncio from "asyncio";
import * as time from "time";
import { http, requests, flags } from "services";
`;

/** Fluent Python's `flags_asyncio.py`, with the flags saved by a thread of the default executor. */
const FLAGS = `${IMPORTS}
async function getFlag(cc: string): Promise<string> {
  const resp = await http.get(flags.url(cc));
  return await resp.read();
}
async function downloadOne(cc: string): Promise<string> {
  const image = await getFlag(cc);
  print(cc);
  await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, cc.toLowerCase() + ".gif");
  return cc;
}
async function downloadMany(ccList: readonly string[]): Promise<number> {
  const res = await asyncio.gather(...[...ccList].sort().map((cc) => asyncio.createTask(downloadOne(cc))));
  return res.length;
}
const t0 = time.time();
const count = asyncio.run(downloadMany(flags.POP20_CC));
print(\`\${count} flags downloaded in \${(time.time() - t0).toFixed(2)}s\`);
print(flags.saved().length, "files saved");
`;

describe("the flag server", () => {
  it("serves 20 flags concurrently: the run takes as long as the slowest flag, not the sum", () => {
    const latency = Object.fromEntries(
      [
        "CN",
        "IN",
        "US",
        "ID",
        "BR",
        "PK",
        "NG",
        "BD",
        "RU",
        "JP",
        "MX",
        "PH",
        "VN",
        "ET",
        "EG",
        "DE",
        "IR",
        "TR",
        "CD",
        "FR",
      ].map((cc, i) => [cc, (i + 1) / 10]),
    );
    const result = run(FLAGS, { world: { flags: { latency, saveTime: 0.05 } } });
    expect(result.output.slice(0, 3)).toEqual(["CN", "IN", "US"]);
    expect(result.output.slice(-2)).toEqual(["20 flags downloaded in 2.05s", "20 files saved"]);
  });

  it("varies the download order with world.flags.seed", () => {
    const orders = [1, 2].map((seed) =>
      run(FLAGS, { world: { flags: { seed } } })
        .output.slice(0, 20)
        .join(" "),
    );
    expect(orders[0]).not.toEqual(orders[1]);
    expect(orders[0].split(" ").sort()).toEqual(orders[1].split(" ").sort());
  });

  it("answers 404 for a country it does not know", () => {
    const result = run(`${IMPORTS}
async function main(): Promise<void> {
  const resp = await http.get(flags.url("XX"));
  print(resp.status, resp.reason, resp.ok);
  resp.raiseForStatus();
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["404 Not Found false"]);
    expect(result.error).toMatchObject({
      name: "ClientResponseError",
      message: "404, message='Not Found', url=URL('http://flupy.org/data/flags/xx/xx.gif')",
    });
  });
});

describe("http.get", () => {
  it("resolves after the URL's latency from world.http, letting other tasks run", () => {
    const result = run(
      `${IMPORTS}
async function fetch(url: string): Promise<void> {
  const resp = await http.get(url);
  print(url, resp.status, (await resp.text()).length > 0, time.monotonic());
}
async function main(): Promise<void> {
  await asyncio.gather(fetch("http://www.example.com"), fetch("http://api.test/slow"), fetch("http://api.test/fast"));
}
asyncio.run(main());
`,
      {
        world: {
          http: {
            latency: { "http://www.example.com": 0.5 },
            routes: {
              "http://api.test/slow": { latency: 2, body: "slow" },
              "http://api.test/fast": { latency: 1, body: "fast" },
            },
          },
        },
      },
    );
    expect(result.output).toEqual([
      "http://www.example.com 200 true 0.5",
      "http://api.test/fast 200 true 1",
      "http://api.test/slow 200 true 2",
    ]);
    expect(result.events("task_blocked").map((e) => e.waiting)).toContain("http.get('http://api.test/slow')");
  });

  it("cannot reach a host that does not exist", () => {
    const result = run(`${IMPORTS}
asyncio.run(http.get("http://nowhere.test/"));
`);
    expect(result.error).toMatchObject({
      name: "ConnectionError",
      message: "Cannot connect to host nowhere.test:80 [Name or service not known]",
    });
  });
});

describe("requests.get", () => {
  it("blocks the loop: Python Concurrency with Asyncio's three calls run one after another", () => {
    const result = run(`${IMPORTS}
async function getExampleStatus(): Promise<number> {
  return requests.get("http://www.example.com").statusCode;
}
async function main(): Promise<void> {
  const start = time.perfCounter();
  const statuses = await asyncio.gather(getExampleStatus(), getExampleStatus(), getExampleStatus());
  print(statuses, (time.perfCounter() - start).toFixed(2));
}
asyncio.run(main());
`);
    expect(result.output).toEqual(["[200, 200, 200] 0.90"]);
    expect(result.events("loop_blocked").map((e) => [e.t, e.duration, e.reason])).toEqual([
      [0, 0.3, "sleep"],
      [0.3, 0.3, "sleep"],
      [0.6, 0.3, "sleep"],
    ]);
  });

  it("returns a response like requests' and raises HTTPError on demand", () => {
    const result = run(
      `${IMPORTS}
const r = requests.get("http://api.test/missing");
print(r.statusCode, r.ok, r.text, time.monotonic());
r.raiseForStatus();
`,
      {
        world: {
          http: { routes: { "http://api.test/missing": { status: 404, body: "nope", latency: 0.2 } } },
        },
      },
    );
    expect(result.output).toEqual(["404 false nope 0.2"]);
    expect(result.error).toMatchObject({
      name: "HTTPError",
      message: "404 Client Error: Not Found for url: http://api.test/missing",
    });
  });
});
