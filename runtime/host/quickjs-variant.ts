/**
 * The QuickJS wasm build programs run in: vendor/quickjs-wasm, the same QuickJS and C interface
 * as the npm package @jitl/quickjs-wasmfile-release-sync, compiled for speed instead of size
 * (scripts/quickjs/build.sh). It keeps that package's FFI bindings; only the wasm and its
 * Emscripten glue are ours.
 *
 * The glue is built for browsers and workers, and loads no file itself: the wasm is compiled here,
 * once per process (every module instantiates the same `WebAssembly.Module`), from a URL bundlers
 * recognise (`new URL("…", import.meta.url)` becomes the hashed asset in the site's build). In
 * Node that URL is a file, read through `process.getBuiltinModule`, so no Node import reaches the
 * browser bundle.
 */
import type {
  EmscriptenModuleLoaderOptions,
  QuickJSEmscriptenModule,
  QuickJSSyncVariant,
} from "quickjs-emscripten-core";

/** Which build this is, for benchmarks' output. */
export const QUICKJS_BUILD = "QuickJS 2025-09-13 (quickjs-emscripten 0.32.0) at -O2, vendor/quickjs-wasm";

const WASM_URL = new URL("../../vendor/quickjs-wasm/emscripten-module.wasm", import.meta.url);

let compiled: Promise<WebAssembly.Module> | null = null;

async function compileWasm(url: URL): Promise<WebAssembly.Module> {
  if (url.protocol === "file:") {
    const fs = process.getBuiltinModule("node:fs");
    return WebAssembly.compile(await fs.promises.readFile(url));
  }
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`the QuickJS wasm could not be loaded: ${response.status} ${url.href}`);
  // Streaming compiles while downloading, but needs the server to say it is wasm.
  if (response.headers.get("content-type")?.startsWith("application/wasm"))
    return WebAssembly.compileStreaming(response);
  return WebAssembly.compile(await response.arrayBuffer());
}

/** The compiled wasm, shared by every module of this process. */
function wasmModule(): Promise<WebAssembly.Module> {
  compiled ??= compileWasm(WASM_URL).catch((error: unknown) => {
    // A failed load may succeed later (a network error): the next module tries again.
    compiled = null;
    throw error;
  });
  return compiled;
}

/** Instantiates the Emscripten module; rejects if the wasm cannot be loaded or instantiated. */
async function loadModule(options: EmscriptenModuleLoaderOptions = {}): Promise<QuickJSEmscriptenModule> {
  const [{ default: QuickJSRaw }, wasm] = await Promise.all([
    import("../../vendor/quickjs-wasm/emscripten-module.mjs"),
    wasmModule(),
  ]);
  return new Promise((resolve, reject) => {
    QuickJSRaw({
      ...options,
      // Emscripten's glue waits for `receive` forever if this fails: the failure rejects here.
      instantiateWasm(imports, receive) {
        WebAssembly.instantiate(wasm, imports).then(receive, reject);
        return {};
      },
    }).then(resolve, reject);
  });
}

/** The variant `newQuickJSWASMModuleFromVariant` loads. */
export const QUICKJS_VARIANT: QuickJSSyncVariant = {
  type: "sync",
  importFFI: () => import("@jitl/quickjs-wasmfile-release-sync/ffi").then((ffi) => ffi.QuickJSFFI),
  importModuleLoader: async () => loadModule,
};
