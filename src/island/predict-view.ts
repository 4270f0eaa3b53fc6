/**
 * The prediction editor of a predict-the-output exercise: the output lines as a list the learner
 * reorders (drag and drop, or the Move up / Move down buttons, so it works by keyboard and on a
 * phone) and, when the exercise grades times, a virtual-time field per line. Below it, the answer
 * gate: the real output is shown only after a pass, after three tries, or when the learner asks
 * for it and confirms, so one guess does not end the exercise.
 */
import type { ResultStatus } from "../grader/results.ts";
import type { Prediction } from "../grader/types.ts";
import { confirmable, h } from "./dom.ts";
import { text } from "../i18n/page-lang.ts";

/** How many Checks before the real output is shown anyway. */
export const TRIES_BEFORE_ANSWER = 3;

export interface PredictionEditor {
  value(): Prediction;
  setValue(prediction: Prediction): void;
  /** Decides when the real output of the program may be shown. */
  answer: AnswerGate;
}

export interface AnswerGate {
  /**
   * Records a graded Check. `show` displays the real run; it is called now if the learner passed,
   * has tried three times or asked for the answer, and later when they ask for it.
   */
  graded(status: ResultStatus, show: () => void): void;
  /** Whether the real output has been shown. */
  readonly revealed: boolean;
}

/**
 * The "Show the answer" control and the rule behind it. `alreadyPassed`: the learner passed this
 * exercise before (on this device), so the answer is no secret any more.
 */
export function createAnswerGate(alreadyPassed: boolean): { element: HTMLElement; gate: AnswerGate } {
  let tries = 0;
  let revealed = alreadyPassed;
  let show: (() => void) | null = null;
  const m = text().predict;
  const note = h("p", { class: "ll-predict-note", "aria-live": "polite" });
  const ask = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.showAnswer);
  const element = h("div", { class: "ll-predict-answer" }, note, ask);

  const update = (): void => {
    const left = TRIES_BEFORE_ANSWER - tries;
    ask.hidden = revealed;
    ask.disabled = show === null;
    note.textContent = revealed ? m.shown : show === null ? m.checkFirst : m.triesLeft(left);
  };
  const reveal = (): void => {
    revealed = true;
    show?.();
    update();
  };
  // The first press asks "Really show the answer?"; the second shows it.
  confirmable(
    ask,
    m.really,
    () => true,
    reveal,
    (said) => (note.textContent = said),
  );
  update();
  return {
    element,
    gate: {
      graded(status, showRun) {
        tries += 1;
        show = showRun;
        if (revealed || status === "pass" || tries >= TRIES_BEFORE_ANSWER) reveal();
        else update();
      },
      get revealed() {
        return revealed;
      },
    },
  };
}

/** Creates the editor inside `host`, calling `onChange` after every edit. */
export function createPredictionEditor(
  host: HTMLElement,
  initial: Prediction,
  withTimes: boolean,
  onChange: (prediction: Prediction) => void,
  options: { alreadyPassed?: boolean } = {},
): PredictionEditor {
  let lines = initial.lines.map((line) => ({ ...line }));
  const m = text().predict;
  const list = h("ol", { class: "ll-predict-list", "aria-label": m.list });
  const instructions = h("p", { class: "ll-predict-help" }, withTimes ? m.helpWithTimes : m.help);
  const { element: answerElement, gate } = createAnswerGate(options.alreadyPassed ?? false);
  /** The line being dragged, by index. */
  let dragged: number | null = null;

  /** Moves the line at `from` to position `to`, then re-renders and reports the change. */
  const place = (from: number, to: number): void => {
    if (from === to || to < 0 || to >= lines.length) return;
    const [line] = lines.splice(from, 1);
    if (line) lines.splice(to, 0, line);
    render();
    onChange(value());
  };

  const move = (index: number, by: number): void => {
    const target = index + by;
    if (target < 0 || target >= lines.length) return;
    place(index, target);
    list.querySelectorAll<HTMLButtonElement>(`[data-move="${by}"]`)[target]?.focus();
  };

  /** Drag and drop: a line dropped on another takes its place; the others shift. */
  const draggable = (item: HTMLElement, index: number): void => {
    item.draggable = true;
    item.addEventListener("dragstart", (event) => {
      dragged = index;
      item.classList.add("ll-predict-line--dragging");
      event.dataTransfer?.setData("text/plain", String(index));
      if (event.dataTransfer) event.dataTransfer.effectAllowed = "move";
    });
    item.addEventListener("dragend", () => {
      dragged = null;
      item.classList.remove("ll-predict-line--dragging");
      for (const other of list.children) other.classList.remove("ll-predict-line--target");
    });
    item.addEventListener("dragover", (event) => {
      if (dragged === null) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = "move";
      item.classList.add("ll-predict-line--target");
    });
    item.addEventListener("dragleave", () => item.classList.remove("ll-predict-line--target"));
    item.addEventListener("drop", (event) => {
      event.preventDefault();
      const from = dragged;
      dragged = null;
      if (from !== null) place(from, index);
    });
  };

  const render = (): void => {
    list.replaceChildren(
      ...lines.map((line, index) => {
        const up = h(
          "button",
          {
            type: "button",
            class: "ll-btn ll-btn--small",
            "data-move": "-1",
            "aria-label": m.moveUp(line.text),
          },
          "↑",
        );
        const down = h(
          "button",
          {
            type: "button",
            class: "ll-btn ll-btn--small",
            "data-move": "1",
            "aria-label": m.moveDown(line.text),
          },
          "↓",
        );
        up.disabled = index === 0;
        down.disabled = index === lines.length - 1;
        up.addEventListener("click", () => move(index, -1));
        down.addEventListener("click", () => move(index, 1));
        let time: HTMLInputElement | null = null;
        if (withTimes) {
          time = h("input", {
            type: "number",
            inputmode: "decimal",
            step: "any",
            min: "0",
            class: "ll-predict-time",
            "aria-label": m.timeOf(line.text),
            placeholder: m.timePlaceholder,
            value: line.t === undefined ? undefined : String(line.t),
          });
          const input = time;
          input.addEventListener("input", () => {
            const parsed = input.value.trim() === "" ? undefined : Number(input.value);
            const current = lines[index];
            if (!current) return;
            if (parsed === undefined || Number.isNaN(parsed)) delete current.t;
            else current.t = parsed;
            onChange(value());
          });
        }
        const item = h(
          "li",
          { class: "ll-predict-line" },
          h("span", { class: "ll-predict-grip", "aria-hidden": "true" }, "⠿"),
          h("code", {}, line.text),
          time,
          h("span", { class: "ll-predict-moves" }, up, down),
        );
        draggable(item, index);
        return item;
      }),
    );
  };

  const value = (): Prediction => ({ lines: lines.map((line) => ({ ...line })) });
  render();
  host.replaceChildren(instructions, list, answerElement);
  return {
    answer: gate,
    value,
    setValue(prediction) {
      lines = prediction.lines.map((line) => ({ ...line }));
      render();
    },
  };
}
