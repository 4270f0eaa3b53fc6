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

/** A seeded PRNG (mulberry32): the same seed gives the same sequence on every run. */
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

let random = seededRandom(1);

/** Starts `Math.random()`'s sequence from the run's seed (called when the run is configured). */
export function seedRandom(seed: number): void {
  random = seededRandom(seed);
}

/** Makes `Math.random()` the seeded generator; installed once, before the realm is frozen. */
export function virtualizeRandom(): void {
  Object.defineProperty(Math, "random", {
    value: { random: (): number => random() }.random,
    writable: true,
    configurable: true,
  });
}

/**
 * Makes `Date` read the virtual clock: `new Date()`, `Date()` and `Date.now()` are the run's epoch
 * plus its virtual time. The real constructor becomes unreachable: the virtual one shares its
 * prototype (so `instanceof Date` and subclasses work), `Date.prototype.constructor` points to
 * the virtual one, and the virtual one does not inherit from the real one.
 */
export function virtualizeDate(): void {
  const RealDate = Date;
  const construct = Reflect.construct;
  const virtualNow = (): number => Math.round((config.epoch + now()) * 1000);
  function VirtualDate(this: unknown, ...args: unknown[]): unknown {
    if (new.target === undefined) return new RealDate(virtualNow()).toString();
    return construct(RealDate, args.length === 0 ? [virtualNow()] : args, new.target);
  }
  Object.defineProperty(VirtualDate, "length", { value: 7 });
  Object.defineProperty(VirtualDate, "name", { value: "Date" });
  Object.defineProperty(VirtualDate, "prototype", { value: RealDate.prototype, writable: false });
  Object.defineProperty(VirtualDate, "now", {
    value: { now: (): number => virtualNow() }.now,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(VirtualDate, "parse", { value: RealDate.parse, writable: true, configurable: true });
  Object.defineProperty(VirtualDate, "UTC", { value: RealDate.UTC, writable: true, configurable: true });
  Object.defineProperty(RealDate.prototype, "constructor", {
    value: VirtualDate,
    writable: true,
    configurable: true,
  });
  Object.defineProperty(globalThis, "Date", { value: VirtualDate, writable: true, configurable: true });
}
