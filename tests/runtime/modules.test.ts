/**
 * What `import` resolves to in the sandbox (runtime/guest/modules.ts): the `looplab` module's
 * `world` holds the exercise's parameters, and reading one that is not there says why.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

const READS_WORLD = `import { world } from "looplab";
const jobs = world.jobs as number[];
for (const job of jobs) print(job);
`;

describe("the looplab module's world", () => {
  it("gives the exercise's parameters to the program, frozen", () => {
    const result = run(
      `${READS_WORLD}try {
  (world as { jobs: number[] }).jobs.push(4);
} catch (e) {
  print((e as Error).name);
}`,
      { world: { jobs: [1, 2, 3] } },
    );
    expect(result.output).toEqual(["1", "2", "3", "TypeError"]);
    expect(result.error).toBeNull();
  });

  it("says the program is not running as an exercise when there is no world", () => {
    const result = run(READS_WORLD);
    expect(result.error).toMatchObject({ kind: "exception", name: "RuntimeError", line: 2 });
    expect(result.error?.message).toBe(
      "world.jobs: this program reads the world of an exercise, but it is not running as one. " +
        "Run it from the exercise's page, or with `course run --exercise <slug>`.",
    );
  });

  it("reads a parameter a variant leaves out as undefined", () => {
    const result = run(
      `import { world } from "looplab";
print(world.clients, world.jobs ?? "no jobs");`,
      { world: { clients: 3 } },
    );
    expect(result.output).toEqual(["3 no jobs"]);
  });

  it("can still be listed and printed as a whole", () => {
    const result = run(`import { world } from "looplab";
print(Object.keys(world).join(","), JSON.stringify(world));`);
    expect(result.output).toEqual([" {}"]);
  });
});

describe("import", () => {
  it("names the modules there are when a program imports another", () => {
    const result = run(`import * as aiohttp from "aiohttp";
print(aiohttp);`);
    expect(result.error).toMatchObject({
      name: "ModuleNotFoundError",
      message:
        'No module named \'aiohttp\' (available: "asyncio", "time", "looplab", "concurrent.futures", "services")',
    });
  });
});

describe("a runtime module's names", () => {
  it("raise Python's AttributeError for a name the module lacks, and cannot be replaced", () => {
    const result = run(`import * as asyncio from "asyncio";
try {
  (asyncio as unknown as { sleeep(s: number): void }).sleeep(1);
} catch (e) {
  print((e as Error).name, (e as Error).message);
}
try {
  (asyncio as { sleep: unknown }).sleep = () => 0;
} catch (e) {
  print((e as Error).name);
}
print("sleep" in asyncio, "sleeep" in asyncio, typeof asyncio.toString, Object.isFrozen(asyncio));`);
    expect(result.output).toEqual([
      "AttributeError module 'asyncio' has no attribute 'sleeep'",
      "TypeError",
      "true false function true",
    ]);
  });
});
