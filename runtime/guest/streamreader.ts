/**
 * Mirrors the `StreamReader` of CPython 3.11's `asyncio/streams.py` step for step: a buffer the
 * protocol feeds (`feedData`, `feedEof`) and coroutines that wait for enough of it (`read`,
 * `readline`, `readuntil`, `readexactly`). Difference: the buffer holds text, so sizes and the
 * line limit count characters.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { IncompleteReadError, LimitOverrunError, RuntimeError, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import type { Transport } from "./network.ts";

/** 64 KiB, CPython's default limit for one line (here: characters). */
export const DEFAULT_LIMIT = 2 ** 16;

/** Reads from a connection (CPython's `StreamReader`), text instead of bytes. */
export class StreamReader {
  private readonly limit: number;
  private readonly loop: AbstractEventLoop;
  private buffer = "";
  private eof = false;
  private waiter: Future | null = null;
  private _exception: unknown = null;
  private transport: Transport | null = null;

  constructor(limit = DEFAULT_LIMIT, loop?: AbstractEventLoop) {
    if (limit <= 0) throw new ValueError("Limit cannot be <= 0");
    this.limit = limit;
    this.loop = loop ?? getRunningLoop();
  }

  exception(): unknown {
    return this._exception;
  }

  setException(exc: unknown): void {
    this._exception = exc;
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.cancelled()) waiter.setException(exc);
    }
  }

  private wakeupWaiter(): void {
    const waiter = this.waiter;
    if (waiter !== null) {
      this.waiter = null;
      if (!waiter.cancelled()) waiter.setResult(undefined);
    }
  }

  setTransport(transport: Transport): void {
    if (this.transport !== null) throw new RuntimeError("Transport already set");
    this.transport = transport;
  }

  feedEof(): void {
    this.eof = true;
    this.wakeupWaiter();
  }

  /** True if the buffer is empty and EOF was received. */
  atEof(): boolean {
    return this.eof && this.buffer.length === 0;
  }

  feedData(data: string): void {
    if (this.eof) throw new RuntimeError("feed_data after feed_eof");
    if (!data) return;
    this.buffer += data;
    this.wakeupWaiter();
  }

  private *waitForData(funcName: string): Generator<unknown, void, unknown> {
    // Two readers waiting at once could not know which one gets the next data.
    if (this.waiter !== null) {
      throw new RuntimeError(
        `${funcName}() called while another coroutine is already waiting for incoming data`,
      );
    }
    if (this.eof) throw new RuntimeError("_wait_for_data after EOF");
    this.waiter = this.loop.createFuture();
    this.waiter._waitingFor = `StreamReader.${funcName}()`;
    try {
      yield this.waiter;
    } finally {
      this.waiter = null;
    }
  }

  /** Reads one line, up to and including `\n`; at EOF, the rest (or '' if nothing is left). */
  readline(): Coroutine<string> {
    return coroutine("StreamReader.readline", () => this.readlineSteps());
  }

  private *readlineSteps(): Generator<unknown, string, unknown> {
    try {
      return (yield this.readuntil("\n")) as string;
    } catch (error) {
      if (error instanceof IncompleteReadError) return error.partial;
      if (error instanceof LimitOverrunError) {
        if (this.buffer.startsWith("\n", error.consumed)) this.buffer = this.buffer.slice(error.consumed + 1);
        else this.buffer = "";
        throw new ValueError(error.message);
      }
      throw error;
    }
  }

  /** Reads up to and including `separator`; `IncompleteReadError` if EOF comes first. */
  readuntil(separator = "\n"): Coroutine<string> {
    return coroutine("StreamReader.readuntil", () => this.readuntilSteps(separator));
  }

  private *readuntilSteps(separator: string): Generator<unknown, string, unknown> {
    const seplen = separator.length;
    if (seplen === 0) throw new ValueError("Separator should be at least one-byte string");
    if (this._exception !== null) throw this._exception;
    let offset = 0;
    let isep: number;
    for (;;) {
      const buflen = this.buffer.length;
      if (buflen - offset >= seplen) {
        isep = this.buffer.indexOf(separator, offset);
        if (isep !== -1) break;
        offset = buflen + 1 - seplen;
        if (offset > this.limit) {
          throw new LimitOverrunError("Separator is not found, and chunk exceed the limit", offset);
        }
      }
      // A complete separator may have arrived with the last chunk: check EOF only after the buffer.
      if (this.eof) {
        const chunk = this.buffer;
        this.buffer = "";
        throw new IncompleteReadError(chunk, null);
      }
      yield* this.waitForData("readuntil");
    }
    if (isep > this.limit)
      throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
    const chunk = this.buffer.slice(0, isep + seplen);
    this.buffer = this.buffer.slice(isep + seplen);
    return chunk;
  }

  /** Reads up to `n` characters (n < 0: until EOF); '' at EOF. */
  read(n = -1): Coroutine<string> {
    return coroutine("StreamReader.read", () => this.readSteps(n));
  }

  private *readSteps(n: number): Generator<unknown, string, unknown> {
    if (this._exception !== null) throw this._exception;
    if (n === 0) return "";
    if (n < 0) {
      const blocks: string[] = [];
      for (;;) {
        const block = (yield this.read(this.limit)) as string;
        if (!block) break;
        blocks.push(block);
      }
      return blocks.join("");
    }
    if (!this.buffer && !this.eof) yield* this.waitForData("read");
    const data = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    return data;
  }

  /** Reads exactly `n` characters; `IncompleteReadError` if EOF comes first. */
  readexactly(n: number): Coroutine<string> {
    return coroutine("StreamReader.readexactly", () => this.readexactlySteps(n));
  }

  private *readexactlySteps(n: number): Generator<unknown, string, unknown> {
    if (n < 0) throw new ValueError("readexactly size can not be less than zero");
    if (this._exception !== null) throw this._exception;
    if (n === 0) return "";
    while (this.buffer.length < n) {
      if (this.eof) {
        const incomplete = this.buffer;
        this.buffer = "";
        throw new IncompleteReadError(incomplete, n);
      }
      yield* this.waitForData("readexactly");
    }
    const data = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    return data;
  }

  /** `for await (const line of reader)`: one line at a time until EOF. */
  [Symbol.asyncIterator](): { next(): Coroutine<IteratorResult<string>> } {
    return { next: () => coroutine("StreamReader.__anext__", () => this.nextLineSteps()) };
  }

  private *nextLineSteps(): Generator<unknown, IteratorResult<string>, unknown> {
    const line = (yield this.readline()) as string;
    return line === "" ? { value: undefined, done: true } : { value: line, done: false };
  }

  toString(): string {
    const info = ["StreamReader"];
    if (this.buffer) info.push(`${this.buffer.length} bytes`);
    if (this.eof) info.push("eof");
    if (this.limit !== DEFAULT_LIMIT) info.push(`limit=${this.limit}`);
    return `<${info.join(" ")}>`;
  }
}
