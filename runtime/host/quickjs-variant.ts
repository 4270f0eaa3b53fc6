/**
 * The QuickJS wasm build programs run in: vendor/quickjs-wasm, the C interface of the npm package
 * @jitl/quickjs-wasmfile-release-sync around a newer upstream QuickJS, compiled for speed instead
 * of size (scripts/quickjs/build.sh). It keeps that package's FFI bindings; only the wasm and its
 * Emscripten glue are ours.
 *
 * The glue is built for browsers and workers, and loads no file itself: the wasm is compiled here,
 * once per process (every module instantiates the same `WebAssembly.Module`), from a URL bundlers
 * recognise (`new URL("…", import.meta.url)` becomes the hashed asset in the site's build). In
 * Node that URL is a file, read through `process.getBuiltinModule`, so no Node import reaches the
 * browser bundle.
 */
import type {
  EmscriptenModuleLoader,
  EmscriptenModuleLoaderOptions,
  QuickJSEmscriptenModule,
  QuickJSSyncVariant,
} from "quickjs-emscripten-core";

/** Which build this is, for benchmarks' output. */
export const QUICKJS_BUILD =
  "QuickJS d73189d (2026-05-21) with quickjs-emscripten 0.32.0's interface, at -O2, vendor/quickjs-wasm";

/** Where a build's two files are: its Emscripten glue (imported) and its wasm. */
interface BuildFiles {
  glue: () => Promise<{ default: EmscriptenModuleLoader<QuickJSEmscriptenModule> }>;
  wasm: URL;
}

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

/** The variant of one build: its wasm is compiled once, and shared by every module it makes. */
function variantOf(files: BuildFiles): QuickJSSyncVariant {
  let compiled: Promise<WebAssembly.Module> | null = null;
  const wasmModule = (): Promise<WebAssembly.Module> => {
    compiled ??= compileWasm(files.wasm).catch((error: unknown) => {
      // A failed load may succeed later (a network error): the next module tries again.
      compiled = null;
      throw error;
    });
    return compiled;
  };
  /** Instantiates the Emscripten module; rejects if the wasm cannot be loaded or instantiated. */
  const loadModule = async (
    options: EmscriptenModuleLoaderOptions = {},
  ): Promise<QuickJSEmscriptenModule> => {
    const [{ default: QuickJSRaw }, wasm] = await Promise.all([files.glue(), wasmModule()]);
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
  };
  return {
    type: "sync",
    importFFI: () => import("@jitl/quickjs-wasmfile-release-sync/ffi").then((ffi) => ffi.QuickJSFFI),
    importModuleLoader: async () => loadModule,
  };
}

/** The variant `newQuickJSWASMModuleFromVariant` loads. */
export const QUICKJS_VARIANT: QuickJSSyncVariant = variantOf({
  glue: () => import("../../vendor/quickjs-wasm/emscripten-module.mjs"),
  wasm: new URL("../../vendor/quickjs-wasm/emscripten-module.wasm", import.meta.url),
});

/**
 * The variant of another build of scripts/quickjs/build.sh, in `folder` (a `file:` URL, laid out
 * as vendor/quickjs-wasm is), for benchmarks that compare builds in Node.
 */
export function quickjsVariantIn(folder: URL): QuickJSSyncVariant {
  return variantOf({
    glue: () => import(/* @vite-ignore */ new URL("emscripten-module.mjs", folder).href),
    wasm: new URL("emscripten-module.wasm", folder),
  });
}
