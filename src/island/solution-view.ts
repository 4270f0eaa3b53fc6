/** The reference solution, shown as a line diff against the learner's code. */
import { h } from "./dom.ts";
import { diffLines } from "./line-diff.ts";
import { text } from "../i18n/page-lang.ts";

export interface SolutionActions {
  /** Replaces the editor's code with the solution. */
  useSolution(): void;
  /** Called after the panel was hidden (to move focus back). */
  hidden(): void;
}

/** Renders the diff of `learner` against `solution` into `panel`, shows it and focuses its heading. */
export function showSolution(
  panel: HTMLElement,
  learner: string,
  solution: string,
  actions: SolutionActions,
): void {
  const m = text().solution;
  const pre = h("pre", { class: "ll-diff", "aria-label": m.diff });
  for (const line of diffLines(learner, solution)) {
    const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
    const label = line.kind === "added" ? m.onlySolution : line.kind === "removed" ? m.onlyYours : undefined;
    pre.append(
      h("span", { class: `ll-diff-line ll-diff--${line.kind}`, title: label }, `${sign} ${line.text}\n`),
    );
  }
  const use = h("button", { type: "button", class: "ll-btn" }, m.use);
  use.addEventListener("click", () => actions.useSolution());
  const close = h("button", { type: "button", class: "ll-btn" }, m.hide);
  close.addEventListener("click", () => {
    panel.hidden = true;
    actions.hidden();
  });
  const heading = h("h4", { class: "ll-subhead", tabindex: -1 }, m.heading);
  panel.replaceChildren(
    heading,
    h(
      "p",
      { class: "ll-diff-legend" },
      h("span", { class: "ll-diff--removed" }, m.legendYours),
      " ",
      h("span", { class: "ll-diff--added" }, m.legendSolution),
    ),
    pre,
    h("div", { class: "ll-toolbar" }, use, close),
  );
  panel.hidden = false;
  heading.focus();
}
