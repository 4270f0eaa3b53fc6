/**
 * A FIFO with O(1) appends and pops at both ends, like Python's `collections.deque` as asyncio's
 * locks and queues use it (waiter lists). Removing from the middle is O(n), as in Python.
 */
export class Deque<T> implements Iterable<T> {
  private items: T[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  append(item: T): void {
    this.items.push(item);
  }

  appendleft(item: T): void {
    if (this.head > 0) this.items[--this.head] = item;
    else this.items.unshift(item);
  }

  /** Removes and returns the first item (the caller checks `length` first). */
  popleft(): T {
    if (this.head >= this.items.length) throw new RangeError("pop from an empty deque");
    const item = this.items[this.head];
    this.items[this.head] = undefined as T;
    this.head += 1;
    if (this.head > 64 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  /** Removes and returns the last item. */
  pop(): T {
    if (this.head >= this.items.length) throw new RangeError("pop from an empty deque");
    return this.items.pop() as T;
  }

  peek(): T | undefined {
    return this.head < this.items.length ? this.items[this.head] : undefined;
  }

  /** Removes the first occurrence of `item`; false if it is not there. */
  remove(item: T): boolean {
    const index = this.items.indexOf(item, this.head);
    if (index < 0) return false;
    this.items.splice(index, 1);
    return true;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }

  toArray(): T[] {
    return this.items.slice(this.head);
  }

  *[Symbol.iterator](): Iterator<T> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i];
  }
}
