/**
 * What the editor's completion offers, from the real language service over the runtime's
 * declarations: module members as a learner types them, imports of every learner module, and the
 * methods of the objects asyncio hands out (tasks, futures, queues, streams), with their docs.
 */
import { describe, expect, it } from "vitest";
import { createLanguageService } from "../../src/worker/language-service.ts";

const service = createLanguageService();
let files = 0;

/** The labels offered where `|` stands in `code` (as typing would ask, not Ctrl+Space). */
async function offered(code: string): Promise<string[]> {
  const path = `/complete-${files++}.ts`;
  const pos = code.indexOf("|");
  await service.updateFile({ path, code: code.replace("|", "") });
  const result = await service.getAutocompletion({ path, context: { pos, explicit: false } });
  return (result?.options ?? []).map((option) => option.label);
}

const header = 'import * as asyncio from "asyncio";\nimport * as time from "time";\n';

describe("completion of module members", () => {
  it("offers asyncio's functions and classes after `asyncio.`", async () => {
    const labels = await offered(`${header}asyncio.|`);
    expect(labels).toEqual(
      expect.arrayContaining(["createTask", "gather", "sleep", "Queue", "TaskGroup", "run"]),
    );
  });

  it("offers time's functions after `time.`", async () => {
    expect(await offered(`${header}time.|`)).toEqual(
      expect.arrayContaining(["time", "monotonic", "perfCounter", "sleep", "ctime"]),
    );
  });

  it("offers the names of concurrent.futures, services and looplab in imports", async () => {
    expect(await offered(`import { Thr| } from "concurrent.futures";`)).toContain("ThreadPoolExecutor");
    expect(await offered(`import { h| } from "services";`)).toEqual(
      expect.arrayContaining(["http", "flags"]),
    );
    expect(await offered(`import { w| } from "looplab";`)).toContain("world");
  });

  it("offers the members of a service after its name", async () => {
    expect(await offered(`import { flags } from "services";\nflags.|`)).toEqual(
      expect.arrayContaining(["POP20_CC", "url", "saveFlag"]),
    );
  });
});

describe("completion of the methods of asyncio's objects", () => {
  it("offers a task's methods", async () => {
    const labels = await offered(
      `${header}async function main() {}\nconst task = asyncio.createTask(main());\ntask.|`,
    );
    expect(labels).toEqual(
      expect.arrayContaining(["getName", "cancel", "done", "result", "addDoneCallback"]),
    );
  });

  it("offers a future's methods", async () => {
    const labels = await offered(
      `${header}const future = asyncio.getEventLoop().createFuture<number>();\nfuture.|`,
    );
    expect(labels).toEqual(expect.arrayContaining(["setResult", "setException", "cancelled"]));
  });

  it("offers a queue's methods", async () => {
    const labels = await offered(`${header}const queue = new asyncio.Queue<number>();\nqueue.|`);
    expect(labels).toEqual(expect.arrayContaining(["put", "get", "putNowait", "taskDone", "join", "qsize"]));
  });

  it("offers a stream's methods", async () => {
    const labels = await offered(
      `${header}async function main() {\n  const [reader, writer] = await asyncio.openConnection("h", 1);\n  reader.|\n}`,
    );
    expect(labels).toEqual(expect.arrayContaining(["read", "readline", "readexactly", "atEof"]));
  });
});

describe("completion details", () => {
  it("shows an entry's signature and its doc comment with the Python name", async () => {
    const code = `${header}asyncio.createTask`;
    await service.updateFile({ path: "/details.ts", code });
    const details = service.getCompletionDetails({
      path: "/details.ts",
      pos: code.length,
      name: "createTask",
    });
    expect(details?.detail).toMatch(/^function createTask<T>\(coro: Promise<T>/);
    expect(details?.documentation).toContain("Python's `asyncio.create_task`");
  });
});
