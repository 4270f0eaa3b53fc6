/**
 * The simulated network under streams (asyncio's layers 7–8): what CPython's selector event loop
 * does with real sockets (`selector_events.py` transports, `create_connection`), done with
 * timers on the virtual clock. Each connection has a one-way latency and a bandwidth per
 * direction: a chunk written at `t` leaves once the link is free, takes `bytes / bandwidth` to
 * send and arrives `latency` later. Data is bytes: a string written travels as its UTF-8 bytes.
 * Connecting takes one round trip (the server accepts after one latency); nobody listening means
 * `ConnectionRefusedError`; closing sends EOF after the data already written.
 */
import type { AbstractEventLoop } from "./events.ts";
import { Halt, PyError, RuntimeError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import { config } from "./session.ts";
import { encodeUtf8 } from "./textcodec.ts";

/** Python's `OSError` and the connection errors a learner meets. */
export class OSError extends PyError {}
export class ConnectionError extends OSError {}
export class ConnectionRefusedError extends ConnectionError {}
export class ConnectionResetError extends ConnectionError {}
export class BrokenPipeError extends ConnectionError {}

/** A connection's link properties: one-way latency (s) and bandwidth (bytes/s, null: unlimited). */
export interface LinkOptions {
  latency?: number;
  bandwidth?: number | null;
}

/** One millisecond one way, unlimited bandwidth, unless `world.network` says otherwise. */
const DEFAULT_LATENCY = 0.001;
/** CPython's transport write buffer limits: pause above 64 KiB, resume at 16 KiB. */
const HIGH_WATER = 64 * 1024;
const LOW_WATER = HIGH_WATER / 4;

function linkSettings(...choices: (LinkOptions | undefined)[]): { latency: number; bandwidth: number } {
  const world = (config.world as { network?: LinkOptions }).network ?? {};
  let latency: number | undefined;
  let bandwidth: number | null | undefined;
  for (const choice of [...choices, world]) {
    latency ??= choice?.latency;
    if (bandwidth === undefined && choice?.bandwidth !== undefined) bandwidth = choice.bandwidth;
  }
  latency ??= DEFAULT_LATENCY;
  if (!(latency >= 0)) throw new RangeError(`latency must be a number of seconds >= 0, got ${latency}`);
  return { latency, bandwidth: bandwidth === null || bandwidth === undefined ? Infinity : bandwidth };
}

/** What a transport takes: bytes, or text (sent as its UTF-8 bytes). */
export type Data = string | Uint8Array;

export type Address = [string, number];

export function normalizeHost(host: string | null | undefined): string {
  if (host === null || host === undefined || host === "" || host === "0.0.0.0") return "0.0.0.0";
  return host === "localhost" ? "127.0.0.1" : String(host);
}

export const formatAddress = (address: Address) => `('${address[0]}', ${address[1]})`;

/** `[host, port]` that prints as Python's tuple does: `('127.0.0.1', 49152)`. */
export function addressTuple(address: Address): Address {
  const tuple: Address = [address[0], address[1]];
  Object.defineProperty(tuple, "toString", { value: () => formatAddress(tuple), enumerable: false });
  return tuple;
}

/** What a transport tells its protocol (`asyncio.Protocol`). */
export interface Protocol {
  connectionMade(transport: Transport): void;
  dataReceived(data: Uint8Array): void;
  /** Returns true to keep the transport open for writing (a half-closed connection). */
  eofReceived(): boolean | void;
  connectionLost(exc: Error | null): void;
  pauseWriting(): void;
  resumeWriting(): void;
}

/** One direction of a connection. */
export interface Link {
  latency: number;
  bandwidth: number;
  /** When the link has sent everything written so far. */
  busyUntil: number;
}

/** One end of a simulated TCP connection (`asyncio.Transport`). */
export class Transport {
  peer: Transport | null = null;
  private closing = false;
  private eofWritten = false;
  private lost = false;
  private writingPaused = false;
  private readonly loop: AbstractEventLoop;
  private protocol: Protocol;
  private readonly out: Link;
  private readonly extra: Record<string, unknown>;
  private readonly server: Listening | null;

  constructor(
    loop: AbstractEventLoop,
    protocol: Protocol,
    out: Link,
    sockname: Address,
    peername: Address,
    server: Listening | null,
  ) {
    this.loop = loop;
    this.protocol = protocol;
    this.out = out;
    this.server = server;
    this.extra = {
      peername: addressTuple(peername),
      sockname: addressTuple(sockname),
      socket: { getpeername: () => addressTuple(peername), getsockname: () => addressTuple(sockname) },
    };
    server?.attach();
  }

  /** Sends `data` (a `Uint8Array`, or a string as UTF-8); it reaches the peer after the link's delay. */
  write(data: Data): void {
    if (typeof data !== "string" && !(data instanceof Uint8Array)) {
      const type = data === null ? "null" : typeof data;
      throw new TypeError(
        `data argument must be a string or a bytes-like object (Uint8Array), not '${type}'`,
      );
    }
    if (this.eofWritten) throw new RuntimeError("Cannot call write() after write_eof()");
    if (this.closing || data.length === 0) return; // CPython drops writes on a closed transport.
    // A copy: the writer may reuse its array, as Python's transports copy what `write` is given.
    const bytes = typeof data === "string" ? encodeUtf8(data) : data.slice();
    const arrival = this.transmit(bytes.length);
    const peer = this.peer;
    this.loop.callAt(arrival, () => peer?.receive(bytes));
    if (!this.writingPaused && this.getWriteBufferSize() > HIGH_WATER) {
      this.writingPaused = true;
      this.protocol.pauseWriting();
      this.scheduleResume();
    }
  }

  writelines(lines: Iterable<Data>): void {
    for (const line of lines) this.write(line);
  }

  /** Puts `bytes` on the link; returns when they arrive at the peer. */
  private transmit(bytes: number): number {
    const start = Math.max(this.loop.time(), this.out.busyUntil);
    this.out.busyUntil = this.out.bandwidth === Infinity ? start : start + bytes / this.out.bandwidth;
    return this.out.busyUntil + this.out.latency;
  }

  /** Bytes written but not yet sent. */
  getWriteBufferSize(): number {
    if (this.out.bandwidth === Infinity) return 0;
    return Math.max(0, Math.round((this.out.busyUntil - this.loop.time()) * this.out.bandwidth));
  }

  private scheduleResume(): void {
    const when = this.out.busyUntil - LOW_WATER / this.out.bandwidth;
    this.loop.callAt(when, () => {
      if (!this.writingPaused) return;
      if (this.getWriteBufferSize() > LOW_WATER) return this.scheduleResume();
      this.writingPaused = false;
      if (!this.lost) this.protocol.resumeWriting();
    });
  }

  canWriteEof(): boolean {
    return true;
  }

  /** Sends EOF after the data already written; the peer can still write back. */
  writeEof(): void {
    if (this.closing || this.eofWritten) return;
    this.eofWritten = true;
    const peer = this.peer;
    this.loop.callAt(this.transmit(0), () => peer?.receiveEof());
  }

  isClosing(): boolean {
    return this.closing;
  }

  /** Closes after sending what was written: the peer then reads EOF. */
  close(): void {
    if (this.closing) return;
    this.closing = true;
    const peer = this.peer;
    if (!this.eofWritten) this.loop.callAt(this.transmit(0), () => peer?.receiveEof());
    const flushed = this.out.busyUntil;
    if (flushed > this.loop.time()) this.loop.callAt(flushed, () => this.callConnectionLost(null));
    else this.loop.callSoon(() => this.callConnectionLost(null));
  }

  /** Closes at once, dropping unsent data: the peer's connection is reset. */
  abort(): void {
    if (this.lost) return;
    this.closing = true;
    const peer = this.peer;
    this.loop.callLater(this.out.latency, () => peer?.resetByPeer());
    this.loop.callSoon(() => this.callConnectionLost(null));
  }

  getExtraInfo(name: string, defaultValue: unknown = null): unknown {
    return name in this.extra ? this.extra[name] : defaultValue;
  }

  getProtocol(): Protocol {
    return this.protocol;
  }

  setProtocol(protocol: Protocol): void {
    this.protocol = protocol;
  }

  /** Reading flow control is not modelled: a reader's buffer holds whatever arrives. */
  pauseReading(): void {}
  resumeReading(): void {}

  private receive(data: Uint8Array): void {
    if (this.closing || this.lost) return; // A closed socket reads nothing more.
    try {
      this.protocol.dataReceived(data);
    } catch (error) {
      this.fatalError(error, "Fatal error: protocol.data_received() call failed.");
    }
  }

  private receiveEof(): void {
    if (this.lost) return;
    let keepOpen: boolean | void;
    try {
      keepOpen = this.protocol.eofReceived();
    } catch (error) {
      this.fatalError(error, "Fatal error: protocol.eof_received() call failed.");
      return;
    }
    if (!keepOpen) this.close();
  }

  /**
   * A protocol callback failed (CPython's `_fatal_error`): the error goes to the exception handler
   * with the transport and the protocol, and the connection is closed at once.
   */
  private fatalError(error: unknown, message: string): void {
    if (error instanceof Halt) throw error;
    this.loop.callExceptionHandler({ message, exception: error, transport: this, protocol: this.protocol });
    if (this.lost) return;
    this.closing = true;
    const peer = this.peer;
    this.loop.callLater(this.out.latency, () => peer?.resetByPeer());
    this.loop.callSoon(() => this.callConnectionLost(error instanceof Error ? error : null));
  }

  private resetByPeer(): void {
    if (this.lost) return;
    this.closing = true;
    this.callConnectionLost(new ConnectionResetError("[Errno 104] Connection reset by peer"));
  }

  /** The connection is gone: tells the protocol, once (CPython's `_call_connection_lost`). */
  private callConnectionLost(exc: Error | null): void {
    if (this.lost) return;
    this.lost = true;
    this.protocol.connectionLost(exc);
    this.server?.detach();
  }

  toString(): string {
    return `<Transport peername=${formatAddress(this.extra.peername as Address)}${this.closing ? " closing" : ""}>`;
  }
}

/** What a listening socket does when a client's SYN arrives (servers.ts implements it). */
export interface Listening {
  readonly linkOptions: LinkOptions;
  /** A new transport writing on `down`, for the client at `clientAddress`. */
  accept(down: Link, clientAddress: Address, serverAddress: Address): Transport;
  attach(): void;
  detach(): void;
}

// The hosts' listening sockets, by "host:port"; "0.0.0.0" listens on every host.
const listeners = new Map<string, Listening>();

/** @internal Registers `server` at `host:port`. */
export function bindListener(host: string, port: number, server: Listening): void {
  listeners.set(`${host}:${port}`, server);
}

/** @internal Removes `server` from `host:port`. */
export function unbindListener(host: string, port: number, server: Listening): void {
  if (listeners.get(`${host}:${port}`) === server) listeners.delete(`${host}:${port}`);
}

/** Whether something listens at `host:port` (a wildcard host counts). */
export function isListening(host: string, port: number): boolean {
  return listeners.has(`${host}:${port}`) || (host !== "0.0.0.0" && listeners.has(`0.0.0.0:${port}`));
}
let nextEphemeralPort = 49152;

export function ephemeralPort(): number {
  const port = nextEphemeralPort;
  nextEphemeralPort = nextEphemeralPort >= 65535 ? 49152 : nextEphemeralPort + 1;
  return port;
}

function findListener(host: string, port: number): Listening | undefined {
  return listeners.get(`${host}:${port}`) ?? listeners.get(`0.0.0.0:${port}`);
}

function makeLink(settings: { latency: number; bandwidth: number }): Link {
  return { latency: settings.latency, bandwidth: settings.bandwidth, busyUntil: 0 };
}

/**
 * Connects to `host:port` (like `loop.create_connection`): resolves to the client's transport
 * after one round trip, or fails with `ConnectionRefusedError` if nothing listens there.
 * `protocolFactory` is called when the server accepts the connection.
 */
export function connect(
  loop: AbstractEventLoop,
  host: string,
  port: number,
  protocolFactory: () => Protocol,
  options: LinkOptions = {},
): Future<Transport> {
  const target = normalizeHost(host);
  const targetPort = Number(port);
  const settings = linkSettings(options, findListener(target, targetPort)?.linkOptions);
  const future = loop.createFuture<Transport>();
  future._waitingFor = `openConnection(${formatAddress([String(host), targetPort])})`;
  const sockname: Address = ["127.0.0.1", ephemeralPort()];
  const peername: Address = [target === "0.0.0.0" ? "127.0.0.1" : target, targetPort];
  // The SYN reaches the server after one latency; the answer comes back after another.
  loop.callLater(settings.latency, () => {
    const server = findListener(peername[0], targetPort);
    if (server === undefined || future.done()) {
      loop.callLater(settings.latency, () => {
        if (!future.done()) {
          future.setException(
            new ConnectionRefusedError(`[Errno 111] Connect call failed ${formatAddress(peername)}`),
          );
        }
      });
      return;
    }
    const up = makeLink(settings);
    const down = makeLink(settings);
    const protocol = protocolFactory();
    const client = new Transport(loop, protocol, up, sockname, peername, null);
    const serverEnd = server.accept(down, sockname, peername);
    client.peer = serverEnd;
    serverEnd.peer = client;
    loop.callLater(settings.latency, () => {
      if (future.cancelled()) {
        client.abort();
        return;
      }
      protocol.connectionMade(client);
      future.setResult(client);
    });
  });
  return future;
}

/** The Python builtins for network errors, installed as globals. */
export const networkErrors = {
  OSError,
  ConnectionError,
  ConnectionRefusedError,
  ConnectionResetError,
  BrokenPipeError,
};
