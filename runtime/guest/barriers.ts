/**
 * Mirrors `Barrier` of CPython 3.11's `asyncio/locks.py` step for step: `parties` tasks wait
 * until all of them arrived, then pass together, built on a `Condition`. Difference: a deadlock
 * report shows its waiters as `Barrier.wait()`.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import { PyError, ValueError } from "./exceptions.ts";
import { Condition } from "./locks.ts";
import { LoopBound } from "./mixins.ts";

/** Raised by `Barrier.wait()` when the barrier is broken or reset (`asyncio.BrokenBarrierError`). */
export class BrokenBarrierError extends PyError {}

type BarrierState = "filling" | "draining" | "resetting" | "broken";

/** Lets `parties` tasks wait until all of them arrived (Python 3.11's `asyncio.Barrier`). */
export class Barrier extends LoopBound {
  private readonly cond = new Condition(null, "Barrier.wait()");
  private readonly _parties: number;
  private state: BarrierState = "filling";
  private count = 0;

  constructor(parties: number) {
    super();
    if (parties < 1) throw new ValueError("parties must be > 0");
    this._parties = parties;
  }

  get parties(): number {
    return this._parties;
  }

  get nWaiting(): number {
    return this.state === "filling" ? this.count : 0;
  }

  get broken(): boolean {
    return this.state === "broken";
  }

  /** Waits until `parties` tasks are waiting; resolves to this task's index, 0 to parties-1. */
  wait(): Coroutine<number> {
    return coroutine("Barrier.wait", () => this.waitSteps());
  }

  private *waitSteps(): Generator<unknown, number, unknown> {
    yield this.cond.acquire();
    try {
      yield* this.block();
      const index = this.count;
      this.count += 1;
      try {
        if (index + 1 === this._parties) {
          this.state = "draining";
          this.cond.notifyAll();
        } else {
          yield this.cond.waitFor(() => this.state !== "filling");
          if (this.state === "broken" || this.state === "resetting") {
            throw new BrokenBarrierError("Abort or reset of barrier");
          }
        }
        return index;
      } finally {
        this.count -= 1;
        this.exit();
      }
    } finally {
      this.cond.release();
    }
  }

  private *block(): Generator<unknown, void, unknown> {
    yield this.cond.waitFor(() => this.state !== "draining" && this.state !== "resetting");
    if (this.state === "broken") throw new BrokenBarrierError("Barrier aborted");
  }

  private exit(): void {
    if (this.count === 0) {
      if (this.state === "resetting" || this.state === "draining") this.state = "filling";
      this.cond.notifyAll();
    }
  }

  /** Resets the barrier; tasks waiting in it get `BrokenBarrierError`. */
  reset(): Coroutine<void> {
    return coroutine("Barrier.reset", () => this.resetSteps());
  }

  private *resetSteps(): Generator<unknown, void, unknown> {
    yield this.cond.acquire();
    try {
      if (this.count > 0) {
        if (this.state !== "resetting") this.state = "resetting";
      } else {
        this.state = "filling";
      }
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }

  /** Breaks the barrier: current and later waiters get `BrokenBarrierError`. */
  abort(): Coroutine<void> {
    return coroutine("Barrier.abort", () => this.abortSteps());
  }

  private *abortSteps(): Generator<unknown, void, unknown> {
    yield this.cond.acquire();
    try {
      this.state = "broken";
      this.cond.notifyAll();
    } finally {
      this.cond.release();
    }
  }

  override toString(): string {
    const extra = this.broken ? this.state : `${this.state}, waiters:${this.nWaiting}/${this._parties}`;
    return `<Barrier [${extra}]>`;
  }
}
