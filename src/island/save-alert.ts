/**
 * The page's notice when progress cannot be stored (browser storage full or refused): one alert
 * for the whole page, shown while a write waits for its retry, replaced by "saved" once the retry
 * stored everything.
 */
import type { ProgressSaver, SaveState } from "../progress/progress-saver.ts";
import { h } from "./dom.ts";
import { text } from "../i18n/page-lang.ts";

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
    const m = text().saveAlert;
    if (state.saved) {
      box.replaceChildren(h("p", {}, m.savedAgain));
      hideTimer = setTimeout(() => {
        if (box) box.hidden = true;
      }, 4000);
      return;
    }
    const retry = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.retry);
    retry.addEventListener("click", () => saver.retry());
    box.replaceChildren(h("p", {}, m.notSaved(state.full ? m.full : m.refused)), retry);
  };
  saver.onChange(show);
}
