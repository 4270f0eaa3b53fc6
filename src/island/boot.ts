/**
 * The only script a lesson page runs before the reader reaches a playground (keep it tiny: it is
 * part of the page's up-front JavaScript budget). It watches the playgrounds and loads the island
 * — editor, console, timeline — when one nears the viewport, and starts the sandbox worker at the
 * same time (sandbox-worker-start.ts), so that the first Run does not wait for the sandbox; then,
 * when the browser is idle, the island connects that worker to the compiler.
 *
 * A link to an exercise (`#exercise=<slug>&code=…`, see `share.ts`) mounts that exercise at once
 * and scrolls to it.
 */

import { startSandboxWorker } from "./sandbox-worker-start.ts";

const playgrounds = document.querySelectorAll<HTMLElement>("[data-playground]:not([data-mounted])");

function mountAll(targets: HTMLElement[]): void {
  // The sandbox loads in its worker meanwhile: it takes longer than the island.
  startSandboxWorker();
  void import("./island.ts").then(async (island) => {
    await island.textLoaded;
    for (const target of targets) island.mount(target);
    const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 200));
    idle(() => island.prefetchRunner());
  });
}

const linked = new URLSearchParams(window.location.hash.slice(1)).get("exercise");
const target = linked
  ? [...playgrounds].find((playground) => playground.dataset.exercise === linked)
  : undefined;

if (target) {
  target.scrollIntoView({ block: "start" });
  target.dataset.mounted = "pending";
  mountAll([target]);
}

const rest = [...playgrounds].filter((playground) => playground !== target);
if (rest.length > 0) {
  if ("IntersectionObserver" in window) {
    const observer = new IntersectionObserver(
      (entries) => {
        const near = entries
          .filter((entry) => entry.isIntersecting)
          .map((entry) => entry.target as HTMLElement);
        for (const playground of near) observer.unobserve(playground);
        if (near.length > 0) mountAll(near);
      },
      // "Nears the viewport": a few lines ahead of the reader, so the editor is ready on arrival
      // without loading (and parsing) CodeMirror for a playground the reader may never reach.
      { rootMargin: "100px 0px" },
    );
    for (const playground of rest) {
      playground.dataset.mounted = "pending";
      observer.observe(playground);
    }
  } else {
    mountAll(rest);
  }
}
