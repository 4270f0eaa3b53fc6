/**
 * How values print: Python's `str()` at the top level and `repr()` inside containers, adapted to
 * JavaScript values. Pure functions with no runtime state, shared by the guest runtime (`print`)
 * and the grader (which compares results in this form). `print([2, 6, 24])` shows `[2, 6, 24]`,
 * strings inside containers are quoted `'x'`, errors show as `Name: message` (and
 * `Name('message')` inside containers).
 */

const MAX_DEPTH = 6;

/** `str(value)`: what `print` shows for one argument. */
export function str(value: unknown): string {
  if (typeof value === "string") return value;
  if (value instanceof Error) {
    const message = value.message;
    return message ? `${value.name}: ${message}` : value.name;
  }
  return repr(value);
}

/** `repr(value)`: how a value shows inside a container. */
export function repr(value: unknown, depth = 0, seen?: Set<object>): string {
  switch (typeof value) {
    case "string":
      return quote(value);
    case "number":
      return formatNumber(value);
    case "bigint":
      return value.toString();
    case "boolean":
      return value ? "true" : "false";
    case "undefined":
      return "undefined";
    case "symbol":
      return value.toString();
    case "function":
      return `<function ${value.name || "<anonymous>"}>`;
  }
  if (value === null) return "null";
  const object = value as object;
  if (seen?.has(object)) return Array.isArray(object) ? "[...]" : "{...}";
  if (depth >= MAX_DEPTH) return Array.isArray(object) ? "[...]" : "{...}";
  if (object instanceof Error) {
    return `${object.name}(${object.message ? quote(object.message) : ""})`;
  }
  const custom = customString(object);
  if (custom !== undefined) return custom;
  // The objects being printed, made only for an object that contains others.
  const visiting = seen ?? new Set<object>();
  visiting.add(object);
  try {
    const inner = (item: unknown) => repr(item, depth + 1, visiting);
    if (Array.isArray(object)) return `[${object.map(inner).join(", ")}]`;
    if (object instanceof Set) {
      return object.size === 0 ? "set()" : `{${[...object].map(inner).join(", ")}}`;
    }
    if (object instanceof Map) {
      return `{${[...object].map(([k, v]) => `${inner(k)}: ${inner(v)}`).join(", ")}}`;
    }
    if (object instanceof Date) return `Date(${quote(object.toISOString())})`;
    const body = Object.keys(object)
      .map((key) => `${quote(key)}: ${inner((object as Record<string, unknown>)[key])}`)
      .join(", ");
    const proto = Object.getPrototypeOf(object) as { constructor?: { name?: string } } | null;
    const className = proto && proto !== Object.prototype ? proto.constructor?.name : undefined;
    return className ? `${className} {${body}}` : `{${body}}`;
  } finally {
    visiting.delete(object);
  }
}

/** A class's own `toString` (like Python's `__repr__`), when it defines one. */
function customString(object: object): string | undefined {
  const toString = (object as { toString?: unknown }).toString;
  if (typeof toString !== "function" || toString === Object.prototype.toString) return undefined;
  if (toString === Array.prototype.toString) return undefined;
  if (object instanceof Set || object instanceof Map || object instanceof Date) return undefined;
  const text: unknown = toString.call(object);
  return typeof text === "string" ? text : undefined;
}

function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "nan";
  if (value === Infinity) return "inf";
  if (value === -Infinity) return "-inf";
  return String(value);
}

/** Python's quoting: single quotes unless the text contains one and no double quote. */
function quote(text: string): string {
  const useDouble = text.includes("'") && !text.includes('"');
  const q = useDouble ? '"' : "'";
  let out = q;
  for (const ch of text) {
    if (ch === q || ch === "\\") out += "\\" + ch;
    else if (ch === "\n") out += "\\n";
    else if (ch === "\t") out += "\\t";
    else if (ch === "\r") out += "\\r";
    else out += ch;
  }
  return out + q;
}
