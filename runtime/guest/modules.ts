/**
 * The modules a learner can import: `asyncio`, `time`, `concurrent.futures`, `services` (the
 * simulated network's clients) and `looplab` (the exercise's world). The compiled program's
 * `require()` resolves names here.
 */
import { asyncio } from "./asyncio.ts";
import { PyError, RuntimeError } from "./exceptions.ts";
import { concurrentFutures } from "./pools.ts";
import { services } from "./services.ts";
import { config } from "./session.ts";
import * as time from "./time.ts";

export class ModuleNotFoundError extends PyError {}

/** Python's error for `module.missing_name`: a learner's typo should not read "not a function". */
export class AttributeError extends PyError {}

/** Names JavaScript's module interop probes for; a missing one is not a learner mistake. */
const PROBED = new Set(["__esModule", "default", "then", "toJSON", "constructor", "__proto__"]);

/**
 * A module namespace: its names are its own properties, read as any property is (a program reads
 * `asyncio.sleep` at every await), and a name it lacks falls through to its prototype, a Proxy
 * that raises Python's AttributeError for it (what objects inherit, such as `toString`, still reads).
 */
function strictModule(name: string, exports: Record<string, unknown>): Record<string, unknown> {
  const missing = new Proxy(
    {},
    {
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        if (value === undefined && typeof key === "string" && !(key in target) && !PROBED.has(key)) {
          throw new AttributeError(`module '${name}' has no attribute '${key}'`);
        }
        return value;
      },
    },
  );
  return Object.assign(Object.create(missing) as Record<string, unknown>, exports);
}

const registry = new Map<string, () => Record<string, unknown>>([
  ["asyncio", () => asyncio],
  ["time", () => ({ ...time })],
  ["looplab", () => ({ world: strictWorld(deepFreeze(structuredCloneJson(config.world))) })],
  ["concurrent.futures", () => concurrentFutures],
  ["services", () => services],
]);

/**
 * The exercise's parameters. Outside an exercise the world is empty, and reading from it says so
 * instead of giving `undefined` to fail later; in an exercise a parameter a variant leaves out
 * reads as `undefined`, so `world.x ?? fallback` works.
 */
function strictWorld(world: Record<string, unknown>): Record<string, unknown> {
  if (Object.keys(world).length > 0) return world;
  return new Proxy(world, {
    get(target, key, receiver) {
      if (typeof key === "string" && !PROBED.has(key)) {
        throw new RuntimeError(
          `world.${key}: this program reads the world of an exercise, but it is not running as one. ` +
            "Run it from the exercise's page, or with `course run --exercise <slug>`.",
        );
      }
      return Reflect.get(target, key, receiver) as unknown;
    },
  });
}

const cache = new Map<string, Record<string, unknown>>();

export function require(name: string): Record<string, unknown> {
  const cached = cache.get(name);
  if (cached) return cached;
  const factory = registry.get(name);
  if (!factory) {
    const known = [...registry.keys()].map((n) => `"${n}"`).join(", ");
    throw new ModuleNotFoundError(`No module named '${name}' (available: ${known})`);
  }
  const exports = strictModule(name, { ...factory(), __esModule: true });
  cache.set(name, exports);
  return exports;
}

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}
