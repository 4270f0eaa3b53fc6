/**
 * Derived views of a trace that several checks share: printed lines, tasks, waits and steps.
 *
 * Waits, steps and worker spans are the task intervals of `runtime/trace-intervals.ts`, the same
 * ones the timeline draws, so a check that points at an interval points at what the learner sees.
 */

import type { LineMatcher, TaskSelector, TracePointer } from "./types.ts";
import type { Trace, TraceEvent } from "../../runtime/trace.ts";
import { traceIntervals, type TraceInterval } from "../../runtime/trace-intervals.ts";
import type { GraderMessages, Place, SelectorShape } from "./messages/index.ts";

/** One task as the trace tells it. */
export interface TaskInfo {
  name: string;
  coro: string | null;
  parent: string | null;
  spawned: TraceEvent | null;
  /** The `task_done` or `task_cancelled` event, or null if the task never ended. */
  end: TraceEvent | null;
}

/** A span of virtual time during which a task waited (or an executor worker was busy). */
export interface Interval {
  who: string;
  start: number;
  end: number;
  /** What it waited for (`sleep(2)`, `Queue.get()`…) or the worker's executor kind. */
  what: string;
  /** The event that opened the interval. */
  from: TraceEvent;
  /** The shared interval it was read from. */
  interval?: TraceInterval;
}

/** A task step: how long one resumption of a task kept the loop busy. */
export interface Step {
  task: string;
  start: number;
  end: number;
  from: TraceEvent;
  to: TraceEvent;
  /** The shared interval it was read from. */
  interval: TraceInterval;
}

const views = new WeakMap<Trace, TraceView>();

/** Lazily computed, cached per trace object: checks of one run share one view. */
export function viewOf(trace: Trace): TraceView {
  let view = views.get(trace);
  if (view === undefined) {
    view = new TraceView(trace);
    views.set(trace, view);
  }
  return view;
}

export class TraceView {
  readonly trace: Trace;
  #tasks: Map<string, TaskInfo> | null = null;
  #waits: Interval[] | null = null;
  #steps: Step[] | null = null;
  #bySeq: Map<number, TraceEvent> | null = null;

  constructor(trace: Trace) {
    this.trace = trace;
  }

  /** Every `stdout` event, in order. */
  get stdout(): TraceEvent[] {
    return this.trace.events.filter((e) => e.type === "stdout");
  }

  /** Every `warning` event, in order. */
  get warnings(): TraceEvent[] {
    return this.trace.events.filter((e) => e.type === "warning");
  }

  /** Tasks by name, in spawn order. */
  get tasks(): Map<string, TaskInfo> {
    if (this.#tasks === null) this.#tasks = collectTasks(this.trace.events);
    return this.#tasks;
  }

  /** The task `asyncio.run()` created for the main coroutine: `Task-1` when present. */
  get mainTask(): string | null {
    if (this.tasks.has("Task-1")) return "Task-1";
    for (const info of this.tasks.values()) if (info.parent === null) return info.name;
    return null;
  }

  /** Tasks matching a selector, in spawn order. */
  selectTasks(selector: TaskSelector): TaskInfo[] {
    return [...this.tasks.values()].filter((info) => taskMatches(info, selector));
  }

  /** Every wait of every task (`task_blocked` to the task's next event). */
  get waits(): Interval[] {
    this.#waits ??= traceIntervals(this.trace)
      .filter((i) => i.kind === "waiting")
      .map((i) => ({
        who: i.who,
        start: i.start,
        end: i.end,
        what: i.what,
        from: this.event(i.fromSeq),
        interval: i,
      }));
    return this.#waits;
  }

  /** Busy spans of executor workers (`worker_start` to `worker_done`). */
  get workerSpans(): Interval[] {
    return traceIntervals(this.trace)
      .filter((i) => i.kind === "worker")
      .map((i) => ({
        who: i.who,
        start: i.start,
        end: i.end,
        what: i.what,
        from: this.event(i.fromSeq),
        interval: i,
      }));
  }

  /** The event with this `seq`. */
  event(seq: number): TraceEvent {
    if (this.#bySeq === null) this.#bySeq = new Map(this.trace.events.map((e) => [e.seq, e]));
    const event = this.#bySeq.get(seq);
    if (event === undefined) throw new Error(`The trace has no event ${seq}.`);
    return event;
  }

  /** Every task step with its start and end time. */
  get steps(): Step[] {
    this.#steps ??= traceIntervals(this.trace)
      .filter((i) => i.kind === "running" && i.toSeq !== null)
      .map((i) => ({
        task: i.who,
        start: i.start,
        end: i.end,
        from: this.event(i.fromSeq),
        to: this.event(i.toSeq ?? i.fromSeq),
        interval: i,
      }));
    return this.#steps;
  }

  /** A readable name for a task: `Task-2 (spin)`. */
  describeTask(name: string, m: GraderMessages): string {
    return m.words.task(name, this.tasks.get(name)?.coro ?? null);
  }
}

/** Whether a printed line matches: strings compare whole lines, RegExps test them. */
export function lineMatches(text: string, matcher: LineMatcher): boolean {
  if (typeof matcher === "string") return text === matcher;
  matcher.lastIndex = 0;
  return matcher.test(text);
}

/** A matcher as written, for the machine-readable `details` of a result: `"hello"` or `/^sleep/`. */
export function describeMatcher(matcher: LineMatcher): string {
  return typeof matcher === "string" ? JSON.stringify(matcher) : String(matcher);
}

/** A selector as messages name it: a task's name, a coroutine's name, or its patterns. */
export function selectorShape(selector: TaskSelector): SelectorShape {
  if (typeof selector === "string") {
    return /^Task-\d+$/.test(selector) ? { kind: "task", name: selector } : { kind: "coro", coro: selector };
  }
  if (selector.name === undefined && typeof selector.coro === "string") {
    return { kind: "coro", coro: selector.coro };
  }
  const shape: SelectorShape = { kind: "fields" };
  if (selector.name !== undefined) shape.name = String(selector.name);
  if (selector.coro !== undefined) shape.coro = String(selector.coro);
  return shape;
}

/** A selector as learners read it: `Task-2`, `the task running spin()`. */
export function describeSelector(selector: TaskSelector, m: GraderMessages): string {
  return m.words.selector(selectorShape(selector));
}

function nameMatches(value: string | null, pattern: string | RegExp): boolean {
  if (value === null) return false;
  return typeof pattern === "string" ? value === pattern : pattern.test(value);
}

function taskMatches(info: TaskInfo, selector: TaskSelector): boolean {
  if (typeof selector === "string") return info.name === selector || info.coro === selector;
  if (selector.name !== undefined && !nameMatches(info.name, selector.name)) return false;
  if (selector.coro !== undefined && !nameMatches(info.coro, selector.coro)) return false;
  return true;
}

function collectTasks(events: TraceEvent[]): Map<string, TaskInfo> {
  const tasks = new Map<string, TaskInfo>();
  const ensure = (name: string): TaskInfo => {
    let info = tasks.get(name);
    if (info === undefined) {
      info = { name, coro: null, parent: null, spawned: null, end: null };
      tasks.set(name, info);
    }
    return info;
  };
  for (const event of events) {
    if (event.task === null || event.task === undefined) continue;
    if (event.type === "worker_start" || event.type === "worker_done") continue;
    if (event.type === "task_spawned") {
      const info = ensure(event.task);
      info.coro = event.coro ?? null;
      info.parent = event.parent ?? null;
      info.spawned = event;
    } else if (event.type === "task_done" || event.type === "task_cancelled") {
      ensure(event.task).end = event;
    }
  }
  return tasks;
}

/** The pointer a message and the UI use for an event. */
export function pointerOf(event: TraceEvent): TracePointer {
  const at: TracePointer = { seq: event.seq, t: event.t, task: event.task };
  if (event.line !== undefined) at.line = event.line;
  if (event.column !== undefined) at.column = event.column;
  return at;
}

/** "at 2.000 s in Task-2 (delay), line 6" — where an event happened, for messages. */
export function where(m: GraderMessages, view: TraceView, event: TraceEvent): string {
  const place: Place = { t: event.t, task: event.task == null ? null : view.describeTask(event.task, m) };
  if (event.line !== undefined) place.line = event.line;
  return m.words.where(place);
}

/** "at 2.000 s, line 6" — when and where, for messages that already name the task. */
export function when(m: GraderMessages, event: TraceEvent): string {
  return m.words.when(event.line === undefined ? { t: event.t } : { t: event.t, line: event.line });
}
