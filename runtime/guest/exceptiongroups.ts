/**
 * Python 3.11's `ExceptionGroup` (PEP 654), which `TaskGroup` raises to surface several errors
 * together. Its printed form is Python's `str()`: `unhandled errors in a TaskGroup (2
 * sub-exceptions)`; the errors themselves are in `exceptions`. Python's `except* T` is
 * `eg.split(T)` or `eg.subgroup(T)` here.
 */
import { PyError, ValueError } from "./exceptions.ts";

type Matcher = (new (...args: never[]) => unknown) | ((error: unknown) => boolean);

/** An error class matches its instances; any other function is a predicate. */
function matches(matcher: Matcher, error: unknown): boolean {
  const prototype = (matcher as { prototype?: unknown }).prototype;
  if (matcher === Error || prototype instanceof Error) {
    return error instanceof (matcher as new (...args: never[]) => unknown);
  }
  return Boolean((matcher as (error: unknown) => boolean)(error));
}

export class ExceptionGroup extends PyError {
  /** The errors, in the order they happened. */
  readonly exceptions: readonly unknown[];
  /** The message without the count (Python's `eg.message`). */
  readonly groupMessage: string;

  constructor(message: string, exceptions: readonly unknown[]) {
    if (!Array.isArray(exceptions) || exceptions.length === 0) {
      throw new ValueError("second argument (exceptions) must be a non-empty sequence");
    }
    const n = exceptions.length;
    super(`${message} (${n} sub-exception${n === 1 ? "" : "s"})`);
    this.exceptions = [...exceptions];
    this.groupMessage = message;
  }

  /** A group like this one with other errors (Python's `derive`). */
  derive(exceptions: readonly unknown[]): ExceptionGroup {
    return new ExceptionGroup(this.groupMessage, exceptions);
  }

  /** The errors (searched through nested groups) that match, as a group, or null. */
  subgroup(matcher: Matcher): ExceptionGroup | null {
    return this.split(matcher)[0];
  }

  /** `[matching, rest]`: the errors that match and the others, each as a group or null. */
  split(matcher: Matcher): [ExceptionGroup | null, ExceptionGroup | null] {
    if (matches(matcher, this)) return [this, null];
    const yes: unknown[] = [];
    const no: unknown[] = [];
    for (const error of this.exceptions) {
      if (error instanceof ExceptionGroup) {
        const [a, b] = error.split(matcher);
        if (a) yes.push(a);
        if (b) no.push(b);
      } else if (matches(matcher, error)) {
        yes.push(error);
      } else {
        no.push(error);
      }
    }
    return [yes.length ? this.derive(yes) : null, no.length ? this.derive(no) : null];
  }
}
