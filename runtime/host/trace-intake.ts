/**
 * Where the guest's trace batches enter the host. The guest is not trusted: every batch is parsed,
 * expanded from its compact rows into events (`TraceBatch` in protocol.ts) and checked here
 * (well-formed rows and string ids, known event types and fields, `seq` counting up from 0 with no
 * gaps, finite times that never go back on any one timeline — executor workers run ahead of the
 * loop on their own, so the merged trace may step back between timelines —, strings cut to a
 * bounded size), printed output is counted here against the output cap, and events other than
 * `stdout` are capped here with one `truncated` marker. A batch that breaks the rules ends the run
 * with an `internal` error; it never throws into the host.
 */
import {
  MAX_EVENT_STRING,
  NUMERIC_TRACE_FIELDS,
  STEP_BLOCKED_AGAIN_ROW,
  STEP_BLOCKED_ROW,
  STEP_DONE_ROW,
  TASK_SPAWNED_AGAIN_ROW,
  TRACE_EVENT_TYPES,
  TRACE_FIELDS,
} from "../protocol.ts";
import type { TraceError, TraceEvent } from "../trace.ts";

type FieldKind = "string" | "string?null" | "count" | "duration" | "reason" | "executor";

/** Every field an event may carry besides `seq`, `t`, `type` and `task`, and what it must hold. */
const FIELDS: Readonly<Record<string, FieldKind>> = {
  text: "string",
  line: "count",
  column: "count",
  category: "string",
  parent: "string?null",
  coro: "string",
  throwing: "string",
  target: "string",
  waiting: "string",
  result: "string",
  exception: "string",
  duration: "duration",
  reason: "reason",
  executor: "executor",
};

function fieldOk(kind: FieldKind, value: unknown): boolean {
  switch (kind) {
    case "string":
      return typeof value === "string";
    case "string?null":
      return value === null || typeof value === "string";
    case "count":
      return Number.isSafeInteger(value) && (value as number) >= 0;
    case "duration":
      return typeof value === "number" && Number.isFinite(value) && value >= 0;
    case "reason":
      return value === "sleep" || value === "cpu";
    case "executor":
      return value === "thread" || value === "process";
  }
}

export interface IntakeLimits {
  outputLimitBytes: number;
  maxEvents: number;
}

/** What went wrong with the guest's trace: the run ends with this error. */
export type IntakeVerdict = { ok: true } | { ok: false; error: TraceError };

/** A task's step and its suspension, as a `STEP_BLOCKED_ROW` sends them (`waiting` already bounded). */
interface StepBlocked {
  t: number;
  task: string | null;
  waiting: string;
  line: number | null;
}

export class TraceIntake {
  readonly events: TraceEvent[] = [];
  /** The next `seq` the guest must send. */
  private expectedSeq = 0;
  /** The run's string table, which the guest's batches extend (`TraceBatch`). */
  private readonly strings: string[] = [];
  /** The last time seen on each timeline (task, worker, or none). */
  private readonly lastTimes = new Map<string | null, number>();
  private outputBytes = 0;
  /** Events other than `stdout` kept so far. */
  private kept = 0;
  private truncated = false;
  /** Set once the run must end: nothing sent after it counts. */
  private closed = false;

  private readonly limits: IntakeLimits;

  constructor(limits: IntakeLimits) {
    this.limits = limits;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Stops taking events (the run was halted or interrupted). */
  close(): void {
    this.closed = true;
  }

  /** Takes one batch (a `TraceBatch` as JSON) from the guest. */
  receive(json: string): IntakeVerdict {
    if (this.closed) return { ok: true };
    let batch: unknown;
    try {
      batch = JSON.parse(json);
    } catch {
      return this.reject("a trace batch was not valid JSON");
    }
    if (!Array.isArray(batch) || batch.length < 2)
      return this.reject("a trace batch was not a list of events");
    const [firstSeq, newStrings] = batch as unknown[];
    if (firstSeq !== this.expectedSeq) {
      return this.reject(`event ${describe(firstSeq)} arrived where ${this.expectedSeq} was due`);
    }
    if (!Array.isArray(newStrings) || !newStrings.every((text) => typeof text === "string")) {
      return this.reject("a trace batch's new strings were not strings");
    }
    for (const text of newStrings as string[]) this.strings.push(text);
    let at = 2;
    // The batch's last step-and-suspension, which a `STEP_BLOCKED_AGAIN_ROW` repeats, and its last
    // `task_spawned` event, which a `TASK_SPAWNED_AGAIN_ROW` repeats.
    let pair: StepBlocked | undefined;
    let spawned: Record<string, unknown> | undefined;
    while (at < batch.length) {
      const code = batch[at];
      if (code === STEP_BLOCKED_ROW || code === STEP_BLOCKED_AGAIN_ROW) {
        const rows = batch as unknown[];
        if (code === STEP_BLOCKED_ROW) {
          const read = this.readStepBlocked(rows, at);
          if (typeof read === "string") return this.reject(read);
          pair = read;
          at += 5;
        } else {
          if (pair === undefined) {
            return this.reject(`event ${this.expectedSeq} repeats a step that the batch did not send`);
          }
          const task = this.againTask(rows, at);
          if (typeof task === "object" && task !== null) return this.reject(task.problem);
          pair.task = task;
          at += 2;
        }
        const verdict = this.takeStepBlocked(pair);
        if (!verdict.ok || this.closed) return verdict;
        continue;
      }
      if (code === STEP_DONE_ROW) {
        const verdict = this.takeStepDone(batch as unknown[], at);
        if (!verdict.ok || this.closed) return verdict;
        at += 5;
        continue;
      }
      if (code === TASK_SPAWNED_AGAIN_ROW) {
        if (spawned === undefined) {
          return this.reject(`event ${this.expectedSeq} repeats a task_spawned that the batch did not send`);
        }
        const task = this.againTask(batch as unknown[], at);
        if (typeof task === "object" && task !== null) return this.reject(task.problem);
        at += 2;
        // The same fields in the same order, for another task.
        const verdict = this.take({ ...spawned, seq: this.expectedSeq, task }, undefined);
        if (!verdict.ok || this.closed) return verdict;
        continue;
      }
      const expanded = this.expand(batch as unknown[], at);
      if (typeof expanded === "string") return this.reject(expanded);
      at = expanded.next;
      if (expanded.event.type === "task_spawned") spawned = expanded.event;
      const verdict = this.take(expanded.event, expanded.fieldProblem);
      if (!verdict.ok || this.closed) return verdict;
    }
    return { ok: true };
  }

  /**
   * The row at `rows[at]` as an event, and where the next row starts; or what is wrong with it.
   * Each field's value is checked as it is read: `fieldProblem` is the first that is malformed,
   * which `take` reports after the event's time and task (the order in which they are checked).
   * A description's text comes already cut to the bound.
   */
  private expand(
    rows: unknown[],
    at: number,
  ): { event: Record<string, unknown>; next: number; fieldProblem: string | undefined } | string {
    const n = this.expectedSeq;
    const code = rows[at];
    const count = rows[at + 3];
    const type = Number.isSafeInteger(code) ? TRACE_EVENT_TYPES[code as number] : undefined;
    if (type === undefined) return `unknown event type ${describe(code)}`;
    if (
      !Number.isSafeInteger(count) ||
      (count as number) < 0 ||
      at + 4 + 2 * (count as number) > rows.length
    ) {
      return `event ${n} is cut short`;
    }
    const task = this.taskName(rows[at + 2]);
    if (task === undefined) return `event ${n} has a malformed task name`;
    const event: Record<string, unknown> = { seq: n, t: rows[at + 1], type, task };
    let next = at + 4;
    let fieldProblem: string | undefined;
    for (let i = 0; i < (count as number); i++, next += 2) {
      const key = typeof rows[next] === "number" ? TRACE_FIELDS[rows[next] as number] : rows[next];
      if (typeof key !== "string" || !Object.hasOwn(FIELDS, key)) {
        return `event ${n} has a malformed field ${describe(key)}`;
      }
      const sent = rows[next + 1];
      const value = typeof sent === "number" && !NUMERIC_TRACE_FIELDS.has(key) ? this.strings[sent] : sent;
      if (value === undefined) return `event ${n} refers to an unknown string in ${describe(key)}`;
      if (!fieldOk(FIELDS[key], value)) fieldProblem ??= `event ${n} has a malformed field ${describe(key)}`;
      // Printed text is bounded by the output cap; a description (what a task awaits, a result)
      // can be legitimately long (a gather of 10,000 tasks) and is cut.
      event[key] = typeof value === "string" && key !== "text" ? bounded(value) : value;
    }
    return { event, next, fieldProblem };
  }

  /** The step-and-suspension of a `STEP_BLOCKED_ROW` at `rows[at]` (see `TraceBatch`), or what is wrong with it. */
  private readStepBlocked(rows: unknown[], at: number): StepBlocked | string {
    const n = this.expectedSeq;
    if (at + 5 > rows.length) return `event ${n} is cut short`;
    const t = rows[at + 1];
    const task = this.taskName(rows[at + 2]);
    if (task === undefined) return `event ${n} has a malformed task name`;
    const waiting = this.text(rows[at + 3]);
    if (waiting === undefined) return `event ${n + 1} has a malformed field "waiting"`;
    const line = rows[at + 4];
    if (line !== null && !fieldOk("count", line)) return `event ${n + 1} has a malformed field "line"`;
    if (typeof t !== "number") return `event ${n} has time ${describe(t)}`;
    return { t, task, waiting: bounded(waiting), line: line as number | null };
  }

  /**
   * Takes the two events of a step-and-suspension. What `take` checks of each of the two events,
   * once for both (the loop's most common row), before either is taken, so that a bad row keeps
   * neither.
   */
  private takeStepBlocked(pair: StepBlocked): IntakeVerdict {
    const n = this.expectedSeq;
    const { t, task, waiting, line } = pair;
    const problem = this.whenProblem(n, t, task);
    if (problem !== undefined) return this.reject(problem);
    this.expectedSeq = n + 2;
    this.lastTimes.set(task, t);
    this.keepCapped({ seq: n, t, type: "task_step", task });
    const type = "task_blocked";
    // Each shape written out whole: an object V8 makes in one go.
    this.keepCapped(
      line === null ? { seq: n + 1, t, type, task, waiting } : { seq: n + 1, t, type, task, waiting, line },
    );
    return { ok: true };
  }

  /** Takes the two events of a `STEP_DONE_ROW` at `rows[at]` (see `TraceBatch`), checked before either is kept. */
  private takeStepDone(rows: unknown[], at: number): IntakeVerdict {
    const n = this.expectedSeq;
    if (at + 5 > rows.length) return this.reject(`event ${n} is cut short`);
    const t = rows[at + 1];
    const task = this.taskName(rows[at + 2]);
    if (task === undefined) return this.reject(`event ${n} has a malformed task name`);
    const key = typeof rows[at + 3] === "number" ? TRACE_FIELDS[rows[at + 3] as number] : undefined;
    if (key !== "result" && key !== "exception") {
      return this.reject(`event ${n + 1} has a malformed field ${describe(rows[at + 3])}`);
    }
    const text = this.text(rows[at + 4]);
    if (text === undefined) return this.reject(`event ${n + 1} has a malformed field ${describe(key)}`);
    // `take` checks the time and task of the first; the second has the same, so it passes too.
    const step = this.take({ seq: n, t, type: "task_step", task }, undefined);
    if (!step.ok || this.closed) return step;
    return this.take({ seq: n + 1, t, type: "task_done", task, [key]: bounded(text) }, undefined);
  }

  /** The task of a repeating row (`…_AGAIN_ROW, task`) at `rows[at]`, or what is wrong with it. */
  private againTask(rows: unknown[], at: number): string | null | { problem: string } {
    if (at + 2 > rows.length) return { problem: `event ${this.expectedSeq} is cut short` };
    const task = this.taskName(rows[at + 1]);
    return task === undefined ? { problem: `event ${this.expectedSeq} has a malformed task name` } : task;
  }

  /** A task name as a row sends it: null, or a string (`text`); undefined for anything else. */
  private taskName(ref: unknown): string | null | undefined {
    return ref === null ? null : this.text(ref);
  }

  /** A string sent as an id or as itself; undefined for anything else. */
  private text(ref: unknown): string | undefined {
    if (typeof ref === "string") return ref;
    return typeof ref === "number" ? this.strings[ref] : undefined;
  }

  /** Takes an event `expand` made (its type is known, its seq the one due, its fields read). */
  private take(event: Record<string, unknown>, fieldProblem: string | undefined): IntakeVerdict {
    const { t, type, task } = event;
    const problem = this.whenProblem(this.expectedSeq, t, task) ?? fieldProblem;
    if (problem !== undefined) return this.reject(problem);
    if (typeof event.text === "string" && event.text.length > this.limits.outputLimitBytes) {
      event.text = `${event.text.slice(0, this.limits.outputLimitBytes - 1)}…`;
    }
    if ((type === "stdout" || type === "warning" || type === "truncated") && typeof event.text !== "string") {
      return this.reject(`event ${this.expectedSeq} has no text`);
    }
    this.expectedSeq += 1;
    const accepted = event as unknown as TraceEvent;
    this.lastTimes.set(accepted.task, accepted.t);
    if (type === "stdout") {
      this.outputBytes += (event.text as string).length + 1;
      if (this.outputBytes > this.limits.outputLimitBytes) {
        this.closed = true;
        return {
          ok: false,
          error: {
            kind: "output-limit",
            name: "OutputLimit",
            message: `The program printed more than ${formatBytes(this.limits.outputLimitBytes)} of output; the run was stopped.`,
            limit: this.limits.outputLimitBytes,
            ...(typeof event.line === "number" ? { line: event.line } : {}),
          },
        };
      }
      this.keep(accepted);
      return { ok: true };
    }
    if (type === "truncated") {
      // The guest's own marker: the host places its own at its own cap.
      if (!this.truncated) this.markTruncated(accepted.t);
      return { ok: true };
    }
    this.keepCapped(accepted);
    return { ok: true };
  }

  /**
   * What is wrong with event `n`'s time `t` and task name, if anything: a time must be finite, not
   * negative, and never go back on its task's timeline.
   */
  private whenProblem(n: number, t: unknown, task: unknown): string | undefined {
    if (typeof t !== "number" || !Number.isFinite(t) || t < 0) return `event ${n} has time ${describe(t)}`;
    if (!(task === null || (typeof task === "string" && task.length <= MAX_EVENT_STRING))) {
      return `event ${n} has a malformed task name`;
    }
    if (t < (this.lastTimes.get(task) ?? 0)) return `event ${n} goes back in time`;
    return undefined;
  }

  /** Keeps an event other than `stdout` unless the cap is reached (then marks the trace, once). */
  private keepCapped(event: TraceEvent): void {
    if (this.kept >= this.limits.maxEvents) {
      if (!this.truncated) this.markTruncated(event.t);
      return;
    }
    this.kept += 1;
    this.keep(event);
  }

  private keep(event: TraceEvent): void {
    // The host numbers the trace it keeps: `seq` is the event's position in the document.
    event.seq = this.events.length;
    this.events.push(event);
  }

  private markTruncated(t: number): void {
    this.truncated = true;
    this.keep({
      seq: 0,
      t,
      type: "truncated",
      task: null,
      text: `The trace keeps only the first ${this.limits.maxEvents} task events; later ones were not recorded (printed lines still are).`,
    });
  }

  private reject(problem: string): IntakeVerdict {
    this.closed = true;
    return {
      ok: false,
      error: {
        kind: "internal",
        name: "InternalError",
        message: `The sandbox's runtime sent a malformed trace (${problem}); the run was stopped.`,
      },
    };
  }
}

/** A description cut to the bound on event strings. */
function bounded(text: string): string {
  return text.length > MAX_EVENT_STRING ? `${text.slice(0, MAX_EVENT_STRING - 1)}…` : text;
}

function describe(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${bytes / (1 << 20)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}
