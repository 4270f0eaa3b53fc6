/**
 * Synchronization primitives (runtime/guest/locks.ts), ported from CPython 3.11's
 * `asyncio/locks.py`: `Lock`, `Event`, `Condition`, `Semaphore`, `BoundedSemaphore`, `Barrier`.
 * Waiters are served in the order they arrived, a cancelled waiter never blocks the others, and a
 * deadlock report says which primitive each task waits for.
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

const HOLDER = `
async function holder(name: string, lock: { acquire(): Promise<unknown>; release(): void }, hold: number): Promise<void> {
  await lock.acquire();
  try {
    print(name, "in at", now());
    await asyncio.sleep(hold);
  } finally {
    lock.release();
  }
}`;

describe("Lock", () => {
  it("lets one task in at a time, waiters in the order they asked", () => {
    const result = run(
      program(
        `  const lock = new asyncio.Lock();
  await asyncio.gather(holder("a", lock, 1), holder("b", lock, 2), holder("c", lock, 1));
  print("locked?", lock.locked(), "at", now());`,
        HOLDER,
      ),
    );
    expect(result.lines).toEqual([
      "0.000 Task-2 a in at 0.0",
      "1.000 Task-3 b in at 1.0",
      "3.000 Task-4 c in at 3.0",
      "4.000 Task-1 locked? false at 4.0",
    ]);
  });

  it("skips a waiter that was cancelled: the next one gets the lock", () => {
    const result = run(
      program(
        `  const lock = new asyncio.Lock();
  const first = asyncio.createTask(holder("first", lock, 1));
  const second = asyncio.createTask(holder("second", lock, 1));
  const third = asyncio.createTask(holder("third", lock, 1));
  await asyncio.sleep(0.5);
  second.cancel();
  await asyncio.gather(first, third, second, { returnExceptions: true });
  print("second cancelled?", second.cancelled());`,
        HOLDER,
      ),
    );
    expect(result.output).toEqual(["first in at 0.0", "third in at 1.0", "second cancelled? true"]);
  });

  it("raises RuntimeError('Lock is not acquired.') when released unlocked", () => {
    const result = run(program(`  new asyncio.Lock().release();`));
    expect(result.error).toMatchObject({ name: "RuntimeError", message: "Lock is not acquired." });
  });

  it("acquires at once without giving up control when free", () => {
    const result = run(
      program(`  const lock = new asyncio.Lock();
  asyncio.getRunningLoop().callSoon(() => print("callback"));
  await lock.acquire();
  print("acquired", lock.locked());`),
    );
    expect(result.output).toEqual(["acquired true", "callback"]);
  });
});

describe("Event", () => {
  it("wakes every waiter when set; wait() returns at once while it is set; clear() resets it", () => {
    const result = run(
      program(
        `  const event = new asyncio.Event();
  const waiters = ["x", "y"].map((n) => asyncio.createTask(waiter(n, event)));
  await asyncio.sleep(1);
  event.set();
  await asyncio.gather(...waiters);
  print("set?", event.isSet(), await event.wait());
  event.clear();
  print("after clear", event.isSet());`,
        `async function waiter(name: string, event: asyncio.Event): Promise<void> {
  print(name, "waits");
  await event.wait();
  print(name, "woke at", now());
}`,
      ),
    );
    expect(result.lines).toEqual([
      "0.000 Task-2 x waits",
      "0.000 Task-3 y waits",
      "1.000 Task-2 x woke at 1.0",
      "1.000 Task-3 y woke at 1.0",
      "1.000 Task-1 set? true true",
      "1.000 Task-1 after clear false",
    ]);
  });
});

describe("Condition", () => {
  it("notify(1) wakes the longest waiter; notifyAll() the rest; each re-acquires the lock", () => {
    const result = run(
      program(
        `  const cond = new asyncio.Condition();
  const tasks = ["w1", "w2", "w3"].map((n) => asyncio.createTask(waiter(n, cond)));
  await asyncio.sleep(1);
  await cond.acquire();
  cond.notify();
  cond.release();
  await asyncio.sleep(1);
  await cond.acquire();
  cond.notifyAll();
  cond.release();
  await asyncio.gather(...tasks);`,
        `async function waiter(name: string, cond: asyncio.Condition): Promise<void> {
  await cond.acquire();
  try {
    await cond.wait();
    print(name, "notified at", now(), "holding the lock:", cond.locked());
  } finally {
    cond.release();
  }
}`,
      ),
    );
    expect(result.output).toEqual([
      "w1 notified at 1.0 holding the lock: true",
      "w2 notified at 2.0 holding the lock: true",
      "w3 notified at 2.0 holding the lock: true",
    ]);
  });

  it("waitFor() waits until the predicate holds and returns its value", () => {
    const result = run(
      program(
        `  const cond = new asyncio.Condition();
  const box = { items: 0 };
  const consumer = asyncio.createTask((async () => {
    await cond.acquire();
    try {
      return await cond.waitFor(() => box.items >= 2 && box.items);
    } finally {
      cond.release();
    }
  })());
  for (let i = 0; i < 3; i++) {
    await asyncio.sleep(1);
    await cond.acquire();
    box.items += 1;
    cond.notifyAll();
    cond.release();
  }
  print("got", await consumer, "at", now());`,
      ),
    );
    expect(result.output).toEqual(["got 2 at 3.0"]);
  });

  it("refuses wait() and notify() without the lock", () => {
    const result = run(program(`  new asyncio.Condition().notify();`));
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "cannot notify on un-acquired lock",
    });
  });
});

describe("Semaphore", () => {
  it("lets `value` tasks in at once and the others in arrival order", () => {
    const result = run(
      program(
        `  const sem = new asyncio.Semaphore(2);
  await asyncio.gather(...["a", "b", "c", "d", "e"].map((n) => holder(n, sem, 1)));`,
        HOLDER,
      ),
    );
    expect(result.output).toEqual([
      "a in at 0.0",
      "b in at 0.0",
      "c in at 1.0",
      "d in at 1.0",
      "e in at 2.0",
    ]);
  });

  it("rejects a negative initial value", () => {
    const result = run(program(`  new asyncio.Semaphore(-1);`));
    expect(result.error).toMatchObject({
      name: "ValueError",
      message: "Semaphore initial value must be >= 0",
    });
  });

  it("passes the slot on when a woken waiter is cancelled before it runs", () => {
    const result = run(
      program(
        `  const sem = new asyncio.Semaphore(1);
  await sem.acquire();
  const b = asyncio.createTask(holder("b", sem, 1));
  const c = asyncio.createTask(holder("c", sem, 1));
  await asyncio.sleep(0);
  sem.release(); // wakes b...
  b.cancel(); // ...which is cancelled before it runs: c must get the slot
  await asyncio.gather(b, c, { returnExceptions: true });
  print("free slots left:", sem.locked() ? 0 : 1);`,
        HOLDER,
      ),
    );
    expect(result.output).toEqual(["c in at 0.0", "free slots left: 1"]);
  });
});

describe("BoundedSemaphore", () => {
  it("raises ValueError when released more often than acquired", () => {
    const result = run(
      program(`  const sem = new asyncio.BoundedSemaphore(1);
  await sem.acquire();
  sem.release();
  sem.release();`),
    );
    expect(result.error).toMatchObject({
      name: "ValueError",
      message: "BoundedSemaphore released too many times",
    });
  });
});

describe("Barrier", () => {
  it("releases all parties together; each gets a distinct index", () => {
    const result = run(
      program(
        `  const barrier = new asyncio.Barrier(3);
  const indexes = await asyncio.gather(arrive("a", barrier, 1), arrive("b", barrier, 2), arrive("c", barrier, 3));
  print("indexes", [...indexes].sort());`,
        `async function arrive(name: string, barrier: asyncio.Barrier, delay: number): Promise<number> {
  await asyncio.sleep(delay);
  const index = await barrier.wait();
  print(name, "passes at", now());
  return index;
}`,
      ),
    );
    expect(result.output).toEqual([
      "c passes at 3.0",
      "a passes at 3.0",
      "b passes at 3.0",
      "indexes [0, 1, 2]",
    ]);
  });
});

describe("deadlock reports", () => {
  it("name the primitive each task waits for, with the line of its await", () => {
    const source = program(
      `  const lock = new asyncio.Lock();
  await lock.acquire();
  const event = new asyncio.Event();
  const sem = new asyncio.Semaphore(0);
  await asyncio.gather(
    (async () => { await lock.acquire(); })(), // lock waiter
    (async () => { await event.wait(); })(), // event waiter
    (async () => { await sem.acquire(); })(), // semaphore waiter
  );`,
    );
    const result = run(source);
    expect(result.error?.kind).toBe("deadlock");
    expect(result.error?.waiting?.slice(1)).toEqual([
      { task: "Task-2", waiting: "Lock.acquire()", line: lineOf(source, "lock waiter") },
      { task: "Task-3", waiting: "Event.wait()", line: lineOf(source, "event waiter") },
      { task: "Task-4", waiting: "Semaphore.acquire()", line: lineOf(source, "semaphore waiter") },
    ]);
  });
});
