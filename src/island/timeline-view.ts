/**
 * Draws the timeline model: one lane per task over virtual time, with running, waiting and
 * loop-blocking segments and the printed lines as marks. Hovering or focusing an item shows its
 * details in the caption; arrow keys move between the items of a lane, Up/Down between lanes.
 * The same model is rendered as a table for screen readers and keyboard reading.
 */
import { formatCount } from "../i18n/ui/index.ts";
import { h } from "./dom.ts";
import { pageLang, text } from "../i18n/page-lang.ts";
import { formatTime, type Lane, type TimelineModel } from "./timeline-model.ts";

const percent = (t: number, span: number): string => `${((t / span) * 100).toFixed(3)}%`;

/**
 * The most bars and marks drawn per lane, and rows in the table: a run that prints 50,000 lines
 * would otherwise build a page too heavy to use. What is left out is said, and the console's
 * download has every line.
 */
export const MAX_ITEMS = 1500;

function capped<T>(items: T[], limit: number): { shown: T[]; hidden: number } {
  return {
    shown: items.length > limit ? items.slice(0, limit) : items,
    hidden: Math.max(items.length - limit, 0),
  };
}

function niceTicks(span: number): number[] {
  const raw = span / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw) ?? raw;
  const ticks: number[] = [];
  for (let t = 0; t <= span + 1e-9; t += step) ticks.push(Number(t.toFixed(6)));
  return ticks;
}

function laneTitle(lane: Lane): string {
  return lane.coro ? `${lane.name} · ${lane.coro}` : lane.name;
}

function item(
  kind: string,
  left: number,
  width: number | null,
  span: number,
  description: string,
  seq?: number,
): HTMLElement {
  const style =
    width === null
      ? `left:${percent(left, span)}`
      : `left:${percent(left, span)};width:${percent(width, span)}`;
  return h("span", {
    class: `ll-tl-item ll-tl-${kind}`,
    role: "img",
    style,
    tabindex: -1,
    "aria-label": description,
    "data-detail": description,
    "data-seq": seq,
  });
}

/**
 * Highlights the segment a failed check points at (its interval's opening event `fromSeq`), and
 * moves focus to it so its description is read out. Returns false when the picture has none.
 */
export function highlightInterval(container: HTMLElement, fromSeq: number): boolean {
  for (const old of container.querySelectorAll(".ll-tl-item--highlight")) {
    old.classList.remove("ll-tl-item--highlight");
  }
  const target = container.querySelector<HTMLElement>(`.ll-tl-item[data-seq="${fromSeq}"]`);
  if (!target) return false;
  target.classList.add("ll-tl-item--highlight");
  target.scrollIntoView({ block: "nearest", inline: "nearest" });
  target.focus();
  return true;
}

/** Renders the picture into `container`. */
export function renderTimeline(container: HTMLElement, model: TimelineModel): void {
  const { span } = model;
  const w = text().timeline;
  const details = h("p", { class: "ll-tl-details", "aria-live": "polite" }, w.details);
  const axis = h("div", { class: "ll-tl-axis", "aria-hidden": "true" });
  for (const tick of niceTicks(span)) {
    axis.append(h("span", { class: "ll-tl-tick", style: `left:${percent(tick, span)}` }, `${tick}s`));
  }
  const lanes = h("div", { class: "ll-tl-lanes" });
  let hidden = 0;
  for (const lane of model.lanes) {
    const segments = capped(lane.segments, MAX_ITEMS);
    const marks = capped(lane.marks, MAX_ITEMS);
    hidden += segments.hidden + marks.hidden;
    const track = h("div", {
      class: "ll-tl-track",
      tabindex: 0,
      role: "group",
      "aria-label": w.laneKeys(laneTitle(lane)),
    });
    for (const blocked of model.loopBlocked) {
      if (blocked.end > blocked.start) {
        track.append(
          h("span", {
            class: "ll-tl-loopblocked",
            style: `left:${percent(blocked.start, span)};width:${percent(blocked.end - blocked.start, span)}`,
            "aria-hidden": "true",
          }),
        );
      }
    }
    for (const segment of segments.shown) {
      const where = segment.line !== undefined ? w.atLine(String(segment.line)) : "";
      const time =
        segment.end > segment.start
          ? w.span(formatTime(segment.start), formatTime(segment.end))
          : w.at(formatTime(segment.start));
      track.append(
        item(
          segment.kind,
          segment.start,
          segment.end - segment.start,
          span,
          w.segment(lane.name, segment.detail, time, where),
          segment.fromSeq,
        ),
      );
    }
    for (const mark of marks.shown) {
      const label =
        mark.kind === "stdout"
          ? w.markPrints(lane.name, mark.text)
          : mark.kind === "cancel"
            ? mark.text
            : w.markWarning(lane.name, mark.text);
      track.append(
        item(`mark ll-tl-mark--${mark.kind}`, mark.t, null, span, w.markAt(label, formatTime(mark.t))),
      );
    }
    const outcome =
      lane.outcome === "unfinished" ? w.unfinished : w.outcomes[lane.outcome](formatTime(lane.end));
    lanes.append(
      h(
        "div",
        { class: `ll-tl-lane ll-tl-lane--${lane.kind}` },
        h(
          "span",
          { class: "ll-tl-name", title: `${laneTitle(lane)} — ${outcome}` },
          lane.name,
          lane.coro ? h("span", { class: "ll-tl-coro" }, ` · ${lane.coro}`) : null,
        ),
        track,
      ),
    );
  }
  const legend = h(
    "p",
    { class: "ll-tl-legend", "aria-hidden": "true" },
    h("span", { class: "ll-tl-key ll-tl-running" }),
    w.legendRunning,
    h("span", { class: "ll-tl-key ll-tl-waiting" }),
    w.legendWaiting,
    h("span", { class: "ll-tl-key ll-tl-blocked" }),
    w.legendBlocked,
    h("span", { class: "ll-tl-key ll-tl-mark" }),
    w.legendPrint,
  );
  // The label column fits the longest lane name (within reason: longer ones wrap).
  const longest = Math.max(0, ...model.lanes.map((lane) => laneTitle(lane).length));
  const figure = h(
    "figure",
    { class: "ll-timeline", style: `--ll-lane-fit:${Math.min(Math.max(longest, 6) + 2, 26)}ch` },
    h(
      "figcaption",
      {},
      w.caption(String(model.lanes.length), formatTime(model.elapsed)),
      hidden > 0 ? w.capped(formatCount(MAX_ITEMS, pageLang())) : "",
    ),
    axis,
    lanes,
    legend,
    details,
  );

  const show = (target: EventTarget | null): void => {
    if (target instanceof HTMLElement && target.dataset.detail) details.textContent = target.dataset.detail;
  };
  figure.addEventListener("pointerover", (event) => show(event.target));
  figure.addEventListener("focusin", (event) => show(event.target));
  figure.addEventListener("keydown", (event) => {
    const target = event.target as HTMLElement;
    const track = target.closest<HTMLElement>(".ll-tl-track");
    if (!track) return;
    const items = [...track.querySelectorAll<HTMLElement>(".ll-tl-item")].sort(
      (a, b) => parseFloat(a.style.left) - parseFloat(b.style.left),
    );
    const index = items.indexOf(target);
    const tracks = [...figure.querySelectorAll<HTMLElement>(".ll-tl-track")];
    let next: HTMLElement | undefined;
    if (event.key === "ArrowRight") next = items[index + 1] ?? items[0];
    else if (event.key === "ArrowLeft") next = index <= 0 ? items.at(-1) : items[index - 1];
    else if (event.key === "Home") next = items[0];
    else if (event.key === "End") next = items.at(-1);
    else if (event.key === "ArrowDown") next = tracks[tracks.indexOf(track) + 1];
    else if (event.key === "ArrowUp") next = tracks[tracks.indexOf(track) - 1];
    if (next) {
      event.preventDefault();
      next.focus();
    }
  });
  container.replaceChildren(figure);
}

/** Renders the accessible table: every event with its time, lane and what happened. */
export function renderTimelineTable(
  container: HTMLElement,
  model: TimelineModel,
  reveal: ((line: number) => void) | null,
): void {
  const w = text().timeline;
  const lang = pageLang();
  const lineText = text().console.line;
  const body = h("tbody");
  const rows = capped(model.rows, MAX_ITEMS);
  for (const row of rows.shown) {
    let where: Node | string = "";
    if (row.line !== undefined) {
      if (reveal) {
        const line = row.line;
        const button = h("button", { type: "button", class: "ll-where" }, lineText(String(line)));
        button.addEventListener("click", () => reveal(line));
        where = button;
      } else {
        where = lineText(String(row.line));
      }
    }
    body.append(
      h(
        "tr",
        {},
        h("td", { class: "ll-t" }, formatTime(row.t)),
        h("th", { scope: "row" }, row.lane),
        h("td", {}, row.what),
        h("td", {}, where),
      ),
    );
  }
  container.replaceChildren(
    h(
      "table",
      { class: "ll-tl-table" },
      h(
        "caption",
        {},
        w.tableCaption,
        rows.hidden > 0
          ? w.tableCapped(formatCount(MAX_ITEMS, lang), formatCount(model.rows.length, lang))
          : "",
      ),
      h(
        "thead",
        {},
        h(
          "tr",
          {},
          h("th", { scope: "col" }, w.time),
          h("th", { scope: "col" }, w.task),
          h("th", { scope: "col" }, w.what),
          h("th", { scope: "col" }, w.where),
        ),
      ),
      body,
    ),
  );
}
