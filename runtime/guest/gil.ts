/**
 * The resources CPU work waits for, on the virtual clock: the GIL (one thread of the main process
 * computes at a time: the loop thread and every executor thread share it) and the machine's
 * virtual cores (worker processes compute in parallel, at most `CPU_COUNT` at once). CPython has
 * no such module; this is the model of `Python/ceval_gil.c` and of the OS scheduler that
 * executors.ts needs. A worker's function runs to completion when it starts, so its CPU work books
 * the resource first come, first served, filling the gaps others left.
 */
import { loopTimeline } from "./clock.ts";

/** The virtual machine's CPU count (`os.cpu_count()`), which sets the default pool sizes. */
export const CPU_COUNT = 4;

/** A resource with `capacity` units, booked over virtual time. */
export class Ledger {
  readonly capacity: number;
  /** A step function: `usage[i]` units are booked on [times[i], times[i+1]); 0 before and after. */
  private times: number[] = [];
  private usage: number[] = [];

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  /**
   * Where `amount` seconds of work that may start at `start` end, using the resource only while a
   * unit is free. With `book`, the time used is booked so that later work waits for it.
   */
  place(start: number, amount: number, book = true): number {
    if (this.times.length === 0) {
      if (book) this.book([[start, start + amount]]);
      return start + amount;
    }
    this.prune(loopTimeline.now);
    const pieces: [number, number][] = [];
    let t = start;
    let remaining = amount;
    let i = this.indexAt(t);
    for (;;) {
      const used = i >= 0 ? this.usage[i] : 0;
      const next = i + 1 < this.times.length ? this.times[i + 1] : Infinity;
      if (used < this.capacity) {
        if (remaining <= next - t) {
          pieces.push([t, t + remaining]);
          t += remaining;
          break;
        }
        pieces.push([t, next]);
        remaining -= next - t;
      }
      t = next;
      i += 1;
    }
    if (book) this.book(pieces);
    return t;
  }

  /** Index of the last breakpoint at or before `t`, or -1. */
  private indexAt(t: number): number {
    let lo = 0;
    let hi = this.times.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.times[mid] <= t) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /** Makes `t` a breakpoint; returns its index. */
  private split(t: number): number {
    const i = this.indexAt(t);
    if (i >= 0 && this.times[i] === t) return i;
    this.times.splice(i + 1, 0, t);
    this.usage.splice(i + 1, 0, i >= 0 ? this.usage[i] : 0);
    return i + 1;
  }

  private book(pieces: [number, number][]): void {
    for (const [a, b] of pieces) {
      if (!(b > a)) continue;
      const first = this.split(a);
      const last = this.split(b);
      for (let k = first; k < last; k++) this.usage[k] += 1;
    }
  }

  /** Forgets bookings that end before `t`: no work can start in the past of the loop. */
  private prune(t: number): void {
    const i = this.indexAt(t);
    if (i > 0) {
      this.times.splice(0, i);
      this.usage.splice(0, i);
    }
  }
}

/** The main process's GIL: the loop thread and executor threads compute one at a time. */
export const gil = new Ledger(1);

/** The virtual cores worker processes compute on. */
export const cores = new Ledger(CPU_COUNT);
