/**
 * The console: every printed line with its virtual timestamp and the task that printed it,
 * warnings and the run's error styled apart, each linked to the editor line it points at.
 */
import type { Trace, TraceError } from "../../runtime/trace.ts";
import { h } from "./dom.ts";
import { formatTime } from "./timeline-model.ts";

/** Jumps to a line in the learner's code. */
export type RevealLine = (line: number, column?: number) => void;

function lineLink(
  line: number | undefined,
  column: number | undefined,
  reveal: RevealLine | null,
): Node | null {
  if (line === undefined) return null;
  const text = column !== undefined ? `line ${line}:${column}` : `line ${line}`;
  if (!reveal) return h("span", { class: "ll-where" }, text);
  const button = h(
    "button",
    { type: "button", class: "ll-where", title: "Show this line in the editor" },
    text,
  );
  button.addEventListener("click", () => reveal(line, column));
  return button;
}

const ERROR_TITLES: Record<TraceError["kind"], string> = {
  compile: "Your code does not compile",
  exception: "The program raised an exception",
  timeout: "Stopped: the program ran too long",
  "virtual-timeout": "Stopped: the program went past the virtual time limit",
  memory: "Stopped: the program used too much memory",
  stack: "Stopped: the call stack overflowed (runaway recursion?)",
  deadlock: "Stopped: deadlock — every task is waiting and nothing can wake them",
  "output-limit": "Stopped: the program printed too much",
  internal: "Stopped: the sandbox itself failed",
};

/** The run's error as a panel: what happened, where, and (for a deadlock) who waits for what. */
export function renderError(error: TraceError, reveal: RevealLine | null): HTMLElement {
  const panel = h(
    "div",
    { class: `ll-error ll-error--${error.kind}`, role: "alert" },
    h("p", { class: "ll-error-title" }, ERROR_TITLES[error.kind]),
    h(
      "p",
      { class: "ll-error-message" },
      error.kind === "exception" || error.kind === "compile"
        ? `${error.name}: ${error.message}`
        : error.message,
      " ",
      lineLink(error.line, error.column, reveal),
      error.task ? h("span", { class: "ll-task" }, ` in ${error.task}`) : null,
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
          ` waits for ${waiting.waiting} `,
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

/** Renders a run's output into `container` (replacing what was there). */
export function renderConsole(container: HTMLElement, trace: Trace, reveal: RevealLine | null): void {
  const list = h("ol", {
    class: "ll-console",
    "aria-label": "Program output, with virtual time in seconds and task",
  });
  for (const event of trace.events) {
    if (event.type !== "stdout" && event.type !== "warning") continue;
    const warning = event.type === "warning";
    list.append(
      h(
        "li",
        { class: warning ? "ll-out ll-out--warning" : "ll-out" },
        h("span", { class: "ll-t" }, `[${formatTime(event.t)}]`),
        " ",
        h("span", { class: "ll-task" }, event.task ?? "—"),
        " ",
        warning ? h("span", { class: "ll-category" }, `${event.category ?? "Warning"}: `) : null,
        h("span", { class: "ll-text" }, event.text ?? ""),
        warning ? lineLink(event.line, event.column, reveal) : null,
      ),
    );
  }
  const summary = h(
    "p",
    { class: "ll-summary" },
    trace.ok
      ? `Finished at ${formatTime(trace.elapsed)} s of virtual time.`
      : `Ended at ${formatTime(trace.elapsed)} s of virtual time.`,
  );
  const children: Node[] = [];
  if (list.childElementCount > 0) children.push(list);
  else children.push(h("p", { class: "ll-empty" }, "The program printed nothing."));
  if (trace.error) children.push(renderError(trace.error, reveal));
  children.push(summary);
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
