/**
 * Mirrors CPython's `base_events.Server` (3.11 semantics) and the listening half of
 * `create_server`, on the simulated network (network.ts): `startServer` binds and listens at
 * once; `close()` stops listening but leaves open connections alone; `waitClosed()` returns at
 * once once the server is closed (as 3.11 does); `serveForever()` ends with CancelledError when
 * the server is closed.
 */
import { type Coroutine, coroutine, immediate } from "./coroutines.ts";
import type { AbstractEventLoop } from "./events.ts";
import { CancelledError, RuntimeError } from "./exceptions.ts";
import type { Future } from "./futures.ts";
import {
  type Address,
  type LinkOptions,
  type Link,
  type Listening,
  OSError,
  type Protocol,
  Transport,
  addressTuple,
  bindListener,
  ephemeralPort,
  formatAddress,
  isListening,
  normalizeHost,
  unbindListener,
} from "./network.ts";

/** A listening server (`asyncio.Server`, CPython's `base_events.Server`, 3.11 semantics). */
export class Server implements Listening {
  private readonly loop: AbstractEventLoop;
  private addresses: Address[] | null;
  private readonly protocolFactory: () => Protocol;
  readonly linkOptions: LinkOptions;
  private activeCount = 0;
  private waiters: Future[] | null = [];
  private serving = false;
  private servingForeverFut: Future | null = null;

  constructor(
    loop: AbstractEventLoop,
    addresses: Address[],
    protocolFactory: () => Protocol,
    linkOptions: LinkOptions,
  ) {
    this.loop = loop;
    this.addresses = addresses;
    this.protocolFactory = protocolFactory;
    this.linkOptions = linkOptions;
  }

  /** @internal A client's SYN arrived: a new transport writing on `down`; its protocol learns soon. */
  accept(down: Link, clientAddress: Address, serverAddress: Address): Transport {
    const protocol = this.protocolFactory();
    const transport = new Transport(this.loop, protocol, down, serverAddress, clientAddress, this);
    this.loop.callSoon(() => protocol.connectionMade(transport));
    return transport;
  }

  /** @internal */
  attach(): void {
    this.activeCount += 1;
  }

  /** @internal */
  detach(): void {
    this.activeCount -= 1;
    if (this.activeCount === 0 && this.addresses === null) this.wakeup();
  }

  private wakeup(): void {
    const waiters = this.waiters;
    this.waiters = null;
    for (const waiter of waiters ?? []) if (!waiter.done()) waiter.setResult(waiter);
  }

  /** @internal Starts listening (`start_server` does this at once). */
  startListening(): void {
    if (this.serving || this.addresses === null) return;
    this.serving = true;
    for (const [host, port] of this.addresses) bindListener(host, port, this);
  }

  getLoop(): AbstractEventLoop {
    return this.loop;
  }

  isServing(): boolean {
    return this.serving;
  }

  /** The listening sockets: `server.sockets[0].getsockname()` is `[host, port]`. */
  get sockets(): { getsockname(): Address }[] {
    return (this.addresses ?? []).map((address) => ({ getsockname: () => addressTuple(address) }));
  }

  /** Stops listening; connections already open stay open. */
  close(): void {
    const addresses = this.addresses;
    if (addresses === null) return;
    this.addresses = null;
    for (const [host, port] of addresses) unbindListener(host, port, this);
    this.serving = false;
    if (this.servingForeverFut !== null && !this.servingForeverFut.done()) {
      this.servingForeverFut.cancel();
      this.servingForeverFut = null;
    }
    if (this.activeCount === 0) this.wakeup();
  }

  startServing(): Coroutine<void> {
    return immediate("Server.start_serving", () => this.startListening());
  }

  /** Accepts connections until the server is closed or the awaiting task is cancelled. */
  serveForever(): Coroutine<void> {
    return coroutine("Server.serve_forever", () => this.serveForeverSteps());
  }

  private *serveForeverSteps(): Generator<unknown, void, unknown> {
    if (this.servingForeverFut !== null) {
      throw new RuntimeError(`server ${this} is already being awaited on serve_forever()`);
    }
    if (this.addresses === null) throw new RuntimeError(`server ${this} is closed`);
    this.startListening();
    const fut = this.loop.createFuture();
    fut._waitingFor = "Server.serveForever()";
    this.servingForeverFut = fut;
    try {
      yield fut;
    } catch (error) {
      if (error instanceof CancelledError) {
        this.close();
        yield this.waitClosed();
      }
      throw error;
    } finally {
      this.servingForeverFut = null;
    }
  }

  /** Python 3.11: returns at once if the server is already closed, else waits for it to be. */
  waitClosed(): Coroutine<void> {
    return coroutine("Server.wait_closed", () => this.waitClosedSteps());
  }

  private *waitClosedSteps(): Generator<unknown, void, unknown> {
    if (this.addresses === null || this.waiters === null) return;
    const waiter = this.loop.createFuture();
    waiter._waitingFor = "Server.waitClosed()";
    this.waiters.push(waiter);
    yield waiter;
  }

  toString(): string {
    return `<Server sockets=[${(this.addresses ?? []).map(formatAddress).join(", ")}]>`;
  }
}

/** Binds a server to `host:port` (port 0: any free port) and starts listening. */
export function listen(
  loop: AbstractEventLoop,
  host: string | null | undefined,
  port: number | null | undefined,
  protocolFactory: () => Protocol,
  options: LinkOptions = {},
): Server {
  const bindHost = normalizeHost(host);
  let bindPort = port === null || port === undefined ? 0 : Number(port);
  if (!Number.isInteger(bindPort) || bindPort < 0 || bindPort > 65535) {
    throw new OSError(`port must be 0-65535, got ${String(port)}`);
  }
  if (bindPort === 0) bindPort = ephemeralPort();
  if (isListening(bindHost, bindPort)) {
    throw new OSError(
      `[Errno 98] error while attempting to bind on address ${formatAddress([bindHost, bindPort])}: address already in use`,
    );
  }
  const server = new Server(loop, [[bindHost, bindPort]], protocolFactory, options);
  server.startListening();
  return server;
}
