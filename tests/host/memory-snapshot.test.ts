/**
 * MemorySnapshot (runtime/host/memory-snapshot.ts): whatever is written to a memory after the
 * snapshot — in pages that held data, in pages that were zero, in pages it grew by — restoring
 * makes every byte what it was (and the grown part zero, as a fresh memory's).
 */
import { describe, expect, it } from "vitest";
import { MemorySnapshot } from "../../runtime/host/memory-snapshot.ts";

const PAGE = 65536;

/** A memory with data in a few scattered places, as a prepared context leaves it. */
function preparedMemory(): WebAssembly.Memory {
  const memory = new WebAssembly.Memory({ initial: 16, maximum: 64 });
  const heap = new Uint8Array(memory.buffer);
  heap.set([1, 2, 3], 0);
  heap.fill(7, PAGE * 3 + 100, PAGE * 5 + 10);
  heap[PAGE * 16 - 1] = 9;
  return memory;
}

describe("MemorySnapshot.restore", () => {
  it("puts back every byte, after writes anywhere and growth", () => {
    const memory = preparedMemory();
    const before = new Uint8Array(memory.buffer).slice();
    const snapshot = MemorySnapshot.take(memory);
    memory.grow(4);
    const heap = new Uint8Array(memory.buffer);
    for (let i = 0; i < heap.byteLength; i += 4093) heap[i] = (i % 251) + 1;
    heap.fill(5, PAGE * 8, PAGE * 9);
    snapshot.restore(memory);
    const after = new Uint8Array(memory.buffer);
    expect(after.subarray(0, before.byteLength)).toEqual(before);
    expect(after.subarray(before.byteLength).every((b) => b === 0)).toBe(true);
  });

  it("restores the same memory any number of times", () => {
    const memory = preparedMemory();
    const before = new Uint8Array(memory.buffer).slice();
    const snapshot = MemorySnapshot.take(memory);
    for (let round = 1; round <= 3; round++) {
      new Uint8Array(memory.buffer).fill(round);
      snapshot.restore(memory);
      expect(new Uint8Array(memory.buffer)).toEqual(before);
    }
  });

  it("keeps the size of the memory it was taken of", () => {
    expect(MemorySnapshot.take(preparedMemory()).byteLength).toBe(16 * PAGE);
  });
});
