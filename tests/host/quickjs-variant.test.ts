/**
 * QUICKJS_VARIANT (runtime/host/quickjs-variant.ts): the vendored QuickJS build loads in Node from
 * the file beside its glue, and every module made from the one compiled wasm is a QuickJS of its
 * own — the sandbox's spare module and memory snapshots depend on that.
 */
import { newQuickJSWASMModuleFromVariant } from "quickjs-emscripten-core";
import { describe, expect, it } from "vitest";
import { QUICKJS_VARIANT } from "../../runtime/host/quickjs-variant.ts";

/** Evaluates `code` in a new context of `module` and returns its result, dumped. */
function evaluate(
  module: Awaited<ReturnType<typeof newQuickJSWASMModuleFromVariant>>,
  code: string,
): unknown {
  const context = module.newContext();
  try {
    return context.dump(context.unwrapResult(context.evalCode(code)));
  } finally {
    context.dispose();
  }
}

describe("QUICKJS_VARIANT", () => {
  it("gives modules with separate memories, though they share one compiled wasm", async () => {
    const [first, second] = await Promise.all([
      newQuickJSWASMModuleFromVariant(QUICKJS_VARIANT),
      newQuickJSWASMModuleFromVariant(QUICKJS_VARIANT),
    ]);
    const [a, b] = [first, second].map((module) => new Uint8Array(module.getWasmMemory().buffer));
    // A byte changed in one memory is not changed in the other.
    const at = Math.min(a.byteLength, b.byteLength) - 1;
    const before = b[at];
    a[at] ^= 0xff;
    expect(b[at]).toBe(before);
    a[at] ^= 0xff;
    expect([evaluate(first, "1 + 1"), evaluate(second, "2 + 2")]).toEqual([2, 4]);
  });

  it("runs ES2023 code and keeps QuickJS's own error messages", async () => {
    const module = await newQuickJSWASMModuleFromVariant(QUICKJS_VARIANT);
    expect(evaluate(module, "try { undefined.x } catch (e) { e.message }")).toBe(
      "cannot read property 'x' of undefined",
    );
    expect(evaluate(module, "[1, 2, 3].toSorted((a, b) => b - a).join()")).toBe("3,2,1");
  });
});
