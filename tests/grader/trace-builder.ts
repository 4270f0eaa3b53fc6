/**
 * Hand-built traces for grader unit tests: each method appends one event the way the runtime
 * records it, so a test reads like the run it describes.
 */

import { TRACE_VERSION, type Trace, type TraceError, type TraceEvent } from "../../runtime/trace.ts";

type Extra = Partial<Omit<TraceEvent, "seq" | "t" | "type" | "task">>;

export class TraceBuilder {
  readonly events: TraceEvent[] = [];

  #push(t: number, type: TraceEvent["type"], task: string | null, extra: Extra = {}): this {
    this.events.push({ seq: this.events.length, t, type, task, ...extra });
    return this;
  }

  spawn(task: string, coro: string, t = 0, parent: string | null = null): this {
    return this.#push(t, "task_spawned", task, { coro, parent });
  }
  step(task: string, t: number): this {
    return this.#push(t, "task_step", task);
  }
  block(task: string, t: number, waiting: string): this {
    return this.#push(t, "task_blocked", task, { waiting });
  }
  print(task: string | null, t: number, text: string, line?: number): this {
    return this.#push(t, "stdout", task, line === undefined ? { text } : { text, line });
  }
  done(task: string, t: number, result = "undefined"): this {
    return this.#push(t, "task_done", task, { result });
  }
  raised(task: string, t: number, exception: string): this {
    return this.#push(t, "task_done", task, { exception });
  }
  cancelled(task: string, t: number): this {
    return this.#push(t, "task_cancelled", task);
  }
  warn(t: number, text: string, category: string, task: string | null = null): this {
    return this.#push(t, "warning", task, { text, category });
  }
  loopBlocked(
    task: string | null,
    t: number,
    duration: number,
    reason: "sleep" | "cpu",
    line?: number,
  ): this {
    return this.#push(
      t,
      "loop_blocked",
      task,
      line === undefined ? { duration, reason } : { duration, reason, line },
    );
  }
  worker(name: string, start: number, end: number): this {
    this.#push(start, "worker_start", name, { executor: "thread" });
    return this.#push(end, "worker_done", name, { executor: "thread" });
  }

  /** The trace; `elapsed` defaults to the last event's time. */
  build(elapsed?: number, error: TraceError | null = null): Trace {
    const end = elapsed ?? Math.max(0, ...this.events.map((e) => e.t));
    return { version: TRACE_VERSION, ok: error === null, elapsed: end, events: [...this.events], error };
  }
}

/**
 * The trace of the two-delays solution (delays `a` and `b` in their own tasks), as the runtime
 * records it: main spawns both, waits on them, each prints before and after its sleep.
 */
export function concurrentDelays(a: number, b: number): Trace {
  const tb = new TraceBuilder().spawn("Task-1", "main").step("Task-1", 0);
  tb.spawn("Task-2", "delay", 0, "Task-1").spawn("Task-3", "delay", 0, "Task-1");
  tb.block("Task-1", 0, "Task-2");
  tb.step("Task-2", 0).print("Task-2", 0, `sleeping for ${a} second(s)`, 4).block("Task-2", 0, `sleep(${a})`);
  tb.step("Task-3", 0).print("Task-3", 0, `sleeping for ${b} second(s)`, 4).block("Task-3", 0, `sleep(${b})`);
  const [first, second] = a <= b ? (["Task-2", "Task-3"] as const) : (["Task-3", "Task-2"] as const);
  const [d1, d2] = a <= b ? [a, b] : [b, a];
  tb.step(first, d1).print(first, d1, `finished sleeping for ${d1} second(s)`, 6).done(first, d1, String(d1));
  tb.step(second, d2)
    .print(second, d2, `finished sleeping for ${d2} second(s)`, 6)
    .done(second, d2, String(d2));
  tb.step("Task-1", d2).done("Task-1", d2, `[${a}, ${b}]`);
  return tb.build();
}

/**
 * The faked two-delays run: the main task replays the solution's lines at the solution's times
 * with sleeps, no second task at all.
 */
export function replayedDelays(a: number, b: number): Trace {
  const tb = new TraceBuilder().spawn("Task-1", "main").step("Task-1", 0);
  tb.print("Task-1", 0, `sleeping for ${a} second(s)`, 3).print(
    "Task-1",
    0,
    `sleeping for ${b} second(s)`,
    4,
  );
  const [d1, d2] = [Math.min(a, b), Math.max(a, b)];
  tb.block("Task-1", 0, `sleep(${d1})`)
    .step("Task-1", d1)
    .print("Task-1", d1, `finished sleeping for ${d1} second(s)`, 6);
  tb.block("Task-1", d1, `sleep(${d2 - d1})`)
    .step("Task-1", d2)
    .print("Task-1", d2, `finished sleeping for ${d2} second(s)`, 8);
  tb.done("Task-1", d2, `[${a}, ${b}]`);
  return tb.build();
}
