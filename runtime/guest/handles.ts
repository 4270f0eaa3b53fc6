/**
 * Mirrors CPython `asyncio/events.py` `Handle` and `TimerHandle`, and a timer heap.
 *
 * Timers are ordered by (deadline, scheduling order). With a virtual clock deadlines tie exactly,
 * and asyncio's rule for a real clock is that a later `call_later` fires later: the sequence
 * number keeps that rule instead of leaving ties to the heap's accidental order.
 */
import { Halt } from "./exceptions.ts";
import { repr } from "./format.ts";

const apply = Reflect.apply;

/** What a handle needs of its loop (kept narrow so handles do not import the loop). */
export interface HandleOwner {
  callExceptionHandler(context: { message: string; exception?: unknown; handle?: Handle }): void;
  timerHandleCancelled(handle: TimerHandle): void;
}

/** A callback scheduled on the loop; `cancel()` keeps it from running. */
export class Handle {
  protected callback: ((...args: never[]) => unknown) | null;
  protected args: unknown[];
  protected loop: HandleOwner;
  private _cancelled = false;

  constructor(callback: (...args: never[]) => unknown, args: unknown[], loop: HandleOwner) {
    this.callback = callback;
    this.args = args;
    this.loop = loop;
  }

  cancel(): void {
    if (!this._cancelled) {
      this._cancelled = true;
      this.callback = null;
      this.args = [];
    }
  }

  cancelled(): boolean {
    return this._cancelled;
  }

  /** The callback's name, for diagnostics (`Task.__step`, `sleep.<locals>.callback`…). */
  describe(): string {
    const cb = this.callback as ({ __looplabName?: string } & ((...args: never[]) => unknown)) | null;
    if (!cb) return "<cancelled>";
    return `${cb.__looplabName ?? (cb.name || "<lambda>")}(${this.args.map((a) => repr(a)).join(", ")})`;
  }

  /** Runs the callback. Its exceptions never escape the loop: they go to the exception handler. */
  run(): void {
    const callback = this.callback as ((...args: unknown[]) => unknown) | null;
    if (!callback) return;
    const args = this.args;
    try {
      // Most callbacks take no argument or one (a task's step, a future's done callback): no spread.
      if (args.length === 0) callback();
      else if (args.length === 1) callback(args[0]);
      else apply(callback, undefined, args);
    } catch (error) {
      if (error instanceof Halt) throw error;
      this.loop.callExceptionHandler({
        message: `Exception in callback ${this.describe()}`,
        exception: error,
        handle: this,
      });
    }
  }

  toString(): string {
    return `<Handle ${this.describe()}>`;
  }
}

let timerSeq = 0;

export class TimerHandle extends Handle {
  readonly when: number;
  /** Scheduling order: breaks ties between equal deadlines. */
  readonly seq: number = timerSeq++;
  scheduled = false;

  constructor(when: number, callback: (...args: never[]) => unknown, args: unknown[], loop: HandleOwner) {
    super(callback, args, loop);
    this.when = when;
  }

  override cancel(): void {
    if (!this.cancelled()) this.loop.timerHandleCancelled(this);
    super.cancel();
  }

  override toString(): string {
    return `<TimerHandle when=${this.when} ${this.describe()}>`;
  }
}

function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

/** A binary min-heap of timers by (when, seq). */
export class TimerHeap {
  private items: TimerHandle[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TimerHandle | undefined {
    return this.items[0];
  }

  push(item: TimerHandle): void {
    const items = this.items;
    items.push(item);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i], items[parent])) break;
      [items[i], items[parent]] = [items[parent], items[i]];
      i = parent;
    }
  }

  pop(): TimerHandle | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let smallest = i;
        if (left < items.length && before(items[left], items[smallest])) smallest = left;
        if (right < items.length && before(items[right], items[smallest])) smallest = right;
        if (smallest === i) break;
        [items[i], items[smallest]] = [items[smallest], items[i]];
        i = smallest;
      }
    }
    return top;
  }

  /** Drops cancelled timers (CPython does this when more than half are cancelled). */
  compact(): void {
    const live = this.items.filter((h) => !h.cancelled());
    for (const h of this.items) if (h.cancelled()) h.scheduled = false;
    this.items = [];
    for (const h of live) this.push(h);
  }

  all(): readonly TimerHandle[] {
    return this.items;
  }
}
