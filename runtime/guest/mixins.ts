/**
 * Mirrors CPython `asyncio/mixins.py`: a lock, queue or event binds to the loop that first uses
 * it, and using it from another loop is an error. Difference: outside a running loop the error is
 * asyncio's own `RuntimeError('no running event loop')`.
 */
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { RuntimeError } from "./exceptions.ts";

export class LoopBound {
  private boundLoop: AbstractEventLoop | null = null;

  /** The running loop, which must be the one this object was first used on. */
  protected getLoop(): AbstractEventLoop {
    const loop = getRunningLoop();
    this.boundLoop ??= loop;
    if (loop !== this.boundLoop) throw new RuntimeError(`${String(this)} is bound to a different event loop`);
    return loop;
  }
}
