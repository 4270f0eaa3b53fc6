/**
 * Turns a trace into the timeline picture: one lane per task (or executor worker) over virtual
 * time, each lane a sequence of segments — running, waiting, blocking the loop — with the lines
 * it printed as marks. Pure data, so the view and the accessible table read the same model.
 *
 * The segments are the task intervals of `runtime/trace-intervals.ts`, the same ones the grader
 * judges, so a failed check's interval is a segment here (`fromSeq` finds it).
 *
 * Virtual time only moves between steps (the clock jumps to the next deadline) or inside a step
 * that blocks the loop (`time.sleep`, CPU work), so most running segments are instants; the view
 * gives them a minimum width.
 */
import { traceIntervals, type TraceInterval } from "../../runtime/trace-intervals.ts";
import type { Trace, TraceEvent } from "../../runtime/trace.ts";
import type { UiMessages } from "../i18n/ui/index.ts";
import { text } from "../i18n/page-lang.ts";

/** The timeline's words, in the page's language. */
type Words = UiMessages["timeline"];

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
  /** `seq` of the event that opened the interval: how a check's `interval` finds this segment. */
  fromSeq: number;
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
  /** The trace's name for it: `Task-2`, `ThreadPoolExecutor-0_0`, or the outside lane (`(top level)`). */
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

/** Seconds with millisecond precision, as the console and timeline print them. */
export function formatTime(t: number): string {
  return t.toFixed(3);
}

function blockedDetail(event: TraceEvent, w: Words): string {
  const duration = formatTime(event.duration ?? 0);
  return event.reason === "cpu" ? w.cpu(duration) : w.sleep(duration);
}

/** The segment an interval is drawn as. */
function segmentOf(interval: TraceInterval, event: TraceEvent, w: Words): Segment {
  const { start, end, fromSeq } = interval;
  const line = interval.line;
  const segment = (kind: SegmentKind, detail: string): Segment =>
    line === undefined ? { kind, start, end, detail, fromSeq } : { kind, start, end, detail, line, fromSeq };
  switch (interval.kind) {
    case "ready":
      return { kind: "waiting", start, end, detail: w.ready, fromSeq };
    case "running":
      return segment("running", interval.what ? w.runningThrown(interval.what) : w.running);
    case "waiting":
      return segment("waiting", w.waitsFor(interval.what || w.something));
    case "blocked":
      return segment("blocked", w.blocks(blockedDetail(event, w)));
    case "worker":
      return segment("running", interval.what === "process" ? w.inProcess : w.inThread);
  }
}

/**
 * Builds the timeline model of a trace, its descriptions in the words `w` (the page's language
 * by default). Code that ran outside any task is on the lane named `w.outside`.
 */
export function buildTimeline(trace: Trace, w: Words = text().timeline): TimelineModel {
  const lanes = new Map<string, Lane>();
  const rows: TimelineRow[] = [];
  const loopBlocked: Segment[] = [];

  const laneFor = (name: string | null, t: number, kind: Lane["kind"] = "task"): Lane => {
    const key = name ?? w.outside;
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
  const row = (event: TraceEvent, lane: string, what: string): void => {
    rows.push({ seq: event.seq, t: event.t, lane, what, line: event.line });
  };

  // Lanes, marks and rows follow the events; segments are the shared intervals (below).
  for (const event of trace.events) {
    const { t } = event;
    switch (event.type) {
      case "task_spawned": {
        const lane = laneFor(event.task, t);
        lane.coro = event.coro;
        const { coro, parent } = event;
        const what = coro
          ? parent
            ? w.createdCoroBy(coro, parent)
            : w.createdCoro(coro)
          : parent
            ? w.createdBy(parent)
            : w.created;
        row(event, lane.name, what);
        break;
      }
      case "task_step": {
        const lane = laneFor(event.task, t);
        row(event, lane.name, event.throwing ? w.runsThrown(event.throwing) : w.runs);
        break;
      }
      case "task_cancel_requested": {
        const target = event.target ?? w.aTask;
        const text = event.task ? w.asksCancel(event.task, target) : w.askedCancel(target);
        laneFor(target, t).marks.push({ seq: event.seq, t, kind: "cancel", text, line: event.line });
        row(event, event.task ?? w.outside, w.asksCancelRow(target));
        break;
      }
      case "task_blocked": {
        const lane = laneFor(event.task, t);
        row(event, lane.name, w.waitsFor(event.waiting ?? w.something));
        break;
      }
      case "loop_blocked": {
        const lane = laneFor(event.task, t);
        row(event, lane.name, w.blocks(blockedDetail(event, w)));
        break;
      }
      case "task_done":
      case "task_cancelled": {
        const lane = laneFor(event.task, t);
        if (event.type === "task_cancelled") lane.outcome = "cancelled";
        else lane.outcome = event.exception ? "failed" : "done";
        lane.result = event.exception ?? event.result;
        lane.end = t;
        const what =
          lane.outcome === "cancelled"
            ? w.cancelled
            : lane.outcome === "failed"
              ? w.failed(event.exception ?? "")
              : event.result !== undefined
                ? w.finishedWith(event.result)
                : w.finished;
        row(event, lane.name, what);
        break;
      }
      case "worker_start": {
        const lane = laneFor(event.task, t, "worker");
        row(event, lane.name, event.executor === "process" ? w.startsInProcess : w.startsInThread);
        break;
      }
      case "worker_done": {
        const lane = laneFor(event.task, t, "worker");
        lane.outcome = "done";
        lane.end = t;
        row(event, lane.name, w.returned);
        break;
      }
      case "stdout":
      case "warning": {
        const lane = laneFor(event.task, t);
        const text = event.text ?? "";
        lane.marks.push({ seq: event.seq, t, kind: event.type, text, line: event.line });
        const what =
          event.type === "stdout" ? w.prints(text) : w.warningRow(event.category ?? w.warningCategory, text);
        row(event, lane.name, what);
        break;
      }
    }
    const lane = lanes.get(event.task ?? w.outside);
    if (lane) lane.end = Math.max(lane.end, t);
  }

  const bySeq = new Map(trace.events.map((event) => [event.seq, event]));
  const elapsed = Math.max(trace.elapsed, ...[...lanes.values()].map((lane) => lane.end));
  // Intervals are ordered by their opening event; a task's blocked stretch sits inside its
  // running one and is listed after it, as the loop records it.
  for (const interval of traceIntervals(trace)) {
    const lane = lanes.get(interval.who);
    const event = bySeq.get(interval.fromSeq);
    if (!lane || !event) continue;
    const segment = segmentOf(interval, event, w);
    if (interval.toSeq === null && interval.kind !== "blocked") {
      segment.end = Math.max(elapsed, segment.start);
      lane.end = elapsed;
    }
    lane.segments.push(segment);
    if (segment.kind === "blocked") loopBlocked.push(segment);
  }
  for (const lane of lanes.values()) {
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
