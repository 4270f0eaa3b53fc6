/** A tiny element builder for the island's views (no framework: the island must stay small). */
import { text } from "../i18n/page-lang.ts";

type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (`class`, `data-*`, `aria-*`…) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child);
  }
  return element;
}

/**
 * Makes a button ask for confirmation by changing its label on the first press, when `needed()`
 * says so (no modal dialog: it works the same by mouse, keyboard, touch and screen reader;
 * `announce` reads the question out through a live region). Leaving the button disarms it.
 */
export function confirmable(
  target: HTMLButtonElement,
  question: string,
  needed: () => boolean,
  action: () => void,
  announce: (text: string) => void = () => {},
): void {
  const label = target.textContent ?? "";
  let armed = false;
  target.addEventListener("click", () => {
    if (!needed() || armed) {
      armed = false;
      target.textContent = label;
      action();
      return;
    }
    armed = true;
    target.textContent = question;
    announce(text().playground.confirmAgain(question));
  });
  target.addEventListener("blur", () => {
    armed = false;
    target.textContent = label;
  });
}
