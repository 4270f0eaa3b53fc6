/** The reference solution, shown as a line diff against the learner's code. */
import { h } from "./dom.ts";
import { diffLines } from "./line-diff.ts";

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
  const pre = h("pre", { class: "ll-diff", "aria-label": "Your code compared with the solution" });
  for (const line of diffLines(learner, solution)) {
    const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
    const label =
      line.kind === "added"
        ? "only in the solution"
        : line.kind === "removed"
          ? "only in your code"
          : undefined;
    pre.append(
      h("span", { class: `ll-diff-line ll-diff--${line.kind}`, title: label }, `${sign} ${line.text}\n`),
    );
  }
  const use = h("button", { type: "button", class: "ll-btn" }, "Put the solution in the editor");
  use.addEventListener("click", () => actions.useSolution());
  const close = h("button", { type: "button", class: "ll-btn" }, "Hide the solution");
  close.addEventListener("click", () => {
    panel.hidden = true;
    actions.hidden();
  });
  const heading = h("h4", { class: "ll-subhead", tabindex: -1 }, "Solution, as changes to your code");
  panel.replaceChildren(
    heading,
    h(
      "p",
      { class: "ll-diff-legend" },
      h("span", { class: "ll-diff--removed" }, "− only in your code"),
      " ",
      h("span", { class: "ll-diff--added" }, "+ only in the solution"),
    ),
    pre,
    h("div", { class: "ll-toolbar" }, use, close),
  );
  panel.hidden = false;
  heading.focus();
}
