/**
 * Executor workers on the virtual clock (what `concurrent/futures/thread.py`'s `_worker` and
 * `process.py`'s worker processes do, replayed on one real thread). A function given to an
 * executor runs to completion the moment its worker starts it, on a timeline of its own: its
 * `time.sleep()` and CPU work advance that timeline, not the loop's. Its trace events are held
 * back and enter the trace in time order with everyone else's, and what happens when it ends
 * (its future completes, its worker takes the next job) waits on an agenda until the loop's
 * clock — or a thread blocked waiting for it — reaches that time.
 */
import type { TraceEvent } from "../trace.ts";
import { type Timeline, loopTimeline, now, onTimeline } from "./clock.ts";
import { type AbstractEventLoop, named, outsideLoop, runningLoopOrNull } from "./events.ts";
import { Halt } from "./exceptions.ts";
import { cores, gil } from "./gil.ts";
import { heappop, heappush } from "./heapq.ts";
import { actor, emit, interleave, interleaveWith, record } from "./recorder.ts";

/** A thread of a thread pool or a process of a process pool. */
export interface Worker {
  /** Its name in the trace: `asyncio_0`, `ThreadPoolExecutor-0_1`, `ForkProcess-2`. */
  readonly name: string;
  readonly kind: "thread" | "process";
  /** When it finishes its current job (-Infinity: never used). */
  freeAt: number;
}

/** How a function run on a worker ended, and when. */
export type WorkerRun = { end: number } & ({ ok: true; value: unknown } | { ok: false; error: unknown });

const threadCpu = (start: number, cost: number) => gil.place(start, cost);
const processCpu = (start: number, cost: number) => cores.place(start, cost);
/** The loop thread waits for the GIL too, but books nothing: no worker can start in its past. */
const loopCpu = (start: number, cost: number) => gil.place(start, cost, false);

/** The loop running on the main thread, which the agenda wakes up (null: none running). */
let driver: AbstractEventLoop | null = null;

/**
 * Runs `body` on `worker` from virtual time `start` (not before the caller's present). Returns
 * its outcome and end time; its events wait to be merged into the trace.
 */
export function runOnWorker(
  worker: Worker,
  start: number,
  body: () => unknown,
  options: { line?: number } = {},
): WorkerRun {
  const begin = Math.max(start, now()); // Charges the caller's CPU work before capturing starts.
  driver = runningLoopOrNull() ?? driver;
  if (worker.kind === "thread") loopTimeline.placeCpu ??= loopCpu;
  const timeline: Timeline = {
    now: begin,
    loopsAtStepStart: 0,
    callsAtStepStart: 0,
    onBlocked: () => undefined,
    placeCpu: worker.kind === "thread" ? threadCpu : processCpu,
  };
  const events: TraceEvent[] = [];
  const previous = { capture: interleave.capture, actor: actor.name };
  interleaveWith({ capture: (event) => events.push(event) });
  actor.name = worker.name;
  let run: WorkerRun;
  try {
    run = outsideLoop(() =>
      onTimeline(timeline, (): WorkerRun => {
        record("worker_start", { executor: worker.kind, ...(options.line ? { line: options.line } : {}) });
        try {
          return { ok: true, value: body(), end: 0 };
        } catch (error) {
          if (error instanceof Halt) throw error;
          return { ok: false, error, end: 0 };
        }
      }),
    );
    run.end = timeline.now;
    record("worker_done", { t: run.end, executor: worker.kind });
  } catch (error) {
    // The run is being stopped: what the worker printed so far still belongs in the trace.
    interleaveWith({ capture: previous.capture });
    actor.name = previous.actor;
    hold(events);
    release(Infinity, true, true);
    if (error instanceof Halt && error.kind === "virtual-timeout") {
      throw new Halt(
        "virtual-timeout",
        `${error.message} It happened in ${worker.name}: a function given to an executor runs to completion ` +
          "as soon as its worker starts it, so it cannot wait for something the event loop does later.",
        undefined,
        error.limit,
        { worker: worker.name },
      );
    }
    throw error;
  } finally {
    interleaveWith({ capture: previous.capture });
    actor.name = previous.actor;
  }
  hold(events);
  return run;
}

// Held-back events: one sorted buffer per run, merged through a heap keyed by (next time, order).
type Buffer = { events: TraceEvent[]; next: number };
const buffers: [number, number, Buffer][] = [];
let bufferCount = 0;

function hold(events: TraceEvent[]): void {
  if (events.length === 0) return;
  heappush(buffers, [events[0].t, bufferCount++, { events, next: 0 }]);
  interleaveWith({ releaseBefore });
}

/**
 * While a thread is blocked waiting for workers (`advanceWorkers`), their events stay held: the
 * blocked thread records its `loop_blocked` event at the time it started waiting, after this.
 */
let holding = 0;

function release(limit: number, inclusive: boolean, force = false): void {
  if (holding > 0 && !force) return;
  while (buffers.length > 0) {
    const top = buffers[0];
    if (inclusive ? top[0] > limit : top[0] >= limit) break;
    heappop(buffers);
    const buffer = top[2];
    emit(buffer.events[buffer.next++]);
    if (buffer.next < buffer.events.length) heappush(buffers, [buffer.events[buffer.next].t, top[1], buffer]);
  }
  if (buffers.length === 0) interleaveWith({ releaseBefore: null });
}

/** Before an event at `t` enters the trace, the held events that happened earlier go first. */
function releaseBefore(t: number): void {
  release(t, false);
}

/** Lets every held event up to and including `t` into the trace. */
export function releaseThrough(t: number): void {
  release(t, true);
}

// The agenda: what must happen at a virtual time (a job ends, its future completes).
type Action = [number, number, () => void];
const agenda: Action[] = [];
let actionCount = 0;

/** The wake-up times each loop has a timer for (jobs often end together: one timer will do). */
const wakes = new WeakMap<AbstractEventLoop, Set<number>>();

/** Makes sure `loop` runs the agenda at `t` (a future it waits on completes then). */
export function wakeAt(loop: AbstractEventLoop, t: number): void {
  if (loop.isClosed()) return;
  let times = wakes.get(loop);
  if (times === undefined) wakes.set(loop, (times = new Set()));
  if (times.has(t)) return;
  times.add(t);
  const wake = named("executor.<locals>._wakeup", () => {
    times.delete(t);
    runAgenda(loopTimeline.now, () => true);
  });
  loop.callAt(t, wake);
}

/** Schedules `action` at virtual time `t`, and wakes the loop then (if one runs). */
export function atTime(t: number, action: () => void): void {
  heappush(agenda, [t, actionCount++, action]);
  const loop = runningLoopOrNull() ?? driver;
  if (loop !== null && !loop.isClosed()) wakeAt(loop, t);
}

function runAgenda(limit: number, more: () => boolean): void {
  while (more() && agenda.length > 0 && agenda[0][0] <= limit) heappop(agenda)[2]();
}

/** For a thread blocked until `t`: the agenda's actions due by then run, in time order. */
export function advanceWorkers(t: number): void {
  advanceWorkersWhile(t, () => true);
}

/**
 * For a blocked thread: runs the agenda's actions in time order while `more()` holds and they
 * are due by `limit` (until another worker started the job it waits for, say).
 */
export function advanceWorkersWhile(limit: number, more: () => boolean): void {
  holding += 1;
  try {
    runAgenda(limit, more);
  } finally {
    holding -= 1;
  }
}

/** At the end of the program: every job runs and every held event enters the trace. */
export function finishWorkers(): void {
  runAgenda(Infinity, () => true);
  releaseThrough(Infinity);
}
