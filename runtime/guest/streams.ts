/**
 * Mirrors CPython 3.11 `asyncio/streams.py` step for step: `StreamReader`, `StreamWriter`,
 * `StreamReaderProtocol` with its flow control, `openConnection` and `startServer`, over the
 * simulated network (network.ts). Differences: data is text — `write()` takes strings and reads
 * return strings, sizes and limits count characters — and both functions take the connection's
 * link as options (`{ latency, bandwidth }`, defaults from `world.network`).
 */
import { type Coroutine, coroutine, immediate, iscoroutine } from "./coroutines.ts";
import type { EventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import { IncompleteReadError, LimitOverrunError, RuntimeError, ValueError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { Deque } from "./deque.ts";
import {
  ConnectionResetError,
  type LinkOptions,
  type Protocol,
  type Server,
  type Transport,
  connect,
  listen,
} from "./network.ts";
import { sleep } from "./waiting.ts";

/** 64 KiB, CPython's default limit for one line (here: characters). */
const DEFAULT_LIMIT = 2 ** 16;

type StreamOptions = LinkOptions & { limit?: number };

/** Opens a connection to `host:port`; resolves to `[reader, writer]`. */
export function openConnection(
  host: string,
  port: number,
  options: StreamOptions = {},
): Coroutine<[StreamReader, StreamWriter]> {
  return coroutine("open_connection", function* () {
    const loop = getRunningLoop();
    const reader = new StreamReader(options.limit ?? DEFAULT_LIMIT, loop);
    const protocol = new StreamReaderProtocol(reader, null, loop);
    const transport = (yield connect(loop, host, port, protocol, options)) as Transport;
    const writer = new StreamWriter(transport, protocol, reader, loop);
    return [reader, writer] as [StreamReader, StreamWriter];
  });
}

/** What `startServer` calls for each client: a function or an async function. */
export type ClientConnected = (reader: StreamReader, writer: StreamWriter) => unknown;

/** Starts a server on `host:port`; `clientConnected(reader, writer)` runs for each client. */
export function startServer(
  clientConnected: ClientConnected,
  host: string | null,
  port: number | null,
  options: StreamOptions = {},
): Coroutine<Server> {
  return immediate("start_server", () => {
    const loop = getRunningLoop();
    const factory = () =>
      new StreamReaderProtocol(new StreamReader(options.limit ?? DEFAULT_LIMIT, loop), clientConnected, loop);
    return listen(loop, host, port, factory, options);
  });
}

/** Flow control for `StreamWriter.drain()` (CPython's `FlowControlMixin`). */
class FlowControl {
  protected readonly loop: EventLoop;
  private paused = false;
  private drainWaiters = new Deque<Future>();
  protected lostConnection = false;

  constructor(loop: EventLoop) {
    this.loop = loop;
  }

  pauseWriting(): void {
    this.paused = true;
  }

  resumeWriting(): void {
    this.paused = false;
    for (const waiter of this.drainWaiters) if (!waiter.done()) waiter.setResult(undefined);
  }

  connectionLost(exc: Error | null): void {
    this.lostConnection = true;
    if (!this.paused) return;
    for (const waiter of this.drainWaiters) {
      if (waiter.done()) continue;
      if (exc === null) waiter.setResult(undefined);
      else waiter.setException(exc);
    }
  }

  *drainHelper(): Generator<unknown, void, unknown> {
    if (this.lostConnection) throw new ConnectionResetError("Connection lost");
    if (!this.paused) return;
    const waiter = this.loop.createFuture();
    waiter._waitingFor = "StreamWriter.drain()";
    this.drainWaiters.append(waiter);
    try {
      yield waiter;
    } finally {
      this.drainWaiters.remove(waiter);
    }
  }
}

/** Adapts a transport's callbacks to a `StreamReader` (CPython's `StreamReaderProtocol`). */
export class StreamReaderProtocol extends FlowControl implements Protocol {
  private reader: StreamReader | null;
  private readonly clientConnected: ClientConnected | null;
  private writer: StreamWriter | null = null;
  private transport: Transport | null = null;
  readonly closed: Future<void>;

  constructor(reader: StreamReader, clientConnected: ClientConnected | null, loop: EventLoop) {
    super(loop);
    this.reader = reader;
    this.clientConnected = clientConnected;
    this.closed = loop.createFuture<void>();
    this.closed._waitingFor = "StreamWriter.waitClosed()";
  }

  connectionMade(transport: Transport): void {
    this.transport = transport;
    this.reader?.setTransport(transport);
    if (this.clientConnected === null) return;
    this.writer = new StreamWriter(transport, this, this.reader, this.loop);
    const res = this.clientConnected(this.reader!, this.writer);
    if (iscoroutine(res)) {
      const task = this.loop.createTask(res);
      task.addDoneCallback((t) => {
        if (t.cancelled()) return;
        const exc = t.exception();
        if (exc !== null) {
          this.loop.callExceptionHandler({
            message: "Unhandled exception in client_connected_cb",
            exception: exc,
          });
          transport.close();
        }
      });
    }
  }

  override connectionLost(exc: Error | null): void {
    const reader = this.reader;
    if (reader !== null) {
      if (exc === null) reader.feedEof();
      else reader.setException(exc);
    }
    if (!this.closed.done()) {
      if (exc === null) this.closed.setResult(undefined);
      else {
        this.closed.setException(exc);
        this.closed.exception(); // Nobody has to retrieve it (CPython's __del__ does the same).
      }
    }
    super.connectionLost(exc);
    this.reader = null;
    this.writer = null;
    this.transport = null;
  }

  dataReceived(data: string): void {
    this.reader?.feedData(data);
  }

  eofReceived(): boolean {
    this.reader?.feedEof();
    return true;
  }
}

/** Writes to a connection (CPython's `StreamWriter`). */
export class StreamWriter {
  readonly transport: Transport;
  private readonly protocol: StreamReaderProtocol;
  private readonly reader: StreamReader | null;
  private readonly loop: EventLoop;

  constructor(
    transport: Transport,
    protocol: StreamReaderProtocol,
    reader: StreamReader | null,
    loop: EventLoop,
  ) {
    this.transport = transport;
    this.protocol = protocol;
    this.reader = reader;
    this.loop = loop;
  }

  /** Queues `data` for sending; `await drain()` afterwards to respect flow control. */
  write(data: string): void {
    this.transport.write(data);
  }

  writelines(data: Iterable<string>): void {
    this.transport.writelines(data);
  }

  writeEof(): void {
    this.transport.writeEof();
  }

  canWriteEof(): boolean {
    return this.transport.canWriteEof();
  }

  /** Closes the connection after the data already written; see `waitClosed()`. */
  close(): void {
    this.transport.close();
  }

  isClosing(): boolean {
    return this.transport.isClosing();
  }

  /** Waits until the connection is closed. */
  waitClosed(): Coroutine<void> {
    const closed = this.protocol.closed;
    return coroutine("StreamWriter.wait_closed", function* () {
      yield closed;
    });
  }

  /** `peername` and `sockname` are `[host, port]` arrays; unknown names give `defaultValue`. */
  getExtraInfo(name: string, defaultValue: unknown = null): unknown {
    return this.transport.getExtraInfo(name, defaultValue);
  }

  /** Waits until the write buffer is low enough to write more (returns at once if it is). */
  drain(): Coroutine<void> {
    return coroutine("StreamWriter.drain", () => this.drainSteps());
  }

  private *drainSteps(): Generator<unknown, void, unknown> {
    if (this.reader !== null) {
      const exc = this.reader.exception();
      if (exc !== null) throw exc;
    }
    // Yield so that a connection lost meanwhile is noticed.
    if (this.transport.isClosing()) yield sleep(0);
    yield* this.protocol.drainHelper();
  }

  toString(): string {
    return `<StreamWriter transport=${this.transport}>`;
  }
}

/** Reads from a connection (CPython's `StreamReader`), text instead of bytes. */
export class StreamReader {
  private readonly limit: number;
  private readonly loop: EventLoop;
  private buffer = "";
  private eof = false;
  private waiter: Future | null = null;
  private _exception: unknown = null;
  private transport: Transport | null = null;

  constructor(limit = DEFAULT_LIMIT, loop?: EventLoop) {
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
