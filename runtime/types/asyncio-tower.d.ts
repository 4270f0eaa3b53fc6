/**
 * The upper layers of asyncio's tower, merged into `declare module "asyncio"`: executors (layer
 * 5), queues, locks, `timeout` and `TaskGroup` (layer 6), transports, protocols and streams over
 * the simulated network (layers 7–9). Python's `async with x:` blocks become body functions
 * (`timeout`, `TaskGroup.run`) or `await lock.acquire(); try { … } finally { lock.release(); }`.
 */
declare module "asyncio" {
  interface AbstractEventLoop {
    /**
     * Runs the blocking `fn(...args)` on a worker of `executor` (null: the loop's default thread
     * pool, threads `asyncio_0`, `asyncio_1`…). Its `time.sleep()` and CPU work advance the
     * worker's clock, not the loop's; the future resolves at the virtual time the function ends.
     * The function runs to completion when its worker starts it: it cannot wait for something the
     * loop does later.
     */
    runInExecutor<A extends unknown[], T>(
      executor: import("concurrent.futures").Executor | null,
      fn: (...args: A) => T,
      ...args: A
    ): Future<T>;
    setDefaultExecutor(executor: import("concurrent.futures").ThreadPoolExecutor): void;
    /** Waits until the default executor's jobs are done and refuses new ones. */
    shutdownDefaultExecutor(): Promise<void>;
  }

  /** Runs `fn(...args)` in the default thread pool; resolves to its result. */
  export function toThread<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<T>;
  /** An asyncio Future that follows a `concurrent.futures.Future`. */
  export function wrapFuture<T>(
    future: import("concurrent.futures").Future<T>,
    loop?: AbstractEventLoop,
  ): Future<T>;

  export class QueueEmpty extends Error {}
  export class QueueFull extends Error {}

  /** A first-in, first-out queue; `maxsize <= 0` (the default) means unbounded. */
  export class Queue<T = unknown> {
    constructor(maxsize?: number);
    readonly maxsize: number;
    /** Puts `item` in the queue, waiting while it is full. */
    put(item: T): Promise<void>;
    /** Removes and returns an item, waiting while the queue is empty. */
    get(): Promise<T>;
    /** Throws `QueueFull` if there is no free slot. */
    putNowait(item: T): void;
    /** Throws `QueueEmpty` if there is no item. */
    getNowait(): T;
    /** Marks one item taken with `get()` as processed. */
    taskDone(): void;
    /** Waits until every item put in the queue was marked with `taskDone()`. */
    join(): Promise<void>;
    qsize(): number;
    empty(): boolean;
    full(): boolean;
  }
  /** Returns the smallest item first; items are often `[priority, data]` arrays. */
  export class PriorityQueue<T = unknown> extends Queue<T> {}
  /** Returns the newest item first. */
  export class LifoQueue<T = unknown> extends Queue<T> {}

  /** A mutual-exclusion lock; waiters acquire it in the order they asked. */
  export class Lock {
    constructor();
    acquire(): Promise<true>;
    release(): void;
    locked(): boolean;
  }
  /** A flag tasks wait for; `set()` wakes them all. */
  export class Event {
    constructor();
    set(): void;
    clear(): void;
    isSet(): boolean;
    wait(): Promise<true>;
  }
  /** A condition variable: `wait()` releases the lock until `notify()`, then re-acquires it. */
  export class Condition {
    constructor(lock?: Lock | null);
    acquire(): Promise<true>;
    release(): void;
    locked(): boolean;
    wait(): Promise<true>;
    waitFor<R>(predicate: () => R): Promise<R>;
    notify(n?: number): void;
    notifyAll(): void;
  }
  /** A counter of free slots: `acquire()` waits while it is 0. */
  export class Semaphore {
    constructor(value?: number);
    acquire(): Promise<true>;
    release(): void;
    locked(): boolean;
  }
  /** A Semaphore that throws `ValueError` when released more often than acquired. */
  export class BoundedSemaphore extends Semaphore {}
  export class BrokenBarrierError extends Error {}
  /** Lets `parties` tasks wait until all of them arrived; `wait()` resolves to an index. */
  export class Barrier {
    constructor(parties: number);
    wait(): Promise<number>;
    reset(): Promise<void>;
    abort(): Promise<void>;
    readonly parties: number;
    readonly nWaiting: number;
    readonly broken: boolean;
  }

  /** A deadline for a block of code (Python's `async with asyncio.timeout(d) as cm:`). */
  export class Timeout {
    when(): number | null;
    reschedule(when: number | null): void;
    expired(): boolean;
  }
  /**
   * Runs `body` with a deadline `delay` seconds from now (null: none); past it, the body is
   * cancelled and `TimeoutError` is thrown here. Resolves to what the body returns.
   */
  export function timeout<T>(
    delay: number | null,
    body: ((cm: Timeout) => PromiseLike<T> | T) | Awaitable<T>,
  ): Promise<T>;
  /** Like `timeout()`, with an absolute deadline in loop time. */
  export function timeoutAt<T>(
    when: number | null,
    body: ((cm: Timeout) => PromiseLike<T> | T) | Awaitable<T>,
  ): Promise<T>;

  /** Several errors raised together (Python's `ExceptionGroup`); `except*` is `split()`. */
  export class ExceptionGroup extends Error {
    constructor(message: string, exceptions: unknown[]);
    readonly exceptions: readonly unknown[];
    subgroup(
      match: (new (...args: never[]) => unknown) | ((error: unknown) => boolean),
    ): ExceptionGroup | null;
    split(
      match: (new (...args: never[]) => unknown) | ((error: unknown) => boolean),
    ): [ExceptionGroup | null, ExceptionGroup | null];
  }

  /**
   * Tasks that live and die together (Python 3.11's `async with asyncio.TaskGroup() as tg:`):
   * `await asyncio.TaskGroup.run(async (tg) => { tg.createTask(…); })` resolves once the body and
   * every task are done. A failing task cancels the others; the errors are thrown together as an
   * `ExceptionGroup`.
   */
  export class TaskGroup {
    constructor();
    static run<T>(body: (tg: TaskGroup) => PromiseLike<T> | T): Promise<T>;
    run<T>(body: (tg: TaskGroup) => PromiseLike<T> | T): Promise<T>;
    createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
  }

  /** The link of a simulated connection: one-way latency (s) and bandwidth (bytes/s). */
  export interface ConnectionOptions {
    latency?: number;
    bandwidth?: number | null;
    /** The reader's line limit, in bytes (default 65536). */
    limit?: number;
    /**
     * `true`: the reader returns `Uint8Array`s (Python's bytes). Otherwise it returns strings,
     * the bytes decoded as UTF-8.
     */
    binary?: boolean;
  }

  /**
   * Reads from a connection. The data is bytes and sizes count bytes, as in Python; a reader
   * returns strings (the bytes decoded as UTF-8) unless it was opened with `{ binary: true }`,
   * then `Uint8Array`s (`Data` is the type it returns).
   */
  export class StreamReader<Data extends string | Uint8Array = string> implements AsyncIterable<Data> {
    constructor(limit?: number, loop?: AbstractEventLoop, options?: { binary?: boolean });
    /**
     * Up to `n` bytes (n < 0: everything until EOF); empty at EOF. A text reader stops at the
     * last whole character within `n` bytes.
     */
    read(n?: number): Promise<Data>;
    /** One line with its `\n`; at EOF the rest, or an empty result. */
    readline(): Promise<Data>;
    /** Exactly `n` bytes; `IncompleteReadError` if EOF comes first. */
    readexactly(n: number): Promise<Data>;
    /** Up to and including `separator`. */
    readuntil(separator?: string | Uint8Array): Promise<Data>;
    atEof(): boolean;
    exception(): unknown;
    /** Adds received data: bytes, or a string (added as its UTF-8 bytes). */
    feedData(data: string | Uint8Array): void;
    feedEof(): void;
    [Symbol.asyncIterator](): AsyncIterator<Data>;
  }

  /** Writes to a connection: `Uint8Array`s, or strings (sent as UTF-8). */
  export class StreamWriter {
    write(data: string | Uint8Array): void;
    writelines(data: Iterable<string | Uint8Array>): void;
    /** Waits until the write buffer is low enough (returns at once if it is). */
    drain(): Promise<void>;
    writeEof(): void;
    canWriteEof(): boolean;
    close(): void;
    isClosing(): boolean;
    waitClosed(): Promise<void>;
    /** `getExtraInfo("peername")` is `[host, port]`. */
    getExtraInfo(name: "peername" | "sockname"): [string, number];
    getExtraInfo(name: string, defaultValue?: unknown): unknown;
  }

  /**
   * One end of a connection (`asyncio.Transport`): what a protocol writes to. Bytes written
   * reach the peer's protocol after the link's latency.
   */
  export class Transport {
    /** Sends `data` (a `Uint8Array`, or a string as UTF-8). */
    write(data: string | Uint8Array): void;
    writelines(data: Iterable<string | Uint8Array>): void;
    /** Sends EOF after the data already written; the peer can still write back. */
    writeEof(): void;
    canWriteEof(): boolean;
    /** Closes after sending what was written; the protocol's `connectionLost(null)` follows. */
    close(): void;
    /** Closes at once, dropping unsent data: the peer's connection is reset. */
    abort(): void;
    isClosing(): boolean;
    /** Bytes written but not sent yet. */
    getWriteBufferSize(): number;
    /** `getExtraInfo("peername")` is `[host, port]`. */
    getExtraInfo(name: "peername" | "sockname"): [string, number];
    getExtraInfo(name: string, defaultValue?: unknown): unknown;
    getProtocol(): BaseProtocol;
    setProtocol(protocol: BaseProtocol): void;
  }

  /** A connection's life cycle; extend `Protocol`. Every method does nothing until overridden. */
  export class BaseProtocol {
    /** The connection is open: keep `transport` to write to it. */
    connectionMade(transport: Transport): void;
    /** The connection is closed; `exc` is null for a normal close. */
    connectionLost(exc: Error | null): void;
    /** The transport's write buffer went over its high-water mark: stop writing for now. */
    pauseWriting(): void;
    /** The write buffer drained: writing may go on. */
    resumeWriting(): void;
  }

  /**
   * Handles a connection at the transport level (`asyncio.Protocol`), for
   * `loop.createConnection` and `loop.createServer`: the transport calls these as things happen.
   */
  export class Protocol extends BaseProtocol {
    /** A chunk of bytes arrived (decode text with `new TextDecoder().decode(data)`). */
    dataReceived(data: Uint8Array): void;
    /** The peer finished writing. Return true to keep the transport open for writing back. */
    eofReceived(): boolean | void;
  }

  /** A listening server. */
  export class Server {
    readonly sockets: { getsockname(): [string, number] }[];
    close(): void;
    waitClosed(): Promise<void>;
    /** Accepts connections until closed (or the awaiting task is cancelled). */
    serveForever(): Promise<void>;
    startServing(): Promise<void>;
    isServing(): boolean;
    getLoop(): AbstractEventLoop;
  }

  /** Connects to `host:port` on the simulated network; resolves to `[reader, writer]`. */
  export function openConnection(
    host: string,
    port: number,
    options: ConnectionOptions & { binary: true },
  ): Promise<[StreamReader<Uint8Array>, StreamWriter]>;
  export function openConnection(
    host: string,
    port: number,
    options?: ConnectionOptions,
  ): Promise<[StreamReader, StreamWriter]>;
  /** Starts a server; `clientConnected(reader, writer)` runs (as a task, if async) for each client. */
  export function startServer(
    clientConnected: (reader: StreamReader<Uint8Array>, writer: StreamWriter) => unknown,
    host: string | null,
    port: number | null,
    options: ConnectionOptions & { binary: true },
  ): Promise<Server>;
  export function startServer(
    clientConnected: (reader: StreamReader, writer: StreamWriter) => unknown,
    host: string | null,
    port: number | null,
    options?: ConnectionOptions,
  ): Promise<Server>;
}

/** Python's `OSError` and connection errors, as globals. */
declare class OSError extends Error {}
declare class ConnectionError extends OSError {}
/** Nothing listens at the address (`[Errno 111] Connect call failed (…)`). */
declare class ConnectionRefusedError extends ConnectionError {}
declare class ConnectionResetError extends ConnectionError {}
declare class BrokenPipeError extends ConnectionError {}
