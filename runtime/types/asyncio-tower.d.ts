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
     * loop does later. (Python's `loop.run_in_executor`.)
     */
    runInExecutor<A extends unknown[], T>(
      executor: import("concurrent.futures").Executor | null,
      fn: (...args: A) => T,
      ...args: A
    ): Future<T>;
    /** Makes `executor` the pool `runInExecutor(null, …)` uses (Python's `loop.set_default_executor`). */
    setDefaultExecutor(executor: import("concurrent.futures").ThreadPoolExecutor): void;
    /** Waits until the default executor's jobs are done and refuses new ones (Python's `loop.shutdown_default_executor`). */
    shutdownDefaultExecutor(): Promise<void>;
  }

  /** Runs `fn(...args)` in the default thread pool; resolves to its result (Python's `asyncio.to_thread`). */
  export function toThread<A extends unknown[], T>(fn: (...args: A) => T, ...args: A): Promise<T>;
  /** An asyncio Future that follows a `concurrent.futures.Future` (Python's `asyncio.wrap_future`). */
  export function wrapFuture<T>(
    future: import("concurrent.futures").Future<T>,
    loop?: AbstractEventLoop,
  ): Future<T>;

  /** `getNowait()` on an empty queue (Python's `asyncio.QueueEmpty`). */
  export class QueueEmpty extends Error {}
  /** `putNowait()` on a full queue (Python's `asyncio.QueueFull`). */
  export class QueueFull extends Error {}

  /** A first-in, first-out queue; `maxsize <= 0` (the default) means unbounded (Python's `asyncio.Queue`). */
  export class Queue<T = unknown> {
    constructor(maxsize?: number);
    /** The most items it holds; 0 means no limit (Python's `Queue.maxsize`). */
    readonly maxsize: number;
    /** Puts `item` in the queue, waiting while it is full (Python's `Queue.put`). */
    put(item: T): Promise<void>;
    /** Removes and returns an item, waiting while the queue is empty (Python's `Queue.get`). */
    get(): Promise<T>;
    /** Puts `item` without waiting; throws `QueueFull` if there is no free slot (Python's `Queue.put_nowait`). */
    putNowait(item: T): void;
    /** Takes an item without waiting; throws `QueueEmpty` if there is none (Python's `Queue.get_nowait`). */
    getNowait(): T;
    /** Marks one item taken with `get()` as processed (Python's `Queue.task_done`). */
    taskDone(): void;
    /** Waits until every item put in the queue was marked with `taskDone()` (Python's `Queue.join`). */
    join(): Promise<void>;
    /** How many items it holds (Python's `Queue.qsize`). */
    qsize(): number;
    /** Whether it holds no item (Python's `Queue.empty`). */
    empty(): boolean;
    /** Whether it holds `maxsize` items (Python's `Queue.full`). */
    full(): boolean;
  }
  /** Returns the smallest item first; items are often `[priority, data]` arrays (Python's `asyncio.PriorityQueue`). */
  export class PriorityQueue<T = unknown> extends Queue<T> {}
  /** Returns the newest item first (Python's `asyncio.LifoQueue`). */
  export class LifoQueue<T = unknown> extends Queue<T> {}

  /** A mutual-exclusion lock; waiters acquire it in the order they asked (Python's `asyncio.Lock`). */
  export class Lock {
    constructor();
    /** Waits until the lock is free, then takes it (Python's `Lock.acquire`; `async with lock:`). */
    acquire(): Promise<true>;
    /** Frees the lock and wakes the next waiter (Python's `Lock.release`). */
    release(): void;
    /** Whether some task holds it (Python's `Lock.locked`). */
    locked(): boolean;
  }
  /** A flag tasks wait for; `set()` wakes them all (Python's `asyncio.Event`). */
  export class Event {
    constructor();
    /** Sets the flag and wakes every waiter (Python's `Event.set`). */
    set(): void;
    /** Clears the flag (Python's `Event.clear`). */
    clear(): void;
    /** Whether the flag is set (Python's `Event.is_set`). */
    isSet(): boolean;
    /** Waits until the flag is set (Python's `Event.wait`). */
    wait(): Promise<true>;
  }
  /** A condition variable: `wait()` releases the lock until `notify()`, then re-acquires it (Python's `asyncio.Condition`). */
  export class Condition {
    constructor(lock?: Lock | null);
    /** Takes the underlying lock (Python's `Condition.acquire`). */
    acquire(): Promise<true>;
    /** Frees the underlying lock (Python's `Condition.release`). */
    release(): void;
    /** Whether the underlying lock is held (Python's `Condition.locked`). */
    locked(): boolean;
    /** Releases the lock, waits for `notify()`, re-acquires the lock (Python's `Condition.wait`). */
    wait(): Promise<true>;
    /** Waits until `predicate()` is truthy; resolves to its value (Python's `Condition.wait_for`). */
    waitFor<R>(predicate: () => R): Promise<R>;
    /** Wakes up to `n` waiters (default 1) (Python's `Condition.notify`). */
    notify(n?: number): void;
    /** Wakes every waiter (Python's `Condition.notify_all`). */
    notifyAll(): void;
  }
  /** A counter of free slots: `acquire()` waits while it is 0 (Python's `asyncio.Semaphore`). */
  export class Semaphore {
    constructor(value?: number);
    /** Waits for a free slot, then takes it (Python's `Semaphore.acquire`; `async with sem:`). */
    acquire(): Promise<true>;
    /** Gives a slot back and wakes the next waiter (Python's `Semaphore.release`). */
    release(): void;
    /** Whether no slot is free (Python's `Semaphore.locked`). */
    locked(): boolean;
  }
  /** A Semaphore that throws `ValueError` when released more often than acquired (Python's `asyncio.BoundedSemaphore`). */
  export class BoundedSemaphore extends Semaphore {}
  /** The barrier was reset or aborted while tasks waited (Python's `asyncio.BrokenBarrierError`). */
  export class BrokenBarrierError extends Error {}
  /** Lets `parties` tasks wait until all of them arrived; `wait()` resolves to an index (Python's `asyncio.Barrier`). */
  export class Barrier {
    constructor(parties: number);
    /** Waits until `parties` tasks are waiting; resolves to this task's arrival index (Python's `Barrier.wait`). */
    wait(): Promise<number>;
    /** Breaks the barrier for the tasks waiting and starts it afresh (Python's `Barrier.reset`). */
    reset(): Promise<void>;
    /** Breaks the barrier: waiters get `BrokenBarrierError` (Python's `Barrier.abort`). */
    abort(): Promise<void>;
    /** How many tasks it waits for (Python's `Barrier.parties`). */
    readonly parties: number;
    /** How many tasks wait now (Python's `Barrier.n_waiting`). */
    readonly nWaiting: number;
    /** Whether it is broken (Python's `Barrier.broken`). */
    readonly broken: boolean;
  }

  /** A deadline for a block of code (Python's `async with asyncio.timeout(d) as cm:`, `asyncio.Timeout`). */
  export class Timeout {
    /** The deadline in loop time, or null for none (Python's `Timeout.when`). */
    when(): number | null;
    /** Moves the deadline (Python's `Timeout.reschedule`). */
    reschedule(when: number | null): void;
    /** Whether the deadline passed and cancelled the body (Python's `Timeout.expired`). */
    expired(): boolean;
  }
  /**
   * Runs `body` with a deadline `delay` seconds from now (null: none); past it, the body is
   * cancelled and `TimeoutError` is thrown here. Resolves to what the body returns (Python's
   * `async with asyncio.timeout(delay):`).
   */
  export function timeout<T>(
    delay: number | null,
    body: ((cm: Timeout) => PromiseLike<T> | T) | Awaitable<T>,
  ): Promise<T>;
  /** Like `timeout()`, with an absolute deadline in loop time (Python's `asyncio.timeout_at`). */
  export function timeoutAt<T>(
    when: number | null,
    body: ((cm: Timeout) => PromiseLike<T> | T) | Awaitable<T>,
  ): Promise<T>;

  /** Several errors raised together (Python's `ExceptionGroup`); `except*` is `split()`. */
  export class ExceptionGroup extends Error {
    constructor(message: string, exceptions: unknown[]);
    /** The errors in the group (Python's `ExceptionGroup.exceptions`). */
    readonly exceptions: readonly unknown[];
    /** The errors that match, as a group, or null (Python's `ExceptionGroup.subgroup`). */
    subgroup(
      match: (new (...args: never[]) => unknown) | ((error: unknown) => boolean),
    ): ExceptionGroup | null;
    /** `[matching, rest]`, each a group or null (Python's `ExceptionGroup.split`, what `except*` does). */
    split(
      match: (new (...args: never[]) => unknown) | ((error: unknown) => boolean),
    ): [ExceptionGroup | null, ExceptionGroup | null];
    /** A group like this one holding other errors (Python's `ExceptionGroup.derive`). */
    derive(exceptions: readonly unknown[]): ExceptionGroup;
  }

  /**
   * Tasks that live and die together (Python 3.11's `async with asyncio.TaskGroup() as tg:`):
   * `await asyncio.TaskGroup.run(async (tg) => { tg.createTask(…); })` resolves once the body and
   * every task are done. A failing task cancels the others; the errors are thrown together as an
   * `ExceptionGroup` (Python's `asyncio.TaskGroup`).
   */
  export class TaskGroup {
    constructor();
    /** Runs `body` with a new group and waits for all its tasks (Python's `async with asyncio.TaskGroup() as tg:`). */
    static run<T>(body: (tg: TaskGroup) => PromiseLike<T> | T): Promise<T>;
    /** Runs `body` with this group and waits for all its tasks (Python's `async with tg:`). */
    run<T>(body: (tg: TaskGroup) => PromiseLike<T> | T): Promise<T>;
    /** Starts `coro` as a task of the group (Python's `TaskGroup.create_task`). */
    createTask<T>(coro: Promise<T>, options?: { name?: string }): Task<T>;
  }

  /** The link of a simulated connection: one-way latency (s) and bandwidth (bytes/s); Python has no such options. */
  export interface ConnectionOptions {
    /** Seconds each message takes to arrive, one way (Python has none: real networks have their own). */
    latency?: number;
    /** Bytes per second, or null for no limit (Python has none). */
    bandwidth?: number | null;
    /** The reader's line limit, in bytes (default 65536) (Python's `limit=`). */
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
   * then `Uint8Array`s (`Data` is the type it returns) (Python's `asyncio.StreamReader`).
   */
  export class StreamReader<Data extends string | Uint8Array = string> implements AsyncIterable<Data> {
    constructor(limit?: number, loop?: AbstractEventLoop, options?: { binary?: boolean });
    /**
     * Up to `n` bytes (n < 0: everything until EOF); empty at EOF. A text reader stops at the
     * last whole character within `n` bytes (Python's `StreamReader.read`).
     */
    read(n?: number): Promise<Data>;
    /** One line with its `\n`; at EOF the rest, or an empty result (Python's `StreamReader.readline`). */
    readline(): Promise<Data>;
    /** Exactly `n` bytes; `IncompleteReadError` if EOF comes first (Python's `StreamReader.readexactly`). */
    readexactly(n: number): Promise<Data>;
    /** Up to and including `separator` (Python's `StreamReader.readuntil`). */
    readuntil(separator?: string | Uint8Array): Promise<Data>;
    /** Whether the buffer is empty and the end was reached (Python's `StreamReader.at_eof`). */
    atEof(): boolean;
    /** The error the stream ended with, or null (Python's `StreamReader.exception`). */
    exception(): unknown;
    /** Makes waiting reads throw `exc` (Python's `StreamReader.set_exception`). */
    setException(exc: unknown): void;
    /**
     * Adds received data, as if it arrived: bytes, or a string (added as its UTF-8 bytes)
     * (Python's `StreamReader.feed_data`).
     */
    feedData(data: string | Uint8Array): void;
    /** Marks the end of the stream (Python's `StreamReader.feed_eof`). */
    feedEof(): void;
    /** Reads line by line: `for await (const line of reader)` (Python's `async for line in reader`). */
    [Symbol.asyncIterator](): AsyncIterator<Data>;
  }

  /** Writes to a connection: `Uint8Array`s, or strings sent as UTF-8 (Python's `asyncio.StreamWriter`). */
  export class StreamWriter {
    /** Queues `data` to send (Python's `StreamWriter.write`). */
    write(data: string | Uint8Array): void;
    /** Queues each chunk to send (Python's `StreamWriter.writelines`). */
    writelines(data: Iterable<string | Uint8Array>): void;
    /** Waits until the write buffer is low enough (returns at once if it is) (Python's `StreamWriter.drain`). */
    drain(): Promise<void>;
    /** Closes the sending side after the buffered data (Python's `StreamWriter.write_eof`). */
    writeEof(): void;
    /** Whether `writeEof()` is supported (Python's `StreamWriter.can_write_eof`). */
    canWriteEof(): boolean;
    /** Closes the connection (Python's `StreamWriter.close`). */
    close(): void;
    /** Whether it is closed or closing (Python's `StreamWriter.is_closing`). */
    isClosing(): boolean;
    /** Waits until the connection is closed (Python's `StreamWriter.wait_closed`). */
    waitClosed(): Promise<void>;
    /** `getExtraInfo("peername")` is `[host, port]` (Python's `StreamWriter.get_extra_info`). */
    getExtraInfo(name: "peername" | "sockname"): [string, number];
    getExtraInfo(name: string, defaultValue?: unknown): unknown;
  }

  /**
   * Feeds a StreamReader from a connection and starts the server's handler for each client;
   * `openConnection` and `startServer` make them (Python's `asyncio.StreamReaderProtocol`).
   */
  export class StreamReaderProtocol<Data extends string | Uint8Array = string> {
    constructor(
      reader: StreamReader<Data>,
      clientConnected: ((reader: StreamReader<Data>, writer: StreamWriter) => unknown) | null,
      loop: AbstractEventLoop,
    );
    /** The connection is up (Python's `connection_made`). */
    connectionMade(transport: Transport): void;
    /** Data arrived (Python's `data_received`). */
    dataReceived(data: Uint8Array): void;
    /** The other side closed its sending side (Python's `eof_received`). */
    eofReceived(): boolean;
    /** The connection is closed, `exc` if by an error (Python's `connection_lost`). */
    connectionLost(exc: Error | null): void;
    /** The transport's buffer is full: `drain()` waits (Python's `pause_writing`). */
    pauseWriting(): void;
    /** The transport's buffer drained: waiting `drain()` calls return (Python's `resume_writing`). */
    resumeWriting(): void;
  }

  /**
   * One end of a connection: what a protocol writes to. Bytes written reach the peer's protocol
   * after the link's latency (Python's `asyncio.Transport`).
   */
  export class Transport {
    /** Sends `data`: a `Uint8Array`, or a string as UTF-8 (Python's `Transport.write`). */
    write(data: string | Uint8Array): void;
    /** Sends each chunk in turn (Python's `Transport.writelines`). */
    writelines(data: Iterable<string | Uint8Array>): void;
    /** Sends EOF after the data already written; the peer can still write back (Python's `Transport.write_eof`). */
    writeEof(): void;
    /** Whether `writeEof()` is supported (Python's `Transport.can_write_eof`). */
    canWriteEof(): boolean;
    /**
     * Closes after sending what was written; the protocol's `connectionLost(null)` follows
     * (Python's `Transport.close`).
     */
    close(): void;
    /** Closes at once, dropping unsent data: the peer's connection is reset (Python's `Transport.abort`). */
    abort(): void;
    /** Whether it is closed or closing (Python's `Transport.is_closing`). */
    isClosing(): boolean;
    /** Bytes written but not sent yet (Python's `Transport.get_write_buffer_size`). */
    getWriteBufferSize(): number;
    /** `getExtraInfo("peername")` is `[host, port]` (Python's `Transport.get_extra_info`). */
    getExtraInfo(name: "peername" | "sockname"): [string, number];
    getExtraInfo(name: string, defaultValue?: unknown): unknown;
    /**
     * Asks the transport to stop delivering data; reading flow control is not simulated, so data
     * keeps arriving (Python's `Transport.pause_reading`).
     */
    pauseReading(): void;
    /** Asks the transport to deliver data again (Python's `Transport.resume_reading`). */
    resumeReading(): void;
    /** The protocol it delivers to (Python's `Transport.get_protocol`). */
    getProtocol(): BaseProtocol;
    /** Switches the protocol it delivers to (Python's `Transport.set_protocol`). */
    setProtocol(protocol: BaseProtocol): void;
  }

  /**
   * A connection's life cycle; extend `Protocol`. Every method does nothing until overridden
   * (Python's `asyncio.BaseProtocol`).
   */
  export class BaseProtocol {
    /** The connection is open: keep `transport` to write to it (Python's `BaseProtocol.connection_made`). */
    connectionMade(transport: Transport): void;
    /** The connection is closed; `exc` is null for a normal close (Python's `BaseProtocol.connection_lost`). */
    connectionLost(exc: Error | null): void;
    /**
     * The transport's write buffer went over its high-water mark: stop writing for now
     * (Python's `BaseProtocol.pause_writing`).
     */
    pauseWriting(): void;
    /** The write buffer drained: writing may go on (Python's `BaseProtocol.resume_writing`). */
    resumeWriting(): void;
  }

  /**
   * Handles a connection at the transport level, for `loop.createConnection` and
   * `loop.createServer`: the transport calls these as things happen (Python's `asyncio.Protocol`).
   */
  export class Protocol extends BaseProtocol {
    /**
     * A chunk of bytes arrived; decode text with `new TextDecoder().decode(data)` (Python's
     * `Protocol.data_received`).
     */
    dataReceived(data: Uint8Array): void;
    /**
     * The peer finished writing; return true to keep the transport open for writing back
     * (Python's `Protocol.eof_received`).
     */
    eofReceived(): boolean | void;
  }

  /** A listening server (Python's `asyncio.Server`). */
  export class Server {
    /** The listening sockets (Python's `Server.sockets`). */
    readonly sockets: { getsockname(): [string, number] }[];
    /** Stops listening; open connections stay (Python's `Server.close`). */
    close(): void;
    /** Waits until the server is closed (Python's `Server.wait_closed`). */
    waitClosed(): Promise<void>;
    /** Accepts connections until closed (or the awaiting task is cancelled) (Python's `Server.serve_forever`). */
    serveForever(): Promise<void>;
    /** Starts accepting connections (Python's `Server.start_serving`). */
    startServing(): Promise<void>;
    /** Whether it accepts connections (Python's `Server.is_serving`). */
    isServing(): boolean;
    /** The loop it runs on (Python's `Server.get_loop`). */
    getLoop(): AbstractEventLoop;
  }

  /** Connects to `host:port` on the simulated network; resolves to `[reader, writer]` (Python's `asyncio.open_connection`). */
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
  /** Starts a server; `clientConnected(reader, writer)` runs (as a task, if async) for each client (Python's `asyncio.start_server`). */
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

/** An operating-system error: the base of the connection errors (Python's `OSError`). */
declare class OSError extends Error {}
/** A connection failed (Python's `ConnectionError`). */
declare class ConnectionError extends OSError {}
/** Nothing listens at the address (`[Errno 111] Connect call failed (…)`) (Python's `ConnectionRefusedError`). */
declare class ConnectionRefusedError extends ConnectionError {}
/** The other side dropped the connection (Python's `ConnectionResetError`). */
declare class ConnectionResetError extends ConnectionError {}
/** Writing to a connection the other side closed (Python's `BrokenPipeError`). */
declare class BrokenPipeError extends ConnectionError {}
