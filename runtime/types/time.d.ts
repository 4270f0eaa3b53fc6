/** `import * as time from "time"`: Python's time module on the virtual clock. */
declare module "time" {
  /** Seconds since the Unix epoch (a fixed date plus the virtual clock). */
  export function time(): number;
  export function monotonic(): number;
  export function perfCounter(): number;
  /** Blocks the running thread: on the event loop, no other task runs meanwhile. */
  export function sleep(seconds: number): void;
  /** `Sun Aug 18 02:14:34 2019`. */
  export function ctime(secs?: number): string;
}
