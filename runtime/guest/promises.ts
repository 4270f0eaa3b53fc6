/**
 * Tracks whether the program ever created a native Promise. QuickJS runs promise jobs only when
 * the host asks, and asking after every callback costs a host call; programs that never touch a
 * Promise (most asyncio programs) skip it.
 */
export const promises = { used: false };

/** Replaces the global `Promise` with a subclass that notes its first use. */
export function trackPromises(): void {
  const NativePromise = Promise;
  class TrackedPromise<T> extends NativePromise<T> {
    constructor(
      executor: (resolve: (value: T | PromiseLike<T>) => void, reject: (reason?: unknown) => void) => void,
    ) {
      promises.used = true;
      super(executor);
    }
  }
  Object.defineProperty(TrackedPromise, "name", { value: "Promise" });
  (globalThis as { Promise: PromiseConstructor }).Promise = TrackedPromise as unknown as PromiseConstructor;
}
