/**
 * Queues (runtime/guest/queues.ts), ported from CPython 3.11's `asyncio/queues.py`: `Queue`,
 * `PriorityQueue`, `LifoQueue`. Getters and putters are served in arrival order, a cancelled
 * getter never loses an item, and a deadlock report names the queue operation each task awaits.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, lineOf, useSandbox } from "./kit.ts";

const run = useSandbox();

function program(body: string, helpers = ""): string {
  return `${ASYNCIO}
const now = () => asyncio.getRunningLoop().time().toFixed(1);
${helpers}
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

describe("Queue.putNowait and Queue.getNowait", () => {
  it("keep FIFO order and report size, emptiness and fullness", () => {
    const result = run(
      program(`  const q = new asyncio.Queue<number>(2);
  print(q.maxsize, q.qsize(), q.empty(), q.full());
  q.putNowait(1);
  q.putNowait(2);
  print(q.qsize(), q.empty(), q.full());
  print(q.getNowait(), q.getNowait(), q.empty());`),
    );
    expect(result.output).toEqual(["2 0 true false", "2 false true", "1 2 true"]);
  });

  it("raise QueueFull when full and QueueEmpty when empty", () => {
    const result = run(
      program(`  const q = new asyncio.Queue<number>(1);
  q.putNowait(1);
  try { q.putNowait(2); } catch (e) { print(e instanceof asyncio.QueueFull, (e as Error).name); }
  q.getNowait();
  try { q.getNowait(); } catch (e) { print(e instanceof asyncio.QueueEmpty, (e as Error).name); }`),
    );
    expect(result.output).toEqual(["true QueueFull", "true QueueEmpty"]);
  });

  it("never report full for maxsize <= 0", () => {
    const result = run(
      program(`  const q = new asyncio.Queue<number>(0);
  for (let i = 0; i < 1000; i++) q.putNowait(i);
  print(q.full(), q.qsize());`),
    );
    expect(result.output).toEqual(["false 1000"]);
  });
});

describe("Queue.put and Queue.get", () => {
  it("wait while full or empty; waiting getters are served in arrival order", () => {
    const result = run(
      program(
        `  const q = new asyncio.Queue<string>(1);
  const getters = ["g1", "g2"].map((n) => asyncio.createTask(getter(n, q)));
  await asyncio.sleep(1);
  await q.put("a");
  await q.put("b");
  print("put b at", now());
  await asyncio.gather(...getters);`,
        `async function getter(name: string, q: asyncio.Queue<string>): Promise<void> {
  const item = await q.get();
  print(name, "got", item, "at", now());
}`,
      ),
    );
    // As in CPython: `put("b")` waits for the full queue until g1 has taken "a".
    expect(result.output).toEqual(["g1 got a at 1.0", "put b at 1.0", "g2 got b at 1.0"]);
  });

  it("make a putter wait until a getter frees a slot", () => {
    const result = run(
      program(`  const q = new asyncio.Queue<number>(1);
  await q.put(1);
  const putter = asyncio.createTask((async () => { await q.put(2); print("put 2 at", now()); })());
  await asyncio.sleep(2);
  print("get", q.getNowait());
  await putter;
  print("get", await q.get());`),
    );
    expect(result.output).toEqual(["get 1", "put 2 at 2.0", "get 2"]);
  });

  it("does not lose the item when a woken getter is cancelled: the next getter gets it", () => {
    const result = run(
      program(
        `  const q = new asyncio.Queue<string>();
  const g1 = asyncio.createTask(getter("g1", q));
  const g2 = asyncio.createTask(getter("g2", q));
  await asyncio.sleep(0);
  q.putNowait("item"); // wakes g1...
  g1.cancel(); // ...which is cancelled before it runs
  await asyncio.gather(g1, g2, { returnExceptions: true });
  print("g1 cancelled?", g1.cancelled(), "left:", q.qsize());`,
        `async function getter(name: string, q: asyncio.Queue<string>): Promise<void> {
  print(name, "got", await q.get());
}`,
      ),
    );
    expect(result.output).toEqual(["g2 got item", "g1 cancelled? true left: 0"]);
  });
});

describe("Queue.taskDone and Queue.join", () => {
  it("join() waits until every item is marked done", () => {
    const result = run(
      program(`  const q = new asyncio.Queue<number>();
  for (const n of [1, 2, 3]) q.putNowait(n);
  asyncio.createTask((async () => {
    for (;;) {
      const n = await q.get();
      await asyncio.sleep(n);
      q.taskDone();
    }
  })());
  await q.join();
  print("joined at", now());`),
    );
    expect(result.output).toEqual(["joined at 6.0"]);
  });

  it("raises ValueError when called more times than items were put", () => {
    const result = run(program(`  new asyncio.Queue().taskDone();`));
    expect(result.error).toMatchObject({ name: "ValueError", message: "task_done() called too many times" });
  });
});

describe("PriorityQueue", () => {
  it("returns the smallest item first, comparing arrays element by element", () => {
    const result = run(
      program(`  const q = new asyncio.PriorityQueue<[number, string]>();
  for (const item of [[3, "c"], [1, "b"], [2, "x"], [1, "a"]] as [number, string][]) await q.put(item);
  const out: string[] = [];
  while (!q.empty()) out.push((await q.get())[1]);
  print(out);`),
    );
    expect(result.output).toEqual(["['a', 'b', 'x', 'c']"]);
  });

  it("raises Python's TypeError for items that cannot be ordered", () => {
    const result = run(
      program(`  const q = new asyncio.PriorityQueue<[number, object]>();
  q.putNowait([1, { job: "a" }]);
  q.putNowait([1, { job: "b" }]);`),
    );
    expect(result.error).toMatchObject({
      name: "TypeError",
      message: "'<' not supported between instances of 'dict' and 'dict'",
    });
  });
});

describe("LifoQueue", () => {
  it("returns the newest item first", () => {
    const result = run(
      program(`  const q = new asyncio.LifoQueue<number>();
  for (const n of [1, 2, 3]) q.putNowait(n);
  print(q.getNowait(), q.getNowait(), q.getNowait());`),
    );
    expect(result.output).toEqual(["3 2 1"]);
  });
});

describe("deadlock reports", () => {
  it("list two tasks that wait for each other's queue, each with Queue.get() and its line", () => {
    const source = program(
      `  const a = new asyncio.Queue<string>();
  const b = new asyncio.Queue<string>();
  await asyncio.gather(relay(a, b), relay(b, a));`,
      `async function relay(inbox: asyncio.Queue<string>, outbox: asyncio.Queue<string>): Promise<void> {
  const message = await inbox.get(); // waits here
  await outbox.put(message);
}`,
    );
    const result = run(source);
    expect(result.error).toMatchObject({
      kind: "deadlock",
      message: "Deadlock: nothing can run any more, but the main task Task-1 is not done.",
    });
    const line = lineOf(source, "waits here");
    expect(result.error?.waiting).toEqual([
      { task: "Task-1", waiting: "gather(Task-2, Task-3)", line: lineOf(source, "await asyncio.gather") },
      { task: "Task-2", waiting: "Queue.get()", line },
      { task: "Task-3", waiting: "Queue.get()", line },
    ]);
  });

  it("name put() on a full queue and join() on an unfinished one", () => {
    const source = program(`  const q = new asyncio.Queue<number>(1);
  q.putNowait(1);
  const putter = asyncio.createTask((async () => { await q.put(2); })()); // put waits
  await q.join(); // join waits`);
    const result = run(source);
    expect(result.error?.waiting).toEqual([
      { task: "Task-1", waiting: "Queue.join()", line: lineOf(source, "join waits") },
      { task: "Task-2", waiting: "Queue.put()", line: lineOf(source, "put waits") },
    ]);
  });
});
