/**
 * The learner's globals: `print`, `console`, `setTimeout`/`clearTimeout` on the virtual
 * clock, and a deterministic `Date.now()` and `Math.random()`, so the same program always produces
 * the same trace.
 */
import { now } from "./clock.ts";
import { type AbstractEventLoop, type Handle, getEventLoop } from "./events.ts";
import { str } from "./format.ts";
import { callerPosition } from "./positions.ts";
import { recordOutput } from "./recorder.ts";
import { config } from "./session.ts";

/** Python's `print`: arguments joined by spaces; one trace event per line. */
export function print(...args: unknown[]): void {
  const text = args.map(str).join(" ");
  const position = callerPosition();
  now(); // Charge CPU work done so far, so the line carries the right time.
  for (const line of text.split("\n")) recordOutput(line, position);
}

export const console = {
  log: print,
  info: print,
  warn: print,
  error: print,
  debug: print,
};

/**
 * Loops that `setTimeout`/`setInterval` put work on. A script that ends leaves their timers to run,
 * as a JavaScript host does; work left on a loop the learner drives by hand is dropped, as in Python.
 */
const timerLoops = new WeakSet<AbstractEventLoop>();

/** Whether the script's own timers are scheduled on `loop`. */
export function hasScriptTimers(loop: AbstractEventLoop): boolean {
  return timerLoops.has(loop);
}

function timerLoop(): AbstractEventLoop {
  const loop = getEventLoop();
  timerLoops.add(loop);
  return loop;
}

/** Calls `callback` after `ms` virtual milliseconds, on the current event loop. */
export function setTimeout(callback: (...args: unknown[]) => unknown, ms = 0, ...args: unknown[]): Handle {
  return timerLoop().callLater(Math.max(0, Number(ms) || 0) / 1000, callback, ...args);
}

export function clearTimeout(handle: Handle | undefined): void {
  handle?.cancel();
}

/** Calls `callback` every `ms` virtual milliseconds until `clearInterval`. */
export function setInterval(callback: (...args: unknown[]) => unknown, ms = 0, ...args: unknown[]): Handle {
  const delay = Math.max(1, Number(ms) || 0) / 1000;
  const loop = timerLoop();
  let current: Handle;
  const proxy = { cancel: () => current.cancel(), cancelled: () => current.cancelled() } as unknown as Handle;
  const tick = () => {
    current = loop.callLater(delay, tick);
    callback(...args);
  };
  current = loop.callLater(delay, tick);
  return proxy;
}

export const clearInterval = clearTimeout;

/** A seeded PRNG (mulberry32): `Math.random()` gives the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Makes `Date` read the virtual clock: `new Date()` and `Date.now()` are the run's epoch + time. */
export function virtualizeDate(): void {
  const RealDate = Date;
  const virtualNow = () => Math.round((config.epoch + now()) * 1000);
  class VirtualDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(virtualNow());
      else super(...(args as [string]));
    }
    static override now(): number {
      return virtualNow();
    }
  }
  (globalThis as { Date: DateConstructor }).Date = VirtualDate as unknown as DateConstructor;
}
