/**
 * Turns a trace into the timeline picture: one lane per task (or executor worker) over virtual
 * time, each lane a sequence of segments — running, waiting, blocking the loop — with the lines
 * it printed as marks. Pure data, so the view and the accessible table read the same model.
 *
 * Virtual time only moves between steps (the clock jumps to the next deadline) or inside a step
 * that blocks the loop (`time.sleep`, CPU work), so most running segments are instants; the view
 * gives them a minimum width.
 */
import type { Trace, TraceEvent } from "../../runtime/trace.ts";

/** What a lane is doing during a segment. */
export type SegmentKind = "running" | "waiting" | "blocked";

export interface Segment {
  kind: SegmentKind;
  /** Virtual seconds. */
  start: number;
  end: number;
  /** Human detail: what the task waits for, or why the loop was blocked. */
  detail: string;
  line?: number;
}

export interface Mark {
  seq: number;
  t: number;
  /** A printed line, a warning, or a `cancel()` aimed at this lane's task. */
  kind: "stdout" | "warning" | "cancel";
  text: string;
  line?: number;
}

export type LaneOutcome = "done" | "cancelled" | "failed" | "unfinished";

export interface Lane {
  /** The trace's name for it: `Task-2`, `ThreadPoolExecutor-0_0`, or `OUTSIDE_LANE`. */
  name: string;
  /** The coroutine's name when known (`sayAfter`). */
  coro?: string;
  kind: "task" | "worker" | "outside";
  start: number;
  end: number;
  outcome: LaneOutcome;
  /** The result's printed form or the exception, when the lane finished. */
  result?: string;
  segments: Segment[];
  marks: Mark[];
}

/** One row of the accessible table: the same information as the picture, in event order. */
export interface TimelineRow {
  seq: number;
  t: number;
  lane: string;
  what: string;
  line?: number;
}

export interface TimelineModel {
  /** The right end of the time axis (at least a tiny positive span, so zero-time runs draw). */
  span: number;
  elapsed: number;
  lanes: Lane[];
  /** When the whole loop was blocked (any task), for the shared overlay. */
  loopBlocked: Segment[];
  rows: TimelineRow[];
}

/** Lane name used for prints that happen outside any task (before `asyncio.run`, say). */
export const OUTSIDE_LANE = "(top level)";

interface OpenSegment {
  kind: SegmentKind;
  start: number;
  detail: string;
  line?: number;
}

/** Seconds with millisecond precision, as the console and timeline print them. */
export function formatTime(t: number): string {
  return t.toFixed(3);
}

function blockedDetail(event: TraceEvent): string {
  const duration = formatTime(event.duration ?? 0);
  return event.reason === "cpu" ? `CPU work for ${duration} s` : `time.sleep for ${duration} s`;
}

/** Builds the timeline model of a trace. */
export function buildTimeline(trace: Trace): TimelineModel {
  const lanes = new Map<string, Lane>();
  const open = new Map<string, OpenSegment>();
  const rows: TimelineRow[] = [];
  const loopBlocked: Segment[] = [];

  const laneFor = (name: string | null, t: number, kind: Lane["kind"] = "task"): Lane => {
    const key = name ?? OUTSIDE_LANE;
    let lane = lanes.get(key);
    if (!lane) {
      lane = {
        name: key,
        kind: name === null ? "outside" : kind,
        start: t,
        end: t,
        outcome: "unfinished",
        segments: [],
        marks: [],
      };
      lanes.set(key, lane);
    }
    return lane;
  };
  const close = (lane: Lane, t: number): void => {
    const segment = open.get(lane.name);
    if (!segment) return;
    open.delete(lane.name);
    lane.segments.push({ ...segment, end: Math.max(t, segment.start) });
  };
  const begin = (lane: Lane, segment: OpenSegment): void => {
    close(lane, segment.start);
    open.set(lane.name, segment);
  };
  const row = (event: TraceEvent, lane: string, what: string): void => {
    rows.push({ seq: event.seq, t: event.t, lane, what, line: event.line });
  };

  for (const event of trace.events) {
    const { t } = event;
    switch (event.type) {
      case "task_spawned": {
        const lane = laneFor(event.task, t);
        lane.coro = event.coro;
        begin(lane, { kind: "waiting", start: t, detail: "ready to start" });
        const by = event.parent ? ` by ${event.parent}` : "";
        row(event, lane.name, `created${event.coro ? ` (${event.coro})` : ""}${by}`);
        break;
      }
      case "task_step": {
        const lane = laneFor(event.task, t);
        const detail = event.throwing ? `running, with ${event.throwing} thrown in at its await` : "running";
        begin(lane, { kind: "running", start: t, detail, line: event.line });
        row(
          event,
          lane.name,
          event.throwing ? `runs, with ${event.throwing} thrown in at its await` : "runs",
        );
        break;
      }
      case "task_cancel_requested": {
        const target = event.target ?? "a task";
        const by = event.task ? `${event.task} asks` : "asked";
        const text = `${by} ${target} to cancel`;
        laneFor(target, t).marks.push({ seq: event.seq, t, kind: "cancel", text, line: event.line });
        row(event, event.task ?? OUTSIDE_LANE, `asks ${target} to cancel`);
        break;
      }
      case "task_blocked": {
        const lane = laneFor(event.task, t);
        const waiting = event.waiting ?? "something";
        begin(lane, { kind: "waiting", start: t, detail: `waits for ${waiting}`, line: event.line });
        row(event, lane.name, `waits for ${waiting}`);
        break;
      }
      case "loop_blocked": {
        const lane = laneFor(event.task, t);
        const segment: Segment = {
          kind: "blocked",
          start: t,
          end: t + (event.duration ?? 0),
          detail: `blocks the loop: ${blockedDetail(event)}`,
          line: event.line,
        };
        lane.segments.push(segment);
        loopBlocked.push(segment);
        row(event, lane.name, segment.detail);
        break;
      }
      case "task_done":
      case "task_cancelled": {
        const lane = laneFor(event.task, t);
        close(lane, t);
        if (event.type === "task_cancelled") lane.outcome = "cancelled";
        else lane.outcome = event.exception ? "failed" : "done";
        lane.result = event.exception ?? event.result;
        lane.end = t;
        const what =
          lane.outcome === "cancelled"
            ? "was cancelled"
            : lane.outcome === "failed"
              ? `failed: ${event.exception ?? ""}`
              : `finished${event.result !== undefined ? ` → ${event.result}` : ""}`;
        row(event, lane.name, what);
        break;
      }
      case "worker_start": {
        const lane = laneFor(event.task, t, "worker");
        const where = event.executor === "process" ? "process" : "thread";
        begin(lane, { kind: "running", start: t, detail: `runs a function in a ${where}`, line: event.line });
        row(event, lane.name, `starts a function in a ${where}`);
        break;
      }
      case "worker_done": {
        const lane = laneFor(event.task, t, "worker");
        close(lane, t);
        lane.outcome = "done";
        lane.end = t;
        row(event, lane.name, "function returned");
        break;
      }
      case "stdout":
      case "warning": {
        const lane = laneFor(event.task, t);
        const text = event.text ?? "";
        lane.marks.push({ seq: event.seq, t, kind: event.type, text, line: event.line });
        const what =
          event.type === "stdout" ? `prints “${text}”` : `warning (${event.category ?? "warning"}): ${text}`;
        row(event, lane.name, what);
        break;
      }
    }
    const lane = lanes.get(event.task ?? OUTSIDE_LANE);
    if (lane) lane.end = Math.max(lane.end, t);
  }

  const elapsed = Math.max(trace.elapsed, ...[...lanes.values()].map((lane) => lane.end));
  for (const lane of lanes.values()) {
    if (open.has(lane.name)) {
      close(lane, elapsed);
      lane.end = elapsed;
    }
    for (const segment of lane.segments) lane.end = Math.max(lane.end, segment.end);
  }
  return {
    span: elapsed > 0 ? elapsed : 1,
    elapsed: trace.elapsed,
    lanes: [...lanes.values()],
    loopBlocked,
    rows,
  };
}
