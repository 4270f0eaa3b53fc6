/**
 * The compiler worker: TypeScript's compiler for the page's sandbox workers, on a thread of its
 * own. Loading the compiler (a large chunk to parse and evaluate) and its first, cold compile
 * then never hold up a sandbox worker, so the page can load it early — right after the sandbox —
 * without delaying the Run of an unedited example. It outlives the sandbox workers the page
 * terminates to stop a run, and so do the loaded compiler and its recent compilations.
 *
 * One compilation at a time: a compile is synchronous, and its source size is bounded.
 */
import type { CompileCache } from "../../runtime/compile/compile-cache.ts";
import type { CompileRequest, CompileResponse, CompilerControl } from "./compiler-protocol.ts";
import { typescriptLocale } from "./typescript-locale.ts";

let compiler: Promise<CompileCache> | null = null;

/** The compiler, loaded on first use and warmed up once loaded. */
function loadCompiler(): Promise<CompileCache> {
  compiler ??= import("../../runtime/compile/compile-cache.ts").then(
    ({ CompileCache, warmCompiler }) => {
      // Pays for TypeScript's cold first compile now; a compile request waiting for the load
      // is answered first (its continuation runs before this timer).
      setTimeout(warmCompiler, 0);
      return new CompileCache();
    },
    (error: unknown) => {
      // Let the next request try again (a flaky network, say) instead of failing for ever.
      compiler = null;
      throw error;
    },
  );
  return compiler;
}

async function answer(request: CompileRequest): Promise<CompileResponse> {
  try {
    const [cache, locale] = await Promise.all([
      loadCompiler(),
      request.lang && typescriptLocale(request.lang),
    ]);
    if (request.type === "load") return { id: request.id, loaded: true };
    const started = performance.now();
    const result = cache.compile(request.source, request.filename, request.maxSourceLength, locale);
    return { id: request.id, result, compileMs: performance.now() - started };
  } catch (error) {
    const { name, message } = error instanceof Error ? error : { name: "Error", message: String(error) };
    return { id: request.id, failure: { name, message } };
  }
}

self.addEventListener("message", (event: MessageEvent<CompilerControl>) => {
  const control = event.data;
  if (control.type === "warm") {
    void loadCompiler().catch(() => undefined);
    return;
  }
  const { port } = control;
  port.addEventListener("message", (message: MessageEvent<CompileRequest>) => {
    void answer(message.data).then((response) => port.postMessage(response));
  });
  port.start();
});
