/**
 * Mirrors CPython `Lib/heapq.py` (`heappush`, `heappop`, the same sift order, so equal priorities
 * come out of a `PriorityQueue` in the same order as in Python) and Python's `<` for the values a
 * priority queue holds: numbers, strings, booleans, arrays compared element by element like
 * tuples, and objects with a `__lt__(other)` method. Anything else raises Python's `TypeError`.
 */

function typeName(value: unknown): string {
  if (value === null || value === undefined) return "NoneType";
  if (typeof value === "number") return Number.isInteger(value) ? "int" : "float";
  if (typeof value === "string") return "str";
  if (typeof value === "boolean") return "bool";
  if (typeof value === "bigint") return "int";
  if (Array.isArray(value)) return "list";
  if (typeof value === "function") return "function";
  const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
  const name = proto?.constructor?.name;
  return !name || name === "Object" ? "dict" : name;
}

type Numeric = number | bigint | boolean;

function isNumeric(value: unknown): value is Numeric {
  return typeof value === "number" || typeof value === "bigint" || typeof value === "boolean";
}

function pyEquals(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) return Number(a) === Number(b);
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => pyEquals(item, b[i]));
  }
  return a === b;
}

/** Python's `a < b` for the values above. */
export function lessThan(a: unknown, b: unknown): boolean {
  if (isNumeric(a) && isNumeric(b)) {
    return typeof a === "bigint" && typeof b === "bigint" ? a < b : Number(a) < Number(b);
  }
  if (typeof a === "string" && typeof b === "string") return a < b;
  if (Array.isArray(a) && Array.isArray(b)) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
      if (!pyEquals(a[i], b[i])) return lessThan(a[i], b[i]);
    }
    return a.length < b.length;
  }
  const lt = (a as { __lt__?: unknown } | null)?.__lt__;
  if (typeof lt === "function") return Boolean((lt as (other: unknown) => unknown).call(a, b));
  throw new TypeError(`'<' not supported between instances of '${typeName(a)}' and '${typeName(b)}'`);
}

/** Pushes `item` onto `heap`, keeping the heap invariant. */
export function heappush<T>(heap: T[], item: T): void {
  heap.push(item);
  siftdown(heap, 0, heap.length - 1);
}

/** Pops the smallest item off `heap`. */
export function heappop<T>(heap: T[]): T {
  if (heap.length === 0) throw new RangeError("index out of range");
  const last = heap.pop() as T;
  if (heap.length > 0) {
    const top = heap[0];
    heap[0] = last;
    siftup(heap, 0);
    return top;
  }
  return last;
}

function siftdown<T>(heap: T[], startpos: number, pos: number): void {
  const newitem = heap[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = heap[parentpos];
    if (lessThan(newitem, parent)) {
      heap[pos] = parent;
      pos = parentpos;
      continue;
    }
    break;
  }
  heap[pos] = newitem;
}

function siftup<T>(heap: T[], pos: number): void {
  const endpos = heap.length;
  const startpos = pos;
  const newitem = heap[pos];
  let childpos = 2 * pos + 1;
  while (childpos < endpos) {
    const rightpos = childpos + 1;
    if (rightpos < endpos && !lessThan(heap[childpos], heap[rightpos])) childpos = rightpos;
    heap[pos] = heap[childpos];
    pos = childpos;
    childpos = 2 * pos + 1;
  }
  heap[pos] = newitem;
  siftdown(heap, startpos, pos);
}
