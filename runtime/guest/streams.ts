/**
 * Mirrors CPython 3.11 `asyncio/streams.py` step for step: `StreamWriter`, `StreamReaderProtocol`
 * with its flow control, `openConnection` and `startServer` (`StreamReader` is in streamreader.ts), over the
 * simulated network (network.ts). Differences: `write()` takes strings (sent as UTF-8) as well as
 * bytes, and readers return text unless opened with `{ binary: true }` (streamreader.ts); both
 * functions take the connection's link as options (`{ latency, bandwidth }`, defaults from
 * `world.network`).
 */
import { type Coroutine, coroutine, immediate, iscoroutine } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { getRunningLoop } from "./events.ts";
import type { Future } from "./futures.ts";
import { Deque } from "./deque.ts";
import {
  ConnectionResetError,
  type Data,
  type LinkOptions,
  type Protocol,
  type Transport,
  connect,
} from "./network.ts";
import { type Server, listen } from "./servers.ts";
import { DEFAULT_LIMIT, StreamReader } from "./streamreader.ts";
import { sleep } from "./waiting.ts";

type StreamOptions = LinkOptions & { limit?: number; binary?: boolean };

/** Opens a connection to `host:port`; resolves to `[reader, writer]`. */
export function openConnection(
  host: string,
  port: number,
  options: StreamOptions = {},
): Coroutine<[StreamReader, StreamWriter]> {
  return coroutine("open_connection", function* () {
    const loop = getRunningLoop();
    const reader = new StreamReader(options.limit ?? DEFAULT_LIMIT, loop, options);
    const protocol = new StreamReaderProtocol(reader, null, loop);
    const transport = (yield connect(loop, host, port, () => protocol, options)) as Transport;
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
      new StreamReaderProtocol(
        new StreamReader(options.limit ?? DEFAULT_LIMIT, loop, options),
        clientConnected,
        loop,
      );
    return listen(loop, host, port, factory, options);
  });
}

/** Flow control for `StreamWriter.drain()` (CPython's `FlowControlMixin`). */
class FlowControl {
  protected readonly loop: AbstractEventLoop;
  private paused = false;
  private drainWaiters = new Deque<Future>();
  protected lostConnection = false;

  constructor(loop: AbstractEventLoop) {
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

  constructor(reader: StreamReader, clientConnected: ClientConnected | null, loop: AbstractEventLoop) {
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
      // As CPython 3.12 does (3.11 leaves the connection open and the exception unretrieved):
      // a handler that fails reports its error and closes its connection.
      task.addDoneCallback((t) => {
        if (t.cancelled()) return;
        const exc = t.exception();
        if (exc !== null) {
          this.loop.callExceptionHandler({
            message: "Unhandled exception in client_connected_cb",
            exception: exc,
            transport,
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

  dataReceived(data: Uint8Array): void {
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
  private readonly loop: AbstractEventLoop;

  constructor(
    transport: Transport,
    protocol: StreamReaderProtocol,
    reader: StreamReader | null,
    loop: AbstractEventLoop,
  ) {
    this.transport = transport;
    this.protocol = protocol;
    this.reader = reader;
    this.loop = loop;
  }

  /**
   * Queues `data` (a `Uint8Array`, or a string sent as UTF-8) for sending; `await drain()`
   * afterwards to respect flow control.
   */
  write(data: Data): void {
    this.transport.write(data);
  }

  writelines(data: Iterable<Data>): void {
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
