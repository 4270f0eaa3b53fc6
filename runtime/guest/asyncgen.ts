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

interface AsyncGen {
  next(value?: unknown): Coroutine<IteratorResult<unknown>>;
  throw(error: unknown): Coroutine<IteratorResult<unknown>>;
  return(value?: unknown): Coroutine<IteratorResult<unknown>>;
  [Symbol.asyncIterator](): AsyncGen;
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
  const gen = generator.apply(thisArg, args ? Array.from(args) : []);
  let running = false;

  function* drive(verb: Verb, value: unknown): Generator<unknown, IteratorResult<unknown>, unknown> {
    if (running) throw new RuntimeError("anext(): asynchronous generator is already running");
    running = true;
    try {
      let result = gen[verb](value);
      for (;;) {
        if (!isAwaitMarker(result.value)) return { value: result.value, done: result.done ?? false };
        let resolved: unknown;
        try {
          resolved = yield result.value.v;
        } catch (error) {
          result = gen.throw(error);
          continue;
        }
        result = gen.next(resolved);
      }
    } finally {
      running = false;
    }
  }

  const agen: AsyncGen = {
    next: (value) => new Coroutine(`${name}.__anext__`, drive("next", value)),
    throw: (error) => new Coroutine(`${name}.athrow`, drive("throw", error)),
    return: (value) => new Coroutine(`${name}.aclose`, drive("return", value)),
    [Symbol.asyncIterator]: () => agen,
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
