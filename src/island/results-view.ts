/**
 * The grading result: the badge, and every check in order with its message, the variant it
 * failed in, and a link to the line it points at.
 */
import { featuredVariant, type GradeResult } from "../grader/results.ts";
import type { IntervalPointer } from "../grader/types.ts";
import type { RevealLine } from "./console-view.ts";
import { h } from "./dom.ts";
import { text } from "../i18n/page-lang.ts";
import { formatTime } from "./timeline-model.ts";

/** What a badge can show. */
export type BadgeStatus = "pass" | "fail" | "error" | "started";

/** Shows a status on the playground's badge (`null` hides it). */
export function setBadge(badge: HTMLElement | null, status: BadgeStatus | null, everPassed = false): void {
  if (!badge) return;
  if (status === null || status === "started") {
    badge.hidden = true;
    return;
  }
  const shown = everPassed && status !== "pass" ? "pass" : status;
  badge.hidden = false;
  badge.dataset.status = shown;
  const words = text().badge;
  badge.textContent = words[shown];
  badge.setAttribute("aria-label", words.label(words[shown]));
}

/**
 * Renders the verdict and the checks list into `container`. `highlight` shows a failed check's
 * interval on the timeline (the run's picture), when the playground has one. Checks show their
 * `label` (their name in the grade's language) and variants their name in `variants` (by id).
 */
export function renderResults(
  container: HTMLElement,
  grade: GradeResult,
  reveal: RevealLine | null,
  highlight: ((interval: IntervalPointer) => void) | null = null,
  variants: Record<string, string> = {},
): void {
  const m = text().results;
  const failed = grade.checks.filter((c) => c.status !== "pass").length;
  const summary =
    grade.status === "pass"
      ? m.allPassed
      : grade.status === "fail"
        ? m.failed(String(failed), String(grade.checks.length))
        : m.notGraded;
  const list = h("ol", { class: "ll-checklist", "aria-label": m.checks });
  for (const check of grade.checks) {
    const at = check.at;
    let where: Node | null = null;
    if (at?.line !== undefined) {
      const line = at.line;
      const label = at.t !== undefined ? m.lineAt(String(line), formatTime(at.t)) : m.line(String(line));
      if (reveal) {
        where = h("button", { type: "button", class: "ll-where" }, label);
        where.addEventListener("click", () => reveal(line));
      } else {
        where = h("span", { class: "ll-where" }, label);
      }
    }
    const interval = check.interval;
    const variant = check.variant === undefined ? undefined : (variants[check.variant] ?? check.variant);
    let onTimeline: Node | null = null;
    // Only the featured variant's run is on the timeline; other variants' intervals are not there.
    if (interval !== undefined && highlight && check.variant === featuredVariant(grade)) {
      onTimeline = h("button", { type: "button", class: "ll-where" }, m.showOnTimeline);
      onTimeline.addEventListener("click", () => highlight(interval));
    }
    list.append(
      h(
        "li",
        { class: `ll-check ll-check--${check.status}` },
        h("span", { class: "ll-check-mark", "aria-hidden": "true" }, check.status === "pass" ? "✓" : "✗"),
        h("span", { class: "sr-only" }, check.status === "pass" ? m.passedPrefix : m.failedPrefix),
        h("span", { class: "ll-check-name" }, check.label ?? check.name),
        check.message || check.variant
          ? h(
              "p",
              { class: "ll-check-message" },
              check.message ?? "",
              variant && !check.message?.includes(variant)
                ? h("span", { class: "ll-variant" }, m.variant(variant))
                : null,
              where ? " " : null,
              where,
              onTimeline ? " " : null,
              onTimeline,
            )
          : null,
      ),
    );
  }
  container.replaceChildren(
    h(
      "div",
      { class: `ll-result ll-result--${grade.status}`, role: "status" },
      h("p", { class: "ll-result-summary" }, summary),
      grade.message ? h("p", { class: "ll-result-message" }, grade.message) : null,
    ),
    ...(grade.checks.length ? [list] : []),
  );
}
