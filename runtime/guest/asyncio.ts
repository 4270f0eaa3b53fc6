/**
 * The `asyncio` module as learners import it (`import * as asyncio from "asyncio"`), mirroring
 * CPython's `asyncio/__init__.py`: one flat namespace gathered from the modules of this folder.
 */
import { iscoroutine } from "./coroutines.ts";
import { EventLoop } from "./base_events.ts";
import { Handle, TimerHandle, getEventLoop, getRunningLoop, newEventLoop, setEventLoop } from "./events.ts";
import {
  CancelledError,
  IncompleteReadError,
  InvalidStateError,
  LimitOverrunError,
  TimeoutError,
} from "./exceptions.ts";
import { Future, isFuture } from "./futures.ts";
import { Runner, run } from "./runners.ts";
import { Task, allTasks, createTask, currentTask, ensureFuture } from "./tasks.ts";
import {
  ALL_COMPLETED,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  asCompleted,
  gather,
  shield,
  sleep,
  wait,
  waitFor,
} from "./waiting.ts";
import { ExceptionGroup } from "./exceptiongroups.ts";
import { Barrier, BrokenBarrierError } from "./barriers.ts";
import { BoundedSemaphore, Condition, Event, Lock, Semaphore } from "./locks.ts";
import { LifoQueue, PriorityQueue, Queue, QueueEmpty, QueueFull } from "./queues.ts";
import { TaskGroup } from "./taskgroups.ts";
import { Timeout, timeout, timeoutAt } from "./timeouts.ts";
import { toThread, wrapFuture } from "./threads.ts";
import { Transport } from "./network.ts";
import { BaseProtocol, Protocol } from "./protocols.ts";
import { Server } from "./servers.ts";
import { StreamReader } from "./streamreader.ts";
import { StreamReaderProtocol, StreamWriter, openConnection, startServer } from "./streams.ts";

export const asyncio: Record<string, unknown> = {
  run,
  Runner,
  newEventLoop,
  getEventLoop,
  setEventLoop,
  getRunningLoop,
  sleep,
  createTask,
  ensureFuture,
  gather,
  wait,
  waitFor,
  asCompleted,
  shield,
  currentTask,
  allTasks,
  iscoroutine,
  isfuture: isFuture,
  Future,
  Task,
  AbstractEventLoop: EventLoop,
  Handle,
  TimerHandle,
  CancelledError,
  TimeoutError,
  InvalidStateError,
  IncompleteReadError,
  LimitOverrunError,
  FIRST_COMPLETED,
  FIRST_EXCEPTION,
  ALL_COMPLETED,
  // Layer 6, the tools: locks.ts, barriers.ts, queues.ts, timeouts.ts, taskgroups.ts.
  Lock,
  Event,
  Condition,
  Semaphore,
  BoundedSemaphore,
  Barrier,
  BrokenBarrierError,
  Queue,
  PriorityQueue,
  LifoQueue,
  QueueEmpty,
  QueueFull,
  timeout,
  timeoutAt,
  Timeout,
  TaskGroup,
  ExceptionGroup,
  // Layer 5, threads and processes: threads.ts (`concurrent.futures`: executors.ts, pools.ts, workers.ts).
  toThread,
  wrapFuture,
  // Layers 7–9, the simulated network, transports and protocols, streams: network.ts,
  // protocols.ts, servers.ts, streams.ts, streamreader.ts.
  openConnection,
  startServer,
  StreamReader,
  StreamWriter,
  StreamReaderProtocol,
  Server,
  BaseProtocol,
  Protocol,
  Transport,
};
