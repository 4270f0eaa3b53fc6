/**
 * Task intervals: the one reading of a trace's life-cycle events as spans of virtual time. The
 * grader judges these spans, the timeline draws them and the runtime tests assert on them, so a
 * learner sees exactly the interval a check talks about.
 *
 * A task's life in the trace is `task_spawned`, then alternating `task_step` (it runs) and
 * `task_blocked` (it waits for `waiting`), ending with `task_done` or `task_cancelled`. Each event
 * closes the task's open interval and opens the next one. The loop runs one step at a time, so a
 * `running` interval's length is how long that step held the loop. `loop_blocked` (a `time.sleep`
 * or CPU burst inside a step) and executor workers (`worker_start` to `worker_done`) are intervals
 * of their own. Pure data over `runtime/trace.ts`: no guest or host code.
 */

import type { Trace, TraceEvent } from "./trace.ts";

/**
 * `ready`: created, not yet run; `running`: one step of the task; `waiting`: suspended at an
 * await; `blocked`: the loop thread was held inside a step; `worker`: an executor worker was busy.
 */
export type IntervalKind = "ready" | "running" | "waiting" | "blocked" | "worker";

export interface TraceInterval {
  kind: IntervalKind;
  /** The task (`Task-2`) or worker (`asyncio_0`) it belongs to. */
  who: string;
  /** Virtual seconds. */
  start: number;
  end: number;
  /**
   * `waiting`: what the task awaits (`sleep(2)`, `Task-3`, `gather(Task-2, Task-3)`);
   * `running`: the exception thrown in at its await (`CancelledError`) or "";
   * `blocked`: `sleep` or `cpu`; `worker`: `thread` or `process`; `ready`: "".
   */
  what: string;
  /** `seq` of the event that opened the interval. */
  fromSeq: number;
  /** `seq` of the event that closed it, or null when it was still open when the trace ended. */
  toSeq: number | null;
  /** The learner's line the opening event points at, when known. */
  line?: number;
}

/** What one interval is, as the result JSON carries it: enough to find and highlight it. */
export interface IntervalPointer {
  kind: IntervalKind;
  who: string;
  start: number;
  end: number;
  what: string;
  fromSeq: number;
}

const cache = new WeakMap<Trace, TraceInterval[]>();

/**
 * Every interval of the trace, ordered by the event that opened it. Cached per trace object;
 * treat the result as read-only.
 */
export function traceIntervals(trace: Trace): readonly TraceInterval[] {
  let intervals = cache.get(trace);
  if (intervals === undefined) {
    intervals = collect(trace);
    cache.set(trace, intervals);
  }
  return intervals;
}

/** The pointer form of an interval, for results and for highlighting it on the timeline. */
export function intervalPointer(interval: TraceInterval): IntervalPointer {
  const { kind, who, start, end, what, fromSeq } = interval;
  return { kind, who, start, end, what, fromSeq };
}

function collect(trace: Trace): TraceInterval[] {
  const intervals: TraceInterval[] = [];
  const open = new Map<string, TraceInterval>();
  const close = (who: string, event: TraceEvent): void => {
    const interval = open.get(who);
    if (interval === undefined) return;
    interval.end = Math.max(event.t, interval.start);
    interval.toSeq = event.seq;
    open.delete(who);
  };
  const begin = (kind: IntervalKind, who: string, event: TraceEvent, what: string): void => {
    close(who, event);
    const interval: TraceInterval = {
      kind,
      who,
      start: event.t,
      end: event.t,
      what,
      fromSeq: event.seq,
      toSeq: null,
    };
    if (event.line !== undefined) interval.line = event.line;
    intervals.push(interval);
    open.set(who, interval);
  };

  for (const event of trace.events) {
    const who = event.task;
    if (who === null || who === undefined) continue;
    switch (event.type) {
      case "task_spawned":
        begin("ready", who, event, "");
        break;
      case "task_step":
        begin("running", who, event, event.throwing ?? "");
        break;
      case "task_blocked":
        begin("waiting", who, event, event.waiting ?? "");
        break;
      case "task_done":
      case "task_cancelled":
      case "worker_done":
        close(who, event);
        break;
      case "worker_start":
        begin("worker", who, event, event.executor ?? "thread");
        break;
      case "loop_blocked": {
        // Stamped when the blocking starts; `duration` says how long. It lies inside the
        // task's running interval, which stays open.
        const blocked: TraceInterval = {
          kind: "blocked",
          who,
          start: event.t,
          end: event.t + (event.duration ?? 0),
          what: event.reason ?? "sleep",
          fromSeq: event.seq,
          toSeq: event.seq,
        };
        if (event.line !== undefined) blocked.line = event.line;
        intervals.push(blocked);
        break;
      }
      default:
        break;
    }
  }
  // Whatever is still open lasted until the program ended.
  for (const interval of open.values()) interval.end = Math.max(trace.elapsed, interval.start);
  return intervals;
}
