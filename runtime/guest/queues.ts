/**
 * Mirrors CPython 3.11 `asyncio/queues.py` step for step: `Queue` (FIFO), `PriorityQueue` (a heap,
 * with Python's ordering of tuples — arrays here), `LifoQueue`, `QueueEmpty`, `QueueFull`.
 * Difference: the waiters say what they wait for (`Queue.get()`, `Queue.put()`, `Queue.join()`),
 * which is what a deadlock report shows.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import { Deque } from "./deque.ts";
import { PyError, ValueError } from "./exceptions.ts";
import { repr } from "./format.ts";
import type { Future } from "./futures.ts";
import { heappop, heappush } from "./heapq.ts";
import { Event } from "./locks.ts";
import { LoopBound } from "./mixins.ts";

/** Raised by `getNowait()` when the queue is empty. */
export class QueueEmpty extends PyError {}

/** Raised by `putNowait()` when the queue is full. */
export class QueueFull extends PyError {}

/** A first-in, first-out queue; `maxsize <= 0` means unbounded. */
export class Queue<T = unknown> extends LoopBound {
  private readonly _maxsize: number;
  private getters = new Deque<Future>();
  private putters = new Deque<Future>();
  private unfinishedTasks = 0;
  private readonly finished: Event;

  constructor(maxsize = 0) {
    super();
    this._maxsize = maxsize;
    this.finished = new Event(`${this.constructor.name}.join()`);
    this.finished.set();
    this.init();
  }

  // The storage: subclasses override these three.
  protected init(): void {
    this.items = new Deque<T>();
  }
  protected items: Deque<T> | T[] = [];
  protected getItem(): T {
    return (this.items as Deque<T>).popleft();
  }
  protected putItem(item: T): void {
    (this.items as Deque<T>).append(item);
  }

  private wakeupNext(waiters: Deque<Future>): void {
    while (waiters.length > 0) {
      const waiter = waiters.popleft();
      if (!waiter.done()) {
        waiter.setResult(undefined);
        break;
      }
    }
  }

  qsize(): number {
    return this.items.length;
  }

  get maxsize(): number {
    return this._maxsize;
  }

  empty(): boolean {
    return this.items.length === 0;
  }

  /** True if the queue holds `maxsize` items (never, when `maxsize <= 0`). */
  full(): boolean {
    return this._maxsize <= 0 ? false : this.qsize() >= this._maxsize;
  }

  /** Puts `item` in the queue, waiting while it is full. */
  put(item: T): Coroutine<void> {
    return coroutine(`${this.constructor.name}.put`, () => this.putSteps(item));
  }

  private *putSteps(item: T): Generator<unknown, void, unknown> {
    while (this.full()) {
      const putter = this.getLoop().createFuture();
      putter._waitingFor = `${this.constructor.name}.put()`;
      this.putters.append(putter);
      try {
        yield putter;
      } catch (error) {
        putter.cancel(); // In case the putter is not done yet.
        // A previous getNowait() may have removed it already.
        this.putters.remove(putter);
        if (!this.full() && !putter.cancelled()) {
          // Woken up by getNowait() but cannot take the slot: wake the next in line.
          this.wakeupNext(this.putters);
        }
        throw error;
      }
    }
    this.putNowait(item);
  }

  /** Puts `item` at once; raises `QueueFull` if there is no free slot. */
  putNowait(item: T): void {
    if (this.full()) throw new QueueFull();
    this.putItem(item);
    this.unfinishedTasks += 1;
    this.finished.clear();
    this.wakeupNext(this.getters);
  }

  /** Removes and returns an item, waiting while the queue is empty. */
  get(): Coroutine<T> {
    return coroutine(`${this.constructor.name}.get`, () => this.getSteps());
  }

  private *getSteps(): Generator<unknown, T, unknown> {
    while (this.empty()) {
      const getter = this.getLoop().createFuture();
      getter._waitingFor = `${this.constructor.name}.get()`;
      this.getters.append(getter);
      try {
        yield getter;
      } catch (error) {
        getter.cancel(); // In case the getter is not done yet.
        // A previous putNowait() may have removed it already.
        this.getters.remove(getter);
        if (!this.empty() && !getter.cancelled()) {
          // Woken up by putNowait() but cannot take the item: wake the next in line.
          this.wakeupNext(this.getters);
        }
        throw error;
      }
    }
    return this.getNowait();
  }

  /** Removes and returns an item at once; raises `QueueEmpty` if there is none. */
  getNowait(): T {
    if (this.empty()) throw new QueueEmpty();
    const item = this.getItem();
    this.wakeupNext(this.putters);
    return item;
  }

  /** Marks one item taken with `get()` as processed; `join()` waits for all of them. */
  taskDone(): void {
    if (this.unfinishedTasks <= 0) throw new ValueError("task_done() called too many times");
    this.unfinishedTasks -= 1;
    if (this.unfinishedTasks === 0) this.finished.set();
  }

  /** Waits until every item put in the queue was marked with `taskDone()`. */
  join(): Coroutine<void> {
    return coroutine(`${this.constructor.name}.join`, () => this.joinSteps());
  }

  private *joinSteps(): Generator<unknown, void, unknown> {
    if (this.unfinishedTasks > 0) yield this.finished.wait();
  }

  override toString(): string {
    let result = `maxsize=${this._maxsize}`;
    const items = this.items instanceof Deque ? this.items.toArray() : this.items;
    if (items.length) result += ` _queue=${repr(items)}`;
    if (this.getters.length) result += ` _getters[${this.getters.length}]`;
    if (this.putters.length) result += ` _putters[${this.putters.length}]`;
    if (this.unfinishedTasks) result += ` tasks=${this.unfinishedTasks}`;
    return `<${this.constructor.name} ${result}>`;
  }
}

/** A queue that returns the smallest item first (items are often `[priority, data]` arrays). */
export class PriorityQueue<T = unknown> extends Queue<T> {
  protected override init(): void {
    this.items = [];
  }
  protected override putItem(item: T): void {
    heappush(this.items as T[], item);
  }
  protected override getItem(): T {
    return heappop(this.items as T[]);
  }
}

/** A queue that returns the most recently added item first. */
export class LifoQueue<T = unknown> extends Queue<T> {
  protected override init(): void {
    this.items = [];
  }
  protected override putItem(item: T): void {
    (this.items as T[]).push(item);
  }
  protected override getItem(): T {
    return (this.items as T[]).pop() as T;
  }
}
