import { describe, expect, it } from "vitest";
import { TRACE_VERSION, type Trace, type TraceEvent } from "../../runtime/trace.ts";
import { outputText, truncationText } from "../../src/island/console-view.ts";
import { en } from "../../src/i18n/ui/en.ts";

const event = (seq: number, type: string, more: Partial<TraceEvent> = {}): TraceEvent =>
  ({ seq, t: seq / 10, type, task: "Task-1", ...more }) as TraceEvent;

describe("outputText", () => {
  it("gives every printed line and warning as the console shows it, top-level code labelled once", () => {
    const trace: Trace = {
      version: TRACE_VERSION,
      ok: true,
      elapsed: 1,
      error: null,
      events: [
        event(0, "stdout", { text: "before run", task: null }),
        event(1, "task_spawned"),
        event(2, "stdout", { text: "hello" }),
        event(3, "warning", { text: "never awaited", category: "RuntimeWarning" }),
      ],
    };
    expect(outputText(trace).split("\n")).toEqual([
      `[0.000] ${en.timeline.outside} before run`,
      "[0.200] Task-1 hello",
      "[0.300] Task-1 RuntimeWarning: never awaited",
    ]);
  });

  it("says where a capped trace was truncated", () => {
    const marker = event(50_000, "truncated", { task: null });
    const trace: Trace = { version: TRACE_VERSION, ok: true, elapsed: 1, error: null, events: [marker] };
    expect(truncationText(marker)).toBe("The trace was truncated after 50,000 events.");
    expect(outputText(trace)).toBe("The trace was truncated after 50,000 events.");
  });
});
