/**
 * A copy of a QuickJS wasm module's whole linear memory, restored with one copy: how a context
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

/** The bytes of a wasm memory at one moment, and how to put them back. */
export class MemorySnapshot {
  private readonly bytes: Uint8Array;

  private constructor(bytes: Uint8Array) {
    this.bytes = bytes;
  }

  /** Copies the memory as it is now. */
  static take(memory: WebAssembly.Memory): MemorySnapshot {
    return new MemorySnapshot(new Uint8Array(memory.buffer).slice());
  }

  /** The size of the copy, in bytes. */
  get byteLength(): number {
    return this.bytes.byteLength;
  }

  /**
   * Makes the memory byte-identical to the snapshot: the copied part is written back, and what the
   * memory grew by since (a memory cannot shrink) is zeroed, as it was when it was first grown.
   */
  restore(memory: WebAssembly.Memory): void {
    const heap = new Uint8Array(memory.buffer);
    heap.set(this.bytes);
    if (heap.byteLength > this.bytes.byteLength) heap.fill(0, this.bytes.byteLength);
  }
}
