/**
 * Hardens the realm before any learner code runs, as Hardened JavaScript's `lockdown()` does:
 * the shared intrinsics and the runtime's own classes, prototypes and module namespaces are
 * frozen, so nothing the runtime depends on (`JSON`, `Array.prototype.push`, `Object.prototype`,
 * `Function.prototype`, `Task.prototype`…) can be replaced or extended by the learner's program.
 *
 * This is done by hand rather than with the `ses` package: ses 2.3's `lockdown()` fails inside
 * this QuickJS build (a TypeError in its `tameFauxDataProperty`), and evaluating ses alone costs
 * about 100 ms per fresh context, twice the whole budget of a warm run. What lockdown does that
 * matters here is below: freezing, "moderate" override taming (so `this.name = …` in an error
 * subclass and `obj.toString = …` still work on ordinary objects), and no `eval`/`Function`.
 *
 * Heavy built-ins (sorting, JSON, `repeat`, `join`…) are charged to the virtual CPU clock in
 * proportion to their size, so a single native call cannot hide work from the clock or the CPU
 * budget, and the allocating ones ask the host to check memory right away.
 */
import { cpu } from "./session.ts";

const { defineProperty, getOwnPropertyDescriptor, getPrototypeOf, freeze, isFrozen } = Object;
const ownKeys = Reflect.ownKeys;
const apply = Reflect.apply;

/** The original `JSON.stringify`, for the runtime's own use (its trace batches are not learner work). */
export const stringify = JSON.stringify;

/** Below this many counted units a built-in call is left uncharged (so the runtime's own calls stay free). */
const CHARGE_FROM = 1024;

/** Counts `units` loop iterations' worth of work and polls the host (memory, CPU budget). */
function charge(units: number): void {
  cpu.loops += Math.ceil(units);
  cpu.poll();
}

type Measure = (self: unknown, args: readonly unknown[], result: unknown) => number;

const length = (value: unknown): number =>
  typeof value === "string" || Array.isArray(value) ? value.length : 0;
/** Characters cost less than elements: 64 per counted unit (a memcpy, in CPython too). */
const chars = (n: number): number => n / 64;

/** Replaces `owner[key]` with a method that does the same and then charges its size. */
function charged(owner: object, key: string, measure: Measure): void {
  const original = (owner as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
  const wrapper = {
    [key](this: unknown, ...args: unknown[]): unknown {
      const result = apply(original, this, args);
      const units = measure(this, args, result);
      if (units >= CHARGE_FROM) charge(units);
      return result;
    },
  }[key];
  install(owner, key, original, wrapper);
}

/**
 * `charged` for a built-in that costs the characters of the string it gives (64 per unit), with
 * that measure written in: QuickJS builds every template literal with `String.prototype.concat`,
 * so this wrapper runs for each one, the runtime's own too.
 */
function chargedByResultChars(owner: object, key: string): void {
  const original = (owner as Record<string, unknown>)[key] as (...args: unknown[]) => unknown;
  const wrapper = {
    [key](this: unknown, ...args: unknown[]): unknown {
      const result = apply(original, this, args);
      // `chars(length(result)) >= CHARGE_FROM`: these built-ins give a string (or undefined).
      if (typeof result === "string" && result.length >= CHARGE_FROM * 64) charge(chars(result.length));
      return result;
    },
  }[key];
  install(owner, key, original, wrapper);
}

function install(owner: object, key: string, original: () => unknown, wrapper: () => unknown): void {
  defineProperty(wrapper, "length", { value: original.length });
  const descriptor = getOwnPropertyDescriptor(owner, key)!;
  defineProperty(owner, key, { ...descriptor, value: wrapper });
}

function chargeBuiltins(): void {
  const bySelf: Measure = (self) => length(self);
  const byResult: Measure = (_self, _args, result) => length(result);
  const bySelfChars: Measure = (self) => chars(length(String(self)));
  const sort: Measure = (self) => {
    const n = length(self);
    return n > 1 ? n * Math.log2(n) : 0;
  };
  const arrays = Array.prototype;
  charged(arrays, "sort", sort);
  for (const key of ["fill", "reverse", "indexOf", "lastIndexOf", "includes", "copyWithin"])
    charged(arrays, key, bySelf);
  for (const key of ["concat", "slice", "splice", "flat"]) charged(arrays, key, byResult);
  chargedByResultChars(arrays, "join");
  charged(Array, "from", byResult);
  const strings = String.prototype;
  for (const key of ["repeat", "padStart", "padEnd", "concat", "replace", "replaceAll"]) {
    chargedByResultChars(strings, key);
  }
  for (const key of ["split", "indexOf", "includes", "lastIndexOf"]) charged(strings, key, bySelfChars);
  chargedByResultChars(JSON, "stringify");
  charged(JSON, "parse", (_self, args) => chars(length(args[0])));
  guardJsonDepth();
}

/**
 * Python's json module raises RecursionError past about 1,000 levels of nesting. QuickJS's JSON
 * recurses in C without checking its stack, so deeply nested data would overflow the host's
 * native stack (how deep depends on the host: a worker thread, a browser…): refuse it first.
 */
const MAX_JSON_DEPTH = 1000;

function recursionError(what: string): RangeError {
  const error = new RangeError(`maximum recursion depth exceeded while ${what}`);
  // QuickJS names its own stack overflows InternalError; the runtime reports both as RecursionError.
  defineProperty(error, "name", { value: "RecursionError", writable: true, configurable: true });
  return error;
}

/** Whether `value` nests arrays or plain data objects deeper than `limit` (accessors are not followed). */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const pending: [unknown, number][] = [[value, 0]];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const [item, depth] = pending.pop()!;
    if (typeof item !== "object" || item === null || seen.has(item)) continue;
    if (depth > limit) return true;
    seen.add(item);
    if (Array.isArray(item)) {
      for (let i = 0; i < item.length; i++) pending.push([item[i], depth + 1]);
      continue;
    }
    for (const key of Object.keys(item)) {
      const descriptor = getOwnPropertyDescriptor(item, key);
      if (descriptor && "value" in descriptor) pending.push([descriptor.value, depth + 1]);
    }
  }
  return false;
}

/** The deepest bracket nesting of a JSON text (brackets inside strings don't count). */
function jsonTextDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 93 || c === 125) depth--;
  }
  return deepest;
}

function guardJsonDepth(): void {
  const stringifyOriginal = JSON.stringify;
  const parseOriginal = JSON.parse;
  const guarded = {
    stringify(this: unknown, ...args: unknown[]): unknown {
      if (nestsDeeperThan(args[0], MAX_JSON_DEPTH)) throw recursionError("encoding a JSON object");
      return apply(stringifyOriginal, this, args);
    },
    parse(this: unknown, ...args: unknown[]): unknown {
      const text = args[0];
      // Nesting deeper than the limit needs at least twice as many characters.
      if (
        typeof text === "string" &&
        text.length > 2 * MAX_JSON_DEPTH &&
        jsonTextDepth(text) > MAX_JSON_DEPTH
      ) {
        throw recursionError("decoding a JSON document");
      }
      return apply(parseOriginal, this, args);
    },
  };
  for (const key of ["stringify", "parse"] as const) {
    defineProperty(guarded[key], "length", { value: key === "stringify" ? 3 : 2 });
    defineProperty(JSON, key, { ...getOwnPropertyDescriptor(JSON, key)!, value: guarded[key] });
  }
}

/** `eval` and the Function constructors: code built from strings would escape the instrumentation. */
function refuseEvaluators(): void {
  // Plain functions, so that `new Function(…)` reaches the refusal instead of "not a constructor".
  const refuse = (what: string): (() => never) => {
    const refusal = function (): never {
      throw new EvalError(
        `${what} is not available in the sandbox: code built from strings can't be checked or timed. Write the code directly.`,
      );
    };
    defineProperty(refusal, "name", { value: what === "new Function" ? "Function" : what });
    return refusal;
  };
  const tamedEval = refuse("eval");
  defineProperty(globalThis, "eval", { value: tamedEval, writable: false, configurable: false });
  const constructors: [string, object][] = [
    ["Function", Function.prototype],
    ["GeneratorFunction", getPrototypeOf(function* () {}) as object],
    ["AsyncFunction", getPrototypeOf(async function () {}) as object],
    ["AsyncGeneratorFunction", getPrototypeOf(async function* () {}) as object],
  ];
  for (const [name, prototype] of constructors) {
    const tamed = refuse(name === "Function" ? "new Function" : name);
    defineProperty(tamed, "prototype", { value: prototype });
    defineProperty(prototype, "constructor", { value: tamed, writable: true, configurable: true });
    if (name === "Function")
      defineProperty(globalThis, "Function", { value: tamed, writable: true, configurable: true });
  }
}

/**
 * Properties that ordinary code assigns on instances (`this.name = …` in an error subclass,
 * `obj.toString = …`): frozen data properties would make those assignments throw (JavaScript's
 * "override mistake"), so they become accessors whose setter defines the property on the instance.
 */
const OVERRIDABLE = new Set<PropertyKey>([
  "constructor",
  "name",
  "message",
  "toString",
  "toLocaleString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
]);

function tameOverride(object: object, key: PropertyKey): void {
  const descriptor = getOwnPropertyDescriptor(object, key);
  if (!descriptor || !("value" in descriptor) || !descriptor.writable || !descriptor.configurable) return;
  const value: unknown = descriptor.value;
  defineProperty(object, key, {
    get(): unknown {
      return value;
    },
    set(this: unknown, next: unknown): void {
      if (this === object) {
        throw new TypeError(`Cannot assign to read only property '${String(key)}' of a built-in object`);
      }
      defineProperty(this, key, { value: next, writable: true, enumerable: true, configurable: true });
    },
    enumerable: descriptor.enumerable,
    configurable: false,
  });
}

/**
 * Freezes `root` and everything reachable from it through properties, accessors and prototypes.
 * An object already frozen counts as visited: the walk reads descriptors one key at a time, as
 * allocating them all at once (`getOwnPropertyDescriptors`) is several times slower in QuickJS.
 */
export function harden<T>(root: T): T {
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if ((typeof value !== "object" && typeof value !== "function") || value === null || isFrozen(value))
      continue;
    const object = value as object;
    const keys = ownKeys(object);
    if (keys.includes("constructor")) for (const key of OVERRIDABLE) tameOverride(object, key);
    freeze(object);
    pending.push(getPrototypeOf(object));
    for (let i = 0; i < keys.length; i++) {
      const descriptor = getOwnPropertyDescriptor(object, keys[i])!;
      if (descriptor.get || descriptor.set) pending.push(descriptor.get, descriptor.set);
      else pending.push(descriptor.value);
    }
  }
  return root;
}

/**
 * Intrinsics not reachable by name from the global object: the prototypes of generators, async
 * functions, iterators and typed arrays.
 */
function hiddenIntrinsics(): unknown[] {
  const generator = function* () {};
  const asyncGenerator = async function* () {};
  return [
    getPrototypeOf(generator),
    getPrototypeOf(generator()),
    getPrototypeOf(async function () {}),
    getPrototypeOf(asyncGenerator),
    getPrototypeOf(asyncGenerator()),
    getPrototypeOf([][Symbol.iterator]()),
    getPrototypeOf(new Map()[Symbol.iterator]()),
    getPrototypeOf(new Set()[Symbol.iterator]()),
    getPrototypeOf(""[Symbol.iterator]()),
    getPrototypeOf(/x/[Symbol.matchAll]("")),
    getPrototypeOf(Int8Array),
  ];
}

/**
 * Locks the realm down: call once, at the end of the prelude, after every global the learner
 * sees is installed. `modules` are the runtime's module namespaces (frozen with their classes).
 */
export function lockdown(modules: readonly object[]): void {
  chargeBuiltins();
  refuseEvaluators();
  const global = globalThis as Record<PropertyKey, unknown>;
  const roots: unknown[] = [...hiddenIntrinsics(), ...modules];
  for (const key of ownKeys(global)) {
    if (key === "globalThis") continue;
    const descriptor = getOwnPropertyDescriptor(global, key)!;
    roots.push("value" in descriptor ? descriptor.value : descriptor.get);
    // The global object itself stays extensible (a learner may add globals), but nothing on it
    // can be replaced: `JSON = …` or `Promise = …` fails.
    if (descriptor.configurable) {
      defineProperty(
        global,
        key,
        "value" in descriptor
          ? { ...descriptor, writable: false, configurable: false }
          : { ...descriptor, configurable: false },
      );
    }
  }
  for (const root of roots) harden(root);
}
