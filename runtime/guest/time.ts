/**
 * Python's `time` module on the virtual clock. `sleep()` blocks the running thread: on the loop
 * thread nothing else runs meanwhile, exactly like a blocking call in asyncio.
 */
import { block, now } from "./clock.ts";
import { ValueError } from "./exceptions.ts";
import { config } from "./session.ts";

/** Seconds since the Unix epoch: the run's fixed start date plus the virtual clock. */
export function time(): number {
  return config.epoch + now();
}

/** A clock that never goes back: the virtual clock. */
export function monotonic(): number {
  return now();
}

/** The highest-resolution clock: the virtual clock. */
export function perfCounter(): number {
  return now();
}

/** Blocks the running thread for `seconds`: no task runs meanwhile on the loop thread. */
export function sleep(seconds: number): void {
  if (typeof seconds !== "number" || Number.isNaN(seconds)) {
    throw new TypeError(`'${typeof seconds}' object cannot be interpreted as a number`);
  }
  if (seconds < 0) throw new ValueError("sleep length must be non-negative");
  block(seconds);
}

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Python's `time.ctime()`: `Sun Aug 18 02:14:34 2019` (UTC, the run's clock). */
export function ctime(secs?: number): string {
  const date = new Date(Math.floor(secs ?? time()) * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${DAYS[date.getUTCDay()]} ${MONTHS[date.getUTCMonth()]} ${String(date.getUTCDate()).padStart(2, " ")} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())} ${date.getUTCFullYear()}`
  );
}
