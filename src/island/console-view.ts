/**
 * The console: every printed line with its virtual timestamp and the task that printed it,
 * warnings and the run's error styled apart, each linked to the editor line it points at.
 *
 * A run can print a lot (50,000 lines is a few keystrokes away): the console renders the first
 * `PAGE_LINES` lines and adds more a page at a time on request; the whole output is always one
 * click away as a text file.
 */
import type { Trace, TraceError, TraceEvent } from "../../runtime/trace.ts";
import { messagesFor } from "../grader/messages/index.ts";
import type { Lang } from "../i18n/lang.ts";
import { downloadText } from "../progress/download.ts";
import { formatCount } from "../i18n/ui/index.ts";
import { h } from "./dom.ts";
import { pageLang, text } from "../i18n/page-lang.ts";
import { formatTime } from "./timeline-model.ts";

/** How many lines the console renders at first, and adds per "Show more". */
export const PAGE_LINES = 1000;

/** Jumps to a line in the learner's code. */
export type RevealLine = (line: number, column?: number) => void;

function lineLink(
  line: number | undefined,
  column: number | undefined,
  reveal: RevealLine | null,
): Node | null {
  if (line === undefined) return null;
  const m = text().console;
  const label = m.line(column !== undefined ? `${line}:${column}` : `${line}`);
  if (!reveal) return h("span", { class: "ll-where" }, label);
  const button = h("button", { type: "button", class: "ll-where", title: m.showLine }, label);
  button.addEventListener("click", () => reveal(line, column));
  return button;
}

/** What each kind of error is called; a kind this site does not know yet gets a plain title. */
function errorTitle(kind: string): string {
  const { errorTitles, runFailed } = text().console;
  return Object.hasOwn(errorTitles, kind) ? errorTitles[kind as keyof typeof errorTitles] : runFailed;
}

/** The lane name of what ran outside any task. */
function taskName(task: string | null | undefined): string {
  return task ?? text().timeline.outside;
}

/**
 * What the error panel says happened: a compile error or exception as it was raised; a stopped
 * run in the grader's words for `lang` (the runtime's own message in English), so the panel and
 * a graded result name the same limit in the same sentence.
 */
export function errorMessage(error: TraceError, lang: Lang): string {
  return error.kind === "exception" || error.kind === "compile"
    ? `${error.name}: ${error.message}`
    : messagesFor(lang).runErrors.detail(error);
}

/** The run's error as a panel: what happened, where, and (for a deadlock) who waits for what. */
export function renderError(error: TraceError, reveal: RevealLine | null): HTMLElement {
  const m = text().console;
  const panel = h(
    "div",
    { class: `ll-error ll-error--${error.kind}`, role: "alert" },
    h("p", { class: "ll-error-title" }, errorTitle(error.kind)),
    h(
      "p",
      { class: "ll-error-message" },
      errorMessage(error, pageLang()),
      " ",
      lineLink(error.line, error.column, reveal),
      error.task ? h("span", { class: "ll-task" }, m.inTask(error.task)) : null,
    ),
  );
  if (error.waiting?.length) {
    const list = h("ul", { class: "ll-waiting" });
    for (const waiting of error.waiting) {
      list.append(
        h(
          "li",
          {},
          h("span", { class: "ll-task" }, waiting.task),
          m.waitsFor(waiting.waiting),
          lineLink(waiting.line, waiting.column, reveal),
        ),
      );
    }
    panel.append(list);
  }
  if (error.traceback?.length) {
    panel.append(h("pre", { class: "ll-traceback" }, error.traceback.join("\n")));
  }
  return panel;
}

/** The marker event a capped trace carries after its first events (trace version 2). */
function isTruncation(event: TraceEvent): boolean {
  return (event.type as string) === "truncated";
}

/** What the console says where the trace was cut short. */
export function truncationText(event: TraceEvent): string {
  const said = text().console.truncated(formatCount(event.seq, pageLang()));
  return `${said}${event.text ? `: ${event.text}` : "."}`;
}

/** The console's lines: printed output, warnings and the truncation marker. */
function consoleEvents(trace: Trace): TraceEvent[] {
  return trace.events.filter(
    (event) => event.type === "stdout" || event.type === "warning" || isTruncation(event),
  );
}

function consoleLine(event: TraceEvent, reveal: RevealLine | null): HTMLElement {
  if (isTruncation(event)) return h("li", { class: "ll-out ll-out--truncated" }, truncationText(event));
  const warning = event.type === "warning";
  const category = event.category ?? text().console.warning;
  return h(
    "li",
    { class: warning ? "ll-out ll-out--warning" : "ll-out" },
    h("span", { class: "ll-t" }, `[${formatTime(event.t)}]`),
    " ",
    h("span", { class: "ll-task" }, taskName(event.task)),
    " ",
    warning ? h("span", { class: "ll-category" }, `${category}: `) : null,
    h("span", { class: "ll-text" }, event.text ?? ""),
    warning ? lineLink(event.line, event.column, reveal) : null,
  );
}

/** The whole output as plain text, one line per printed line, as the console shows it. */
export function outputText(trace: Trace): string {
  return consoleEvents(trace)
    .map((event) =>
      isTruncation(event)
        ? truncationText(event)
        : `[${formatTime(event.t)}] ${taskName(event.task)} ${event.type === "warning" ? `${event.category ?? text().console.warning}: ` : ""}${event.text ?? ""}`,
    )
    .join("\n");
}

/** Renders a run's output into `container` (replacing what was there). */
export function renderConsole(container: HTMLElement, trace: Trace, reveal: RevealLine | null): void {
  const m = text().console;
  const lang = pageLang();
  const list = h("ol", { class: "ll-console", "aria-label": m.label });
  const lines = consoleEvents(trace);
  let shown = 0;
  const more = h("p", { class: "ll-console-more" });
  const showMore = (): void => {
    const next = lines.slice(shown, shown + PAGE_LINES);
    list.append(...next.map((event) => consoleLine(event, reveal)));
    shown += next.length;
    more.hidden = shown >= lines.length;
    if (shown < lines.length) {
      const button = h(
        "button",
        { type: "button", class: "ll-btn ll-btn--small" },
        m.showMore(formatCount(Math.min(PAGE_LINES, lines.length - shown), lang)),
      );
      button.addEventListener("click", () => {
        showMore();
        (list.children[shown - PAGE_LINES] as HTMLElement | undefined)?.scrollIntoView({ block: "nearest" });
      });
      more.replaceChildren(m.showing(formatCount(shown, lang), formatCount(lines.length, lang)), button);
    }
  };
  showMore();
  const download = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.download);
  download.addEventListener("click", () => downloadText("output.txt", `${outputText(trace)}\n`));
  const summary = h(
    "p",
    { class: "ll-summary" },
    trace.ok ? m.finished(formatTime(trace.elapsed)) : m.ended(formatTime(trace.elapsed)),
  );
  const children: Node[] = [];
  if (lines.length > 0) children.push(list, more);
  else children.push(h("p", { class: "ll-empty" }, m.printedNothing));
  if (trace.error) children.push(renderError(trace.error, reveal));
  children.push(summary);
  if (lines.length > 0) summary.append(" ", download);
  container.replaceChildren(...children);
}

/** Renders a page-side problem (the run was stopped, the worker failed) in the console's place. */
export function renderNotice(container: HTMLElement, title: string, message: string, alert = true): void {
  container.replaceChildren(
    h(
      "div",
      { class: "ll-error", role: alert ? "alert" : "status" },
      h("p", { class: "ll-error-title" }, title),
      h("p", { class: "ll-error-message" }, message),
    ),
  );
}
