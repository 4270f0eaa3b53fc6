/**
 * Records the trace inside the guest and streams it to the host in batches, so the
 * events printed before an infinite loop or a crash still reach the learner.
 */
import {
  NUMERIC_TRACE_FIELDS,
  STEP_BLOCKED_AGAIN_ROW,
  STEP_BLOCKED_ROW,
  STEP_DONE_ROW,
  TASK_SPAWNED_AGAIN_ROW,
  TRACE_EVENT_TYPES,
  TRACE_FIELDS,
} from "../protocol.ts";
import type { TraceEvent, TraceEventType } from "../trace.ts";
import { Halt } from "./exceptions.ts";
import { stringify } from "./harden.ts";
import { config, host } from "./session.ts";

const BATCH = 256;
const apply = Reflect.apply;
/** Events the trace may drop past `maxEvents` (the host caps every kind but `stdout`; see protocol.ts). */
const LIFECYCLE: ReadonlySet<TraceEventType> = new Set<TraceEventType>([
  "task_spawned",
  "task_cancel_requested",
  "task_step",
  "task_blocked",
  "task_done",
  "task_cancelled",
]);

/** The `seq` the next event gets. */
let seq = 0;
let lifecycleCount = 0;
let outputBytes = 0;
let truncatedWarned = false;

/** While above 0, task life-cycle events are not recorded (the runner's internal tasks). */
let lifecycleMuted = 0;

/** Runs `body` without recording task life-cycle events: for tasks the learner never sees. */
export function withoutLifecycle<T>(body: () => T): T {
  lifecycleMuted += 1;
  updateDirect();
  try {
    return body();
  } finally {
    lifecycleMuted -= 1;
    updateDirect();
  }
}

/**
 * Who is running now: set by the task and executor modules, read for every event. `clock` is the
 * running thread's timeline (set by clock.ts), whose `now` stamps the event.
 */
export const actor: { name: string | null; clock: { readonly now: number } } = {
  name: null,
  clock: { now: 0 },
};

type EventFields = Omit<TraceEvent, "seq" | "t" | "type" | "task"> & { task?: string | null; t?: number };

/** Appends one event stamped with the current virtual time and actor. */
export function record(type: TraceEventType, fields: EventFields = {}): void {
  if (LIFECYCLE.has(type) && !countLifecycle()) return;
  const t = fields.t ?? actor.clock.now;
  const task = fields.task === undefined ? actor.name : fields.task;
  if (interleave.capture) {
    // The usual fields first, so the event reads in a fixed order; no spread on this path.
    const event: TraceEvent = { seq: -1, t, type, task };
    for (const key in fields) {
      if (key !== "t" && key !== "task") {
        (event as unknown as Record<string, unknown>)[key] = (fields as Record<string, unknown>)[key];
      }
    }
    interleave.capture(event);
    return;
  }
  interleave.releaseBefore?.(t);
  write(type, t, task, fields);
}

/** Whether a task life-cycle event may be recorded (it counts against `maxEvents`). */
function countLifecycle(): boolean {
  if (lifecycleMuted > 0) return false;
  if (++lifecycleCount <= config.maxEvents) return true;
  overLifecycleCap();
  return false;
}

/** A life-cycle event past `maxEvents` is not recorded: the trace says so, once. */
function overLifecycleCap(): void {
  if (truncatedWarned) return;
  truncatedWarned = true;
  record("truncated", {
    text: `The trace keeps only the first ${config.maxEvents} task events; later ones were not recorded.`,
  });
}

/**
 * `record("task_step", throwing === undefined ? {} : { throwing })` for the loop's hot path, by the
 * task running now, whose `taskToken` is `task`.
 */
export function recordTaskStep(throwing: string | undefined, task: string): void {
  if (!direct) {
    record("task_step", throwing === undefined ? {} : { throwing });
    return;
  }
  // `countLifecycle()`, inline.
  if (++lifecycleCount > config.maxEvents) return overLifecycleCap();
  if (pendingStep) writePendingStep();
  seq += 1;
  const now = actor.clock.now;
  if (throwing === undefined) {
    // Held back: if the step suspends with nothing recorded in between, it goes with its
    // `task_blocked` as one row.
    pendingStepTime = now;
    pendingStepTask = task;
    pendingStep = true;
    return;
  }
  rows.push(
    TASK_STEP,
    now === lastTime ? lastTimeToken : timeToken(now),
    task,
    "1",
    THROWING,
    textToken(throwing),
  );
  if (++rowCount >= BATCH) flushEvents();
}

/** A task step recorded but not written yet (`recordTaskStep`): its time and task token. */
let pendingStep = false;
let pendingStepTime = 0;
let pendingStepTask = "";

/** Writes the held-back step as a row of its own: something else is written after it. */
function writePendingStep(): void {
  pendingStep = false;
  const t = pendingStepTime;
  rows.push(TASK_STEP, t === lastTime ? lastTimeToken : timeToken(t), pendingStepTask, "0");
  rowCount += 1;
}

/** The last `waiting` text sent and its token: a task usually blocks on the same thing again. */
let lastWaiting: string | null = null;
let lastWaitingToken = "";
/** The last line a task blocked at and its token. */
let lastLine: number | undefined;
let lastLineToken = "null";
/**
 * Whether the batch's last step-and-suspension row was at `pairTime` with today's `lastWaiting`
 * and `lastLine`: then the next one at that time needs only its task (`STEP_BLOCKED_AGAIN_ROW`).
 */
let pairRepeatable = false;
let pairTime = 0;

/** `record("task_blocked", { waiting, line })` for the loop's hot path (see `recordTaskStep`). */
export function recordTaskBlocked(waiting: string, line: number | undefined, task: string): void {
  if (!direct) {
    record("task_blocked", { waiting, line });
    return;
  }
  if (++lifecycleCount > config.maxEvents) return overLifecycleCap();
  if (waiting !== lastWaiting) {
    lastWaiting = waiting;
    lastWaitingToken = textToken(waiting);
    pairRepeatable = false;
  }
  if (line !== lastLine) {
    lastLine = line;
    lastLineToken = line === undefined ? "null" : number(line);
    pairRepeatable = false;
  }
  const now = actor.clock.now;
  seq += 1;
  if (pendingStep && now === pendingStepTime && task === pendingStepTask) {
    // The step and its suspension, as one row (`STEP_BLOCKED_ROW` in protocol.ts), or as its task
    // alone when the batch's previous such row was the same but for the task.
    pendingStep = false;
    if (pairRepeatable && now === pairTime) {
      rows.push(STEP_BLOCKED_AGAIN, task);
    } else {
      pairRepeatable = true;
      pairTime = now;
      rows.push(
        STEP_BLOCKED,
        now === lastTime ? lastTimeToken : timeToken(now),
        task,
        lastWaitingToken,
        lastLineToken,
      );
    }
    rowCount += 2;
    if (rowCount >= BATCH) flushEvents();
    return;
  }
  if (pendingStep) writePendingStep();
  const t = now === lastTime ? lastTimeToken : timeToken(now);
  if (line === undefined) {
    rows.push(TASK_BLOCKED, t, task, "1", WAITING, lastWaitingToken);
  } else {
    rows.push(TASK_BLOCKED, t, task, "2", WAITING, lastWaitingToken, LINE, lastLineToken);
  }
  if (++rowCount >= BATCH) flushEvents();
}

/**
 * `record("task_spawned", { task, parent, coro, line, column })` without the object, for programs
 * that make tasks by the thousand.
 */
export function recordTaskSpawned(
  task: string,
  parent: string | null,
  coro: string,
  line: number | undefined,
  column: number | undefined,
): void {
  if (!direct || line === undefined || column === undefined) {
    record("task_spawned", { task, parent, coro, line, column });
    return;
  }
  if (!countLifecycle()) return;
  if (pendingStep) writePendingStep();
  const now = actor.clock.now;
  const taskText = taskToken(task);
  if (
    spawn.repeatable &&
    now === spawn.t &&
    parent === spawn.parent &&
    coro === spawn.coro &&
    line === spawn.line &&
    column === spawn.column
  ) {
    // Another task made by the same code at the same time (`TASK_SPAWNED_AGAIN_ROW`).
    rows.push(TASK_SPAWNED_AGAIN, taskText);
  } else {
    spawn.repeatable = true;
    spawn.t = now;
    spawn.parent = parent;
    spawn.coro = coro;
    spawn.line = line;
    spawn.column = column;
    rows.push(
      TASK_SPAWNED,
      timeToken(now),
      taskText,
      "4",
      PARENT,
      parent === null ? "null" : textToken(parent),
      CORO,
      textToken(coro),
      LINE,
      number(line),
      COLUMN,
      number(column),
    );
  }
  written();
}

/**
 * The batch's last `task_spawned` event, if `recordTaskSpawned` wrote it (`repeatable`): the next
 * one with the same time and fields is sent as its task alone.
 */
const spawn = {
  repeatable: false,
  t: 0,
  parent: null as string | null,
  coro: "",
  line: 0,
  column: 0,
};

/** `record("task_done", { [field]: text })` without the object (see `recordTaskSpawned`). */
export function recordTaskDone(field: "result" | "exception", text: string): void {
  if (!direct) {
    record("task_done", { [field]: text });
    return;
  }
  if (!countLifecycle()) return;
  const now = actor.clock.now;
  const task = taskToken(actor.name);
  const fieldCode = field === "result" ? RESULT : EXCEPTION;
  if (pendingStep && now === pendingStepTime && task === pendingStepTask) {
    // The step and the end it came to, as one row (`STEP_DONE_ROW` in protocol.ts).
    pendingStep = false;
    rows.push(STEP_DONE, now === lastTime ? lastTimeToken : timeToken(now), task, fieldCode, textToken(text));
    seq += 1;
    rowCount += 2;
    if (rowCount >= BATCH) flushEvents();
    return;
  }
  if (pendingStep) writePendingStep();
  rows.push(TASK_DONE, timeToken(now), task, "1", fieldCode, textToken(text));
  written();
}

/** The last time sent and its token: most events in a row happen at the same time. */
let lastTime = 0;
let lastTimeToken = "0";

/** `t`'s token (the hot paths check `lastTime` themselves first, to save the call). */
function timeToken(t: number): string {
  if (t !== lastTime) {
    lastTime = t;
    lastTimeToken = number(t);
  }
  return lastTimeToken;
}

interface Interleave {
  /** While set, new events go here instead of the trace (their `seq` is not assigned yet). */
  capture: ((event: TraceEvent) => void) | null;
  /** Called before an event at time `t` enters the trace, to let earlier captured events in first. */
  releaseBefore: ((t: number) => void) | null;
}

/**
 * Executor workers run ahead of the loop on timelines of their own (workers.ts): while a worker
 * runs, its events are captured, and they enter the trace later, in time order with the loop's.
 * Set through `interleaveWith`.
 */
export const interleave: Readonly<Interleave> = { capture: null, releaseBefore: null };

/** Sets `interleave`'s hooks (those given; null removes one). */
export function interleaveWith(hooks: Partial<Interleave>): void {
  Object.assign(interleave, hooks);
  updateDirect();
}

/**
 * Whether a task's life-cycle events go straight into the batch: no worker's capture or release
 * hook, not muted. The loop's hot path reads this one flag instead of the three.
 */
let direct = true;

function updateDirect(): void {
  direct = interleave.capture === null && interleave.releaseBefore === null && lifecycleMuted === 0;
}

/** Appends a captured event to the trace, giving it the next `seq`; bypasses capture. */
export function emit(event: TraceEvent): void {
  write(event.type, event.t, event.task, event);
}

const TYPE_CODES = new Map(TRACE_EVENT_TYPES.map((type, code) => [type, code]));
const FIELD_CODES = new Map(TRACE_FIELDS.map((field, code) => [field, code]));
// The hot path's codes as the text `join` writes: a number would be turned into text at every row.
const TASK_STEP = String(TYPE_CODES.get("task_step"));
const TASK_BLOCKED = String(TYPE_CODES.get("task_blocked"));
const STEP_BLOCKED = String(STEP_BLOCKED_ROW);
const STEP_BLOCKED_AGAIN = String(STEP_BLOCKED_AGAIN_ROW);
const TASK_SPAWNED_AGAIN = String(TASK_SPAWNED_AGAIN_ROW);
const STEP_DONE = String(STEP_DONE_ROW);
const THROWING = String(FIELD_CODES.get("throwing"));
const WAITING = String(FIELD_CODES.get("waiting"));
const LINE = String(FIELD_CODES.get("line"));
const TASK_SPAWNED = String(TYPE_CODES.get("task_spawned"));
const TASK_DONE = String(TYPE_CODES.get("task_done"));
const PARENT = String(FIELD_CODES.get("parent"));
const CORO = String(FIELD_CODES.get("coro"));
const COLUMN = String(FIELD_CODES.get("column"));
const RESULT = String(FIELD_CODES.get("result"));
const EXCEPTION = String(FIELD_CODES.get("exception"));
/** Keys of an event that are not fields (a captured event carries them). */
const HEADER: ReadonlySet<string> = new Set(["seq", "t", "type", "task"]);
/** Longer strings are sent as they are: descriptions that long rarely repeat. */
const INTERN_UP_TO = 256;
/** `Array.prototype.join` as the prelude found it: the batch is the runtime's work, never charged. */
const join = Array.prototype.join;

/** The run's string table: every string sent by id so far (see `TraceBatch` in protocol.ts). */
const stringIds = new Map<string, string>();
/** The strings the pending batch adds to the table. */
let newStrings: string[] = [];
/**
 * The pending batch's rows, flat, as JSON tokens: each as its JSON text, or a finite number as it
 * is (`join` writes it as JSON does).
 */
let rows: unknown[] = [];
let rowCount = 0;
/** The `seq` of the pending batch's first event. */
let batchSeq = 0;
/** The last task name sent and its token: most events in a row are the same task's. */
let lastTask: string | null = null;
let lastTaskToken = "null";

/** A string's token: its id in the run's string table (a long one goes as itself). */
function textToken(text: string): string {
  if (text.length > INTERN_UP_TO) return stringify(text);
  let id = stringIds.get(text);
  if (id === undefined) {
    id = String(stringIds.size);
    stringIds.set(text, id);
    newStrings.push(text);
  }
  return id;
}

/** A task's name as the trace sends it: its token in the run's string table. */
export function taskToken(task: string | null): string {
  if (task !== lastTask) {
    lastTask = task;
    lastTaskToken = task === null ? "null" : textToken(task);
  }
  return lastTaskToken;
}

/** A number's token (JSON writes what is not finite as null); anything else as JSON. */
function number(value: unknown): string {
  return typeof value === "number" && value - value === 0 ? String(value) : (stringify(value) ?? "null");
}

/** A field value's token (the layout is `TraceBatch`'s in protocol.ts). */
function valueToken(key: string, value: unknown): unknown {
  if (NUMERIC_TRACE_FIELDS.has(key)) return number(value);
  // Printed text rarely repeats: it goes as it is.
  if (typeof value === "string") return key === "text" ? stringify(value) : textToken(value);
  // A number in a text field would read as a string id: in a list, the host refuses it as before.
  return stringify(typeof value === "number" ? [value] : value);
}

/** Writes one event row. */
function write(type: TraceEventType, t: number, task: string | null, fields: object): void {
  if (pendingStep) writePendingStep();
  // A `task_spawned` event written here is the one the host would repeat next.
  if (type === "task_spawned") spawn.repeatable = false;
  rows.push(TYPE_CODES.get(type) ?? stringify(type), number(t), taskToken(task), 0);
  const countAt = rows.length - 1;
  let count = 0;
  for (const key in fields) {
    if (HEADER.has(key)) continue;
    const value: unknown = (fields as Record<string, unknown>)[key];
    // What JSON leaves out of an object.
    if (value === undefined || typeof value === "function" || typeof value === "symbol") continue;
    rows.push(FIELD_CODES.get(key) ?? stringify(key), valueToken(key, value));
    count += 1;
  }
  rows[countAt] = count;
  written();
}

function written(): void {
  seq += 1;
  rowCount += 1;
  if (rowCount >= BATCH) flushEvents();
}

/** Records a printed line, enforcing the output cap. */
export function recordOutput(text: string, position?: { line: number; column: number }): void {
  outputBytes += text.length + 1;
  if (outputBytes > config.outputLimitBytes) {
    throw new Halt(
      "output-limit",
      `The program printed more than ${formatBytes(config.outputLimitBytes)} of output; the run was stopped.`,
      undefined,
      config.outputLimitBytes,
    );
  }
  record("stdout", { text, ...position });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${bytes / (1 << 20)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

/** Sends the pending batch: `[firstSeq, newStrings, ...rows]` (a `TraceBatch`). */
export function flushEvents(): void {
  if (pendingStep) writePendingStep();
  if (rowCount === 0) return;
  const batch = `[${batchSeq},${stringify(newStrings)},${apply(join, rows, [","])}]`;
  newStrings = [];
  rows = [];
  rowCount = 0;
  pairRepeatable = false;
  spawn.repeatable = false;
  batchSeq = seq;
  host.flush(batch);
}
