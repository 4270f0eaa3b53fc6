import type { TraceError } from "../trace.ts";
import { learnerFrames } from "./positions.ts";
import { cpu, host } from "./session.ts";

/**
 * Mirrors CPython `asyncio/exceptions.py` plus the builtins a learner meets (`StopIteration`,
 * `RuntimeError`). Every class sets `name` so it prints as `Name: message` and survives JSON.
 */

/** Base for runtime errors whose `name` is the class name, as Python's `type(e).__name__`. */
export class PyError extends Error {
  constructor(message = "") {
    super(message);
    this.name = new.target.name;
  }
}

/** Raised by `coro.send()` when the coroutine returns; `.value` is the return value. */
export class StopIteration extends PyError {
  value: unknown;
  constructor(value?: unknown) {
    super(value === undefined ? "" : String(value));
    this.value = value;
  }
}

/** Thrown into a coroutine at its current `await` when its task is cancelled. */
export class CancelledError extends PyError {}

/** Raised when an operation exceeded its deadline (`waitFor`, `timeout`, `asCompleted`). */
export class TimeoutError extends PyError {}

/** A Future or Task was used in a state that does not allow the operation. */
export class InvalidStateError extends PyError {}

/** Python's `RuntimeError`: misuse of the loop or of a coroutine. */
export class RuntimeError extends PyError {}

/** Python's `ValueError`. */
export class ValueError extends PyError {}

/** `StreamReader.readexactly()` hit EOF before reading enough bytes. */
export class IncompleteReadError extends PyError {
  /** What was read: text, or bytes from a binary reader. */
  partial: string | Uint8Array;
  expected: number | null;
  /** `size` is how many bytes `partial` holds. */
  constructor(partial: string | Uint8Array, expected: number | null, size = partial.length) {
    super(`${size} bytes read on a total of ${expected === null ? "undefined" : expected} expected bytes`);
    this.partial = partial;
    this.expected = expected;
  }
}

/** `StreamReader.readuntil()` found no separator within the limit. */
export class LimitOverrunError extends PyError {
  consumed: number;
  constructor(message: string, consumed: number) {
    super(message);
    this.consumed = consumed;
  }
}

/** The trace error's fields that repeat a halt's message as values, for other languages. */
export type HaltFacts = Pick<TraceError, "worker" | "stuck" | "main">;

/**
 * Ends the run from inside the guest: output cap, virtual-time cap, deadlock. The host also makes
 * the next interrupt check uncatchable, so a learner's `catch` cannot swallow it.
 */
export class Halt extends Error {
  kind: "output-limit" | "virtual-timeout" | "deadlock";
  details: unknown;
  /** Where the learner's code was when the run was stopped. */
  position: { line: number; column?: number } | undefined;
  /** The cap the run went over (virtual seconds, output bytes), so any language can say it. */
  limit: number | undefined;
  /** What else the message says, as values (a worker's name, what a deadlock holds up). */
  facts: HaltFacts;
  constructor(kind: Halt["kind"], message: string, details?: unknown, limit?: number, facts: HaltFacts = {}) {
    super(message);
    this.name = "Halt";
    this.kind = kind;
    this.details = details;
    this.limit = limit;
    this.facts = facts;
    const waiting =
      kind === "deadlock" ? (details as { line?: number }[] | undefined)?.find((w) => w.line) : undefined;
    // Learner code on the stack is where it happened, unless that code is only the call to
    // `asyncio.run` below the loop: then the last `await` that ran is the better pointer.
    const frame = learnerFrames(new Error().stack, 1)[0];
    const here =
      frame && !(frame.outer && cpu.awaitLine) ? { line: frame.line, column: frame.column } : undefined;
    this.position = waiting?.line
      ? { line: waiting.line }
      : (here ?? (cpu.awaitLine ? { line: cpu.awaitLine } : undefined));
    host.halt(JSON.stringify(this.toTraceError()));
  }

  toTraceError(): TraceError {
    const names = {
      deadlock: "Deadlock",
      "output-limit": "OutputLimit",
      "virtual-timeout": "VirtualTimeout",
    };
    return {
      kind: this.kind,
      name: names[this.kind],
      message: this.message,
      ...(this.details ? { waiting: this.details as TraceError["waiting"] } : {}),
      ...(this.limit === undefined ? {} : { limit: this.limit }),
      ...this.facts,
      ...this.position,
    };
  }
}
