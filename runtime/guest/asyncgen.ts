/**
 * Async generators and `for await`, mirroring CPython's async generator objects (`agen.__anext__()`
 * returns an awaitable). TypeScript compiles `async function*` to `__asyncGenerator(...)` whose
 * inner generator yields `__await(x)` to await `x` and plain values to produce them; here each
 * `next()` is a coroutine that drives the inner generator through the awaits.
 */
import { __await } from "tslib";
import { Coroutine } from "./coroutines.ts";
import { RuntimeError } from "./exceptions.ts";

type Verb = "next" | "throw" | "return";

/** An async generator object; `return()` is Python's `aclose()`. */
export interface AsyncGen {
  next(value?: unknown): Coroutine<IteratorResult<unknown>>;
  throw(error: unknown): Coroutine<IteratorResult<unknown>>;
  return(value?: unknown): Coroutine<IteratorResult<unknown>>;
  [Symbol.asyncIterator](): AsyncGen;
  toString(): string;
}

/**
 * CPython's `sys.set_asyncgen_hooks`, which a running loop installs: `firstiter` when a generator
 * is first iterated, so the loop can close it at shutdown; `finished` when it ends by itself.
 * CPython forgets a generator when it is garbage-collected (its `finalizer` hook); here a finished
 * one is forgotten at once, and one left suspended stays until `shutdownAsyncgens()` closes it.
 */
export interface AsyncgenHooks {
  firstiter(agen: AsyncGen): void;
  finished(agen: AsyncGen): void;
}

let hooks: AsyncgenHooks | null = null;

/** Installs `next` as the hooks of generators first iterated from now on; returns the previous ones. */
export function setAsyncgenHooks(next: AsyncgenHooks | null): AsyncgenHooks | null {
  const previous = hooks;
  hooks = next;
  return previous;
}

function isAwaitMarker(value: unknown): value is { v: unknown } {
  return value instanceof (__await as unknown as new (v: unknown) => { v: unknown });
}

export function __asyncGenerator(
  thisArg: unknown,
  args: ArrayLike<unknown> | undefined,
  generator: (...args: unknown[]) => Generator<unknown, unknown, unknown>,
  name = generator.name.replace(/_\d+$/, "") || "<async_generator>",
): AsyncGen {
  const gen = Reflect.apply(generator, thisArg, args ?? []) as Generator<unknown, unknown, unknown>;
  let running = false;
  /** The hooks of the loop that first iterated it (CPython's `ag_hooks_inited`); null before. */
  let owner: AsyncgenHooks | null | undefined;
  let finished = false;

  function* drive(verb: Verb, value: unknown): Generator<unknown, IteratorResult<unknown>, unknown> {
    if (running) throw new RuntimeError("anext(): asynchronous generator is already running");
    if (owner === undefined) {
      owner = hooks;
      owner?.firstiter(agen);
    }
    running = true;
    let ended = false;
    try {
      let result = gen[verb](value);
      for (;;) {
        if (!isAwaitMarker(result.value)) {
          const done = result.done ?? false;
          ended = done;
          // Python's aclose() throws GeneratorExit in; a generator that answers with a value is wrong.
          if (verb === "return" && !done) {
            throw new RuntimeError("async generator ignored GeneratorExit");
          }
          return { value: result.value, done };
        }
        let resolved: unknown;
        try {
          resolved = yield result.value.v;
        } catch (error) {
          result = gen.throw(error);
          continue;
        }
        result = gen.next(resolved);
      }
    } catch (error) {
      ended = true;
      throw error;
    } finally {
      running = false;
      if (ended && !finished) {
        finished = true;
        owner?.finished(agen);
      }
    }
  }

  const agen: AsyncGen = {
    next: (value) => new Coroutine(`${name}.__anext__`, drive("next", value)),
    throw: (error) => new Coroutine(`${name}.athrow`, drive("throw", error)),
    return: (value) => new Coroutine(`${name}.aclose`, drive("return", value)),
    [Symbol.asyncIterator]: () => agen,
    toString: () => `<async_generator object ${name}>`,
  };
  return agen;
}

/** `for await (x of iterable)`: async iterables as they are, sync iterables awaiting each item. */
export function __asyncValues(iterable: unknown): unknown {
  const asyncMethod = (iterable as { [Symbol.asyncIterator]?: () => unknown })[Symbol.asyncIterator];
  if (typeof asyncMethod === "function") return asyncMethod.call(iterable);
  const iterator = (iterable as Iterable<unknown>)[Symbol.iterator]();
  function* settle(result: IteratorResult<unknown>): Generator<unknown, IteratorResult<unknown>, unknown> {
    if (result.done) return { value: result.value, done: true };
    const value: unknown = yield result.value;
    return { value, done: false };
  }
  return {
    next: (value?: unknown) => new Coroutine("__anext__", settle(iterator.next(value))),
    return: (value?: unknown) =>
      new Coroutine("aclose", settle(iterator.return ? iterator.return(value) : { value, done: true })),
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
