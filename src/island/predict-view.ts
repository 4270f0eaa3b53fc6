/**
 * The prediction editor of a predict-the-output exercise: the output lines as a list the learner
 * reorders (Move up / Move down buttons, so it works by keyboard and on a phone) and, when the
 * exercise grades times, a virtual-time field per line.
 */
import type { Prediction } from "../grader/types.ts";
import { h } from "./dom.ts";

export interface PredictionEditor {
  value(): Prediction;
  setValue(prediction: Prediction): void;
}

/** Creates the editor inside `host`, calling `onChange` after every edit. */
export function createPredictionEditor(
  host: HTMLElement,
  initial: Prediction,
  withTimes: boolean,
  onChange: (prediction: Prediction) => void,
): PredictionEditor {
  let lines = initial.lines.map((line) => ({ ...line }));
  const list = h("ol", { class: "ll-predict-list", "aria-label": "Your predicted output, first line first" });
  const instructions = h(
    "p",
    { class: "ll-predict-help" },
    withTimes
      ? "Put the lines in the order the program prints them, and write the virtual time (in seconds) at which each is printed."
      : "Put the lines in the order the program prints them.",
  );

  const move = (index: number, by: number): void => {
    const target = index + by;
    if (target < 0 || target >= lines.length) return;
    const [line] = lines.splice(index, 1);
    if (line) lines.splice(target, 0, line);
    render();
    onChange(value());
    list.querySelectorAll<HTMLButtonElement>(`[data-move="${by}"]`)[target]?.focus();
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
            "aria-label": `Move “${line.text}” up`,
          },
          "↑",
        );
        const down = h(
          "button",
          {
            type: "button",
            class: "ll-btn ll-btn--small",
            "data-move": "1",
            "aria-label": `Move “${line.text}” down`,
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
            "aria-label": `Virtual time of “${line.text}”, in seconds`,
            placeholder: "t (s)",
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
        return h(
          "li",
          { class: "ll-predict-line" },
          h("code", {}, line.text),
          time,
          h("span", { class: "ll-predict-moves" }, up, down),
        );
      }),
    );
  };

  const value = (): Prediction => ({ lines: lines.map((line) => ({ ...line })) });
  render();
  host.replaceChildren(instructions, list);
  return {
    value,
    setValue(prediction) {
      lines = prediction.lines.map((line) => ({ ...line }));
      render();
    },
  };
}
