/**
 * A copy of a QuickJS wasm module's whole linear memory, restored in one pass: how a context
 * that was prepared once (prelude evaluated, realm hardened) starts every run pristine.
 *
 * Why a copy of the memory is the whole state: between two calls into the module, everything the
 * QuickJS runtime and context hold lives in linear memory — the heap, the allocator's own
 * bookkeeping and its break pointer, the C library's statics. The module's only mutable wasm
 * global that changes is the stack pointer, and every call that returns normally leaves it where
 * it was (a call that traps does not: the sandbox replaces the module then). The JavaScript side
 * of quickjs-emscripten keeps only what was created before the snapshot (the runtime, the context,
 * the bridge's host functions, the control object's handle), all still valid after a restore.
 */

/** The page size the snapshot works in (a wasm page). */
const PAGE = 65536;

/** A run of consecutive pages that are not all zero, and their bytes. */
interface Extent {
  offset: number;
  bytes: Uint8Array;
}

/**
 * The bytes of a wasm memory at one moment, and how to put them back. Only the pages that hold
 * something are kept (a prepared context's 16 MB memory is mostly zeros): restoring writes those
 * back and zeroes the rest, which is several times faster than copying all of it.
 */
export class MemorySnapshot {
  private readonly extents: Extent[];
  /** The size of the memory the snapshot was taken of, in bytes. */
  readonly byteLength: number;

  private constructor(extents: Extent[], byteLength: number) {
    this.extents = extents;
    this.byteLength = byteLength;
  }

  /** Copies the memory as it is now. */
  static take(memory: WebAssembly.Memory): MemorySnapshot {
    const heap = new Uint8Array(memory.buffer);
    const words = new Uint32Array(memory.buffer);
    const extents: Extent[] = [];
    let start = -1;
    for (let page = 0; page <= heap.byteLength; page += PAGE) {
      const used = page < heap.byteLength && !isZero(words, page / 4, (page + PAGE) / 4);
      if (used && start < 0) start = page;
      if (!used && start >= 0) {
        extents.push({ offset: start, bytes: heap.slice(start, page) });
        start = -1;
      }
    }
    return new MemorySnapshot(extents, heap.byteLength);
  }

  /**
   * Makes the memory byte-identical to the snapshot: the kept pages are written back, every other
   * byte is zeroed, including what the memory grew by since (a memory cannot shrink), as it was
   * when it was first grown.
   */
  restore(memory: WebAssembly.Memory): void {
    const heap = new Uint8Array(memory.buffer);
    let end = 0;
    for (const { offset, bytes } of this.extents) {
      heap.fill(0, end, offset);
      heap.set(bytes, offset);
      end = offset + bytes.byteLength;
    }
    heap.fill(0, end);
  }
}

function isZero(words: Uint32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (words[i] !== 0) return false;
  return true;
}
