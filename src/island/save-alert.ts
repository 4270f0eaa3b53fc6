/**
 * The page's notice when progress cannot be stored (browser storage full or refused): one alert
 * for the whole page, shown while a write waits for its retry, replaced by "saved" once the retry
 * stored everything.
 */
import type { ProgressSaver, SaveState } from "../lib/progress-saver.ts";
import { h } from "./dom.ts";

let watched: ProgressSaver | null = null;

/** Shows `saver`'s failures to the learner (once per page). */
export function watchSaves(saver: ProgressSaver): void {
  if (watched === saver) return;
  watched = saver;
  let box: HTMLElement | null = null;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  const show = (state: SaveState): void => {
    clearTimeout(hideTimer);
    if (!box) {
      box = h("div", { class: "ll-save-alert not-content", role: "alert" });
      document.body.append(box);
    }
    box.hidden = false;
    box.dataset.saved = String(state.saved);
    if (state.saved) {
      box.replaceChildren(h("p", {}, "Your work is saved again."));
      hideTimer = setTimeout(() => {
        if (box) box.hidden = true;
      }, 4000);
      return;
    }
    const retry = h("button", { type: "button", class: "ll-btn ll-btn--small" }, "Try again now");
    retry.addEventListener("click", () => saver.retry());
    box.replaceChildren(
      h(
        "p",
        {},
        `Your latest work is not saved: ${state.reason}. It is kept in this page and saving is retried every few seconds; keep the page open, or free some space (for example by exporting your progress from the progress page).`,
      ),
      retry,
    );
  };
  saver.onChange(show);
}
