/**
 * The pieces an assignment link's page is put together from. A link's exercises are only known
 * in the browser (the assignment travels in the URL's fragment), so the site builds every
 * exercise once per combination of options — `assignments/parts/<slug>/<options>/`, a bare page
 * holding just that exercise's playground — and the link page fetches the ones it needs. A part
 * built with hints or solutions off holds none: the page never fetches what is turned off.
 */

import type { Assignment } from "./assignment.ts";
import { assignmentLang, langPrefix } from "./route.ts";

/** What an exercise's part offers. Predict exercises have no Solution button. */
export interface PartOptions {
  hints: boolean;
  solutions: boolean;
}

/** The kinds of exercise, as far as the parts are concerned. */
export type PartKind = "predict" | "code";

/** `hints-solutions`, `hints`, `solutions` or `plain`: a part's folder name. */
export function partName(kind: PartKind, { hints, solutions }: PartOptions): string {
  const offered = [hints ? "hints" : null, solutions && kind === "code" ? "solutions" : null].filter(
    (name) => name !== null,
  );
  return offered.length === 0 ? "plain" : offered.join("-");
}

/** Every part the site builds for an exercise of `kind`. */
export function partVariants(kind: PartKind): PartOptions[] {
  const all = [true, false].flatMap((hints) => [true, false].map((solutions) => ({ hints, solutions })));
  return kind === "code" ? all : all.filter((options) => !options.solutions);
}

/**
 * The part of `slug` with the assignment's options, in the assignment's language, relative to
 * the site's base.
 */
export function partPath(slug: string, kind: PartKind, assignment: Assignment): string {
  return `${langPrefix(assignmentLang(assignment))}assignments/parts/${slug}/${partName(kind, assignment)}/`;
}
