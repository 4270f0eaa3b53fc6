/** `import * as time from "time"`: Python's time module on the virtual clock. */
declare module "time" {
  /** Seconds since the Unix epoch (a fixed date plus the virtual clock) (Python's `time.time`). */
  export function time(): number;
  /** A clock that never goes back, in seconds: the virtual clock (Python's `time.monotonic`). */
  export function monotonic(): number;
  /** The clock for timing code, in seconds: the virtual clock (Python's `time.perf_counter`). */
  export function perfCounter(): number;
  /** Blocks the running thread: on the event loop, no other task runs meanwhile (Python's `time.sleep`). */
  export function sleep(seconds: number): void;
  /** The date as text, `Sun Aug 18 02:14:34 2019`, now or at `secs` (Python's `time.ctime`). */
  export function ctime(secs?: number): string;
}
