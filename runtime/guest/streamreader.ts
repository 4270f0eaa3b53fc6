/**
 * Mirrors the `StreamReader` of CPython 3.11's `asyncio/streams.py` step for step: a buffer the
 * protocol feeds (`feedData`, `feedEof`) and coroutines that wait for enough of it (`read`,
 * `readline`, `readuntil`, `readexactly`). The buffer holds bytes, and sizes and the line limit
 * count bytes, as CPython's do. What the reads return is the learner's choice: text by default
 * (the bytes decoded as UTF-8; `read(n)` then stops at a character boundary), or `Uint8Array`s
 * from a binary reader (`{ binary: true }`).
 *
 * The buffer is a "binary string", one character per byte (0–255): slicing and searching it is
 * what JavaScript strings do fast.
 */
import { type Coroutine, coroutine } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { IncompleteReadError, LimitOverrunError, RuntimeError, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import type { Transport } from "./network.ts";
import { decodeUtf8, encodeUtf8, incompleteTail } from "./textcodec.ts";

/** What a reader returns: text, or bytes from a binary reader. */
export type StreamData = string | Uint8Array;

/** `bytes` as a binary string (one character per byte). */
function binaryOf(data: StreamData): string {
  const bytes = typeof data === "string" ? encodeUtf8(data) : data;
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  }
  return out;
}

function bytesOf(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** How many of the first `n` bytes of `binary` end on a UTF-8 character boundary (at least one character). */
function wholeCharacters(binary: string, n: number): number {
  if (n >= binary.length) return binary.length;
  const start = Math.max(0, n - 3);
  const tail = bytesOf(binary.slice(start, n));
  const cut = incompleteTail(tail);
  if (cut === 0) return n;
  if (cut < n) return n - cut;
  // `n` is shorter than the first character: take that character whole.
  const lead = binary.charCodeAt(0);
  return Math.min(binary.length, lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2);
}

/** 64 KiB, CPython's default limit for one line (here: characters). */
export const DEFAULT_LIMIT = 2 ** 16;

/** Reads from a connection (CPython's `StreamReader`): text by default, bytes if `binary`. */
export class StreamReader {
  private readonly limit: number;
  private readonly loop: AbstractEventLoop;
  /** True: reads return `Uint8Array`s; false: strings. */
  private readonly binary: boolean;
  /** The bytes received and not read yet, one character per byte. */
  private buffer = "";
  private eof = false;
  private waiter: Future | null = null;
  private _exception: unknown = null;
  private transport: Transport | null = null;

  constructor(limit = DEFAULT_LIMIT, loop?: AbstractEventLoop, options: { binary?: boolean } = {}) {
    if (limit <= 0) throw new ValueError("Limit cannot be <= 0");
    this.limit = limit;
    this.loop = loop ?? getRunningLoop();
    this.binary = Boolean(options.binary);
  }

  /** Bytes of the buffer as the reader returns them. */
  private output(binary: string): StreamData {
    return this.binary ? bytesOf(binary) : decodeUtf8(bytesOf(binary));
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

  /** Adds received data: bytes, or text (added as its UTF-8 bytes). */
  feedData(data: StreamData): void {
    if (this.eof) throw new RuntimeError("feed_data after feed_eof");
    if (typeof data !== "string" && !(data instanceof Uint8Array)) {
      throw new TypeError(`feedData() takes a string or a Uint8Array, got ${typeof data}`);
    }
    if (data.length === 0) return;
    this.buffer += binaryOf(data);
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
  readline(): Coroutine<StreamData> {
    return coroutine("StreamReader.readline", () => this.readlineSteps());
  }

  private *readlineSteps(): Generator<unknown, StreamData, unknown> {
    try {
      return (yield this.readuntil("\n")) as StreamData;
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
  readuntil(separator: StreamData = "\n"): Coroutine<StreamData> {
    return coroutine("StreamReader.readuntil", () => this.readuntilSteps(binaryOf(separator)));
  }

  private *readuntilSteps(separator: string): Generator<unknown, StreamData, unknown> {
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
        throw new IncompleteReadError(this.output(chunk), null, chunk.length);
      }
      yield* this.waitForData("readuntil");
    }
    if (isep > this.limit)
      throw new LimitOverrunError("Separator is found, but chunk is longer than limit", isep);
    const chunk = this.buffer.slice(0, isep + seplen);
    this.buffer = this.buffer.slice(isep + seplen);
    return this.output(chunk);
  }

  /**
   * Reads up to `n` bytes (n < 0: until EOF); empty at EOF. A text reader stops at the last whole
   * character within `n` bytes (or returns one whole character if `n` is shorter).
   */
  read(n = -1): Coroutine<StreamData> {
    return coroutine("StreamReader.read", () => this.readSteps(n));
  }

  private *readSteps(n: number): Generator<unknown, StreamData, unknown> {
    if (this._exception !== null) throw this._exception;
    if (n === 0) return this.output("");
    if (n < 0) {
      const blocks: string[] = [];
      for (;;) {
        const block = yield* this.readBlock(this.limit);
        if (!block) break;
        blocks.push(block);
      }
      return this.output(blocks.join(""));
    }
    return this.output(yield* this.readBlock(n));
  }

  /** Waits for data unless at EOF; takes up to `n` bytes of it. */
  private *readBlock(n: number): Generator<unknown, string, unknown> {
    if (!this.buffer && !this.eof) yield* this.waitForData("read");
    const size = this.binary ? Math.min(n, this.buffer.length) : wholeCharacters(this.buffer, n);
    const data = this.buffer.slice(0, size);
    this.buffer = this.buffer.slice(size);
    return data;
  }

  /** Reads exactly `n` bytes; `IncompleteReadError` if EOF comes first. */
  readexactly(n: number): Coroutine<StreamData> {
    return coroutine("StreamReader.readexactly", () => this.readexactlySteps(n));
  }

  private *readexactlySteps(n: number): Generator<unknown, StreamData, unknown> {
    if (n < 0) throw new ValueError("readexactly size can not be less than zero");
    if (this._exception !== null) throw this._exception;
    if (n === 0) return this.output("");
    while (this.buffer.length < n) {
      if (this.eof) {
        const incomplete = this.buffer;
        this.buffer = "";
        throw new IncompleteReadError(this.output(incomplete), n, incomplete.length);
      }
      yield* this.waitForData("readexactly");
    }
    const data = this.buffer.slice(0, n);
    this.buffer = this.buffer.slice(n);
    return this.output(data);
  }

  /** `for await (const line of reader)`: one line at a time until EOF. */
  [Symbol.asyncIterator](): { next(): Coroutine<IteratorResult<StreamData>> } {
    return { next: () => coroutine("StreamReader.__anext__", () => this.nextLineSteps()) };
  }

  private *nextLineSteps(): Generator<unknown, IteratorResult<StreamData>, unknown> {
    const line = (yield this.readline()) as StreamData;
    return line.length === 0 ? { value: undefined, done: true } : { value: line, done: false };
  }

  toString(): string {
    const info = ["StreamReader"];
    if (this.buffer) info.push(`${this.buffer.length} bytes`);
    if (this.eof) info.push("eof");
    if (this.limit !== DEFAULT_LIMIT) info.push(`limit=${this.limit}`);
    return `<${info.join(" ")}>`;
  }
}
