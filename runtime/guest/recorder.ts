/**
 * Records the trace inside the guest and streams it to the host in batches, so the
 * events printed before an infinite loop or a crash still reach the learner.
 */
import type { TraceEvent, TraceEventType } from "../trace.ts";
import { Halt } from "./exceptions.ts";
import { stringify } from "./harden.ts";
import { config, host } from "./session.ts";

const BATCH = 256;
/** Events the trace may drop past `maxEvents` (the host caps every kind but `stdout`; see protocol.ts). */
const LIFECYCLE: ReadonlySet<TraceEventType> = new Set<TraceEventType>([
  "task_spawned",
  "task_cancel_requested",
  "task_step",
  "task_blocked",
  "task_done",
  "task_cancelled",
]);

let pending: TraceEvent[] = [];
let seq = 0;
let lifecycleCount = 0;
let outputBytes = 0;
let truncatedWarned = false;

/** While above 0, task life-cycle events are not recorded (the runner's internal tasks). */
let lifecycleMuted = 0;

/** Runs `body` without recording task life-cycle events: for tasks the learner never sees. */
export function withoutLifecycle<T>(body: () => T): T {
  lifecycleMuted += 1;
  try {
    return body();
  } finally {
    lifecycleMuted -= 1;
  }
}

/** Who is running now: set by the task and executor modules, read for every event. */
export const actor: { name: string | null; now: () => number } = { name: null, now: () => 0 };

type EventFields = Omit<TraceEvent, "seq" | "t" | "type" | "task"> & { task?: string | null; t?: number };

/** Appends one event stamped with the current virtual time and actor. */
export function record(type: TraceEventType, fields: EventFields = {}): void {
  if (LIFECYCLE.has(type)) {
    if (lifecycleMuted > 0) return;
    lifecycleCount += 1;
    if (lifecycleCount > config.maxEvents) {
      if (!truncatedWarned) {
        truncatedWarned = true;
        record("truncated", {
          text: `The trace keeps only the first ${config.maxEvents} task events; later ones were not recorded.`,
        });
      }
      return;
    }
  }
  // The usual fields first, so the JSON reads in a fixed order; no spread on this hot path.
  const event: TraceEvent = {
    seq: -1,
    t: fields.t ?? actor.now(),
    type,
    task: fields.task === undefined ? actor.name : fields.task,
  };
  for (const key in fields) {
    if (key !== "t" && key !== "task") {
      (event as unknown as Record<string, unknown>)[key] = (fields as Record<string, unknown>)[key];
    }
  }
  if (interleave.capture) {
    interleave.capture(event);
    return;
  }
  interleave.releaseBefore?.(event.t);
  emit(event);
}

/**
 * Executor workers run ahead of the loop on timelines of their own (workers.ts): while a worker
 * runs, its events are captured, and they enter the trace later, in time order with the loop's.
 */
export const interleave: {
  /** While set, new events go here instead of the trace (their `seq` is not assigned yet). */
  capture: ((event: TraceEvent) => void) | null;
  /** Called before an event at time `t` enters the trace, to let earlier captured events in first. */
  releaseBefore: ((t: number) => void) | null;
} = { capture: null, releaseBefore: null };

/** Appends an event to the trace, giving it the next `seq`; bypasses capture. */
export function emit(event: TraceEvent): void {
  event.seq = seq++;
  pending.push(event);
  if (pending.length >= BATCH) flushEvents();
}

/** Records a printed line, enforcing the output cap. */
export function recordOutput(text: string, position?: { line: number; column: number }): void {
  outputBytes += text.length + 1;
  if (outputBytes > config.outputLimitBytes) {
    throw new Halt(
      "output-limit",
      `The program printed more than ${formatBytes(config.outputLimitBytes)} of output; the run was stopped.`,
    );
  }
  record("stdout", { text, ...position });
}

function formatBytes(bytes: number): string {
  if (bytes >= 1 << 20) return `${bytes / (1 << 20)} MB`;
  return bytes >= 1024 ? `${Math.round(bytes / 1024)} KB` : `${bytes} bytes`;
}

export function flushEvents(): void {
  if (pending.length === 0) return;
  const batch = pending;
  pending = [];
  host.flush(stringify(batch));
}
