/**
 * A playground's output area: the console and (unless turned off) the timeline, which can be
 * switched between the picture and the accessible table. Built on the first run.
 */
import type { Trace } from "../../runtime/trace.ts";
import { renderConsole, renderNotice, truncationText, type RevealLine } from "./console-view.ts";
import { h } from "./dom.ts";
import { text } from "../i18n/page-lang.ts";
import type { Outcome } from "./sandbox-client.ts";
import { buildTimeline } from "./timeline-model.ts";
import { highlightInterval, renderTimeline, renderTimelineTable } from "./timeline-view.ts";

export type SubheadingTag = "h2" | "h3" | "h4" | "h5" | "h6";

/**
 * The heading level for the parts of a playground (Output, Timeline): one under the heading the
 * playground sits in — its own title, or else the last heading before it on the page — so the
 * page's outline never skips a level.
 */
export function subheadingTag(root: HTMLElement): SubheadingTag {
  const own = root.querySelector(".ll-title");
  const before = [...document.querySelectorAll("h1, h2, h3, h4, h5, h6")].filter(
    (heading) =>
      !root.contains(heading) && heading.compareDocumentPosition(root) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  const parent = own ?? before.at(-1);
  const level = parent ? Number(parent.tagName.slice(1)) : 1;
  return `h${Math.min(Math.max(level + 1, 2), 6)}` as SubheadingTag;
}

export class OutputPanel {
  readonly #host: HTMLElement;
  readonly #withTimeline: boolean;
  readonly #reveal: () => RevealLine | null;
  #asTable = false;
  #trace: Trace | null = null;
  #console: HTMLElement | null = null;
  #timeline: HTMLElement | null = null;

  readonly #heading: SubheadingTag;

  /**
   * `reveal` gives the editor-line link handler, or null when there is no editor. `heading` is
   * the level of the panel's headings (see `subheadingTag`).
   */
  constructor(
    host: HTMLElement,
    withTimeline: boolean,
    reveal: () => RevealLine | null,
    heading: SubheadingTag,
  ) {
    this.#host = host;
    this.#heading = heading;
    this.#withTimeline = withTimeline;
    this.#reveal = reveal;
  }

  #build(): { console: HTMLElement; timeline: HTMLElement | null } {
    if (!this.#console) {
      const m = text().output;
      this.#console = h("div", { class: "ll-console-box" });
      const children: Node[] = [
        h(this.#heading, { class: "ll-subhead" }, m.heading, h("small", {}, m.headingNote)),
        this.#console,
      ];
      if (this.#withTimeline) {
        const toggle = h(
          "button",
          { type: "button", class: "ll-btn ll-btn--small", "aria-pressed": "false" },
          m.asTable,
        );
        toggle.addEventListener("click", () => {
          this.#asTable = !this.#asTable;
          toggle.setAttribute("aria-pressed", String(this.#asTable));
          toggle.textContent = this.#asTable ? m.asPicture : m.asTable;
          if (this.#trace) this.#drawTimeline(this.#trace);
        });
        this.#timeline = h("div", { class: "ll-timeline-box" });
        children.push(h(this.#heading, { class: "ll-subhead" }, m.timeline, toggle), this.#timeline);
      }
      this.#host.replaceChildren(...children);
    }
    this.#host.hidden = false;
    return { console: this.#console, timeline: this.#timeline };
  }

  #drawTimeline(trace: Trace): void {
    const box = this.#timeline;
    if (!box) return;
    const model = buildTimeline(trace);
    const reveal = this.#reveal();
    if (this.#asTable) renderTimelineTable(box, model, reveal ? (line) => reveal(line) : null);
    else renderTimeline(box, model);
    const truncated = trace.events.find((event) => (event.type as string) === "truncated");
    if (truncated) box.prepend(h("p", { class: "ll-tl-truncated" }, truncationText(truncated)));
  }

  /** Highlights a check's interval on the timeline picture (see `highlightInterval`). */
  highlight(fromSeq: number): boolean {
    return !this.#asTable && this.#timeline !== null && highlightInterval(this.#timeline, fromSeq);
  }

  /** Shows a run's console and timeline. */
  showTrace(trace: Trace): void {
    this.#trace = trace;
    const { console } = this.#build();
    renderConsole(console, trace, this.#reveal());
    this.#drawTimeline(trace);
  }

  /** Says, in the console's place, that the lines printed before a Stop are being collected. */
  showCollecting(): void {
    const { console } = this.#build();
    const m = text().output;
    renderNotice(console, m.stopped, m.collecting, false);
  }

  /**
   * Shows the replay of a stopped run: what it printed before the Stop, and the Stop itself in
   * place of the replay's own time-out.
   */
  showStopped(trace: Trace, seconds: string): void {
    const printed: Trace = { ...trace, ok: false, error: null };
    this.showTrace(printed);
    const notice = document.createElement("div");
    const m = text().output;
    renderNotice(notice, m.stopped, m.stoppedAfter(seconds), false);
    this.#console?.querySelector(".ll-summary")?.before(...notice.childNodes);
  }

  /**
   * Explains a request that produced no trace; returns the status line to show. A `stopped`
   * outcome means the Stop button or a newer Run elsewhere on the page ended it.
   */
  showProblem(outcome: Exclude<Outcome, { type: "ran" } | { type: "graded" }>): string {
    const { console } = this.#build();
    this.#trace = null;
    this.#timeline?.replaceChildren();
    const m = text().output;
    if (outcome.type === "stopped") {
      renderNotice(console, m.stopped, m.stoppedBefore, false);
      return m.statusStopped;
    }
    if (outcome.type === "unresponsive") {
      renderNotice(console, m.tooLongTitle, m.tooLong((outcome.budgetMs / 1000).toFixed(1)));
      return m.statusTooLong;
    }
    renderNotice(console, m.sandboxFailedTitle, `${outcome.error.name}: ${outcome.error.message}`);
    return m.statusSandboxFailed;
  }
}
