/**
 * The page's side of the language worker: one worker for every editor of the page, started on
 * first use. Requests are Comlink calls; the worker answers them in the order they were sent, so
 * a file update always lands before the request that follows it.
 */
import { wrap, type Remote } from "comlink";
import type { LanguageService } from "../../worker/language-service.ts";
import { text } from "../../i18n/page-lang.ts";

let service: Remote<LanguageService> | null = null;
let failure: string | null = null;
const failureListeners = new Set<(message: string) => void>();

/** The language service, started on the first call. */
export function languageService(): Remote<LanguageService> {
  if (!service) {
    const worker = new Worker(new URL("../../worker/language-worker.ts", import.meta.url), {
      type: "module",
      name: "looplab-language",
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      failure = event.message || text().language.workerFailed;
      for (const listener of failureListeners) listener(failure);
    });
    service = wrap<LanguageService>(worker);
    void service.initialize();
  }
  return service;
}

/** Calls `listener` if the worker fails to start (at once if it already has). */
export function onFailure(listener: (message: string) => void): () => void {
  if (failure !== null) listener(failure);
  failureListeners.add(listener);
  return () => failureListeners.delete(listener);
}
