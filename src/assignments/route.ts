/**
 * Where an assignment's page lives on the site. English pages are at the root
 * (`/assignments/<id>/`), every other language under its prefix (`/ko/assignments/<id>/`), like
 * the lessons; the link page follows the same rule. Paths are relative to the site's base.
 */

import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import type { Assignment } from "./assignment.ts";

/** The assignment's language: its `lang`, else the course's default. */
export function assignmentLang(assignment: Assignment): Lang {
  return assignment.lang ?? DEFAULT_LANG;
}

/** `""` for the default language, `"ko/"` for Korean: what goes before a page's path. */
export function langPrefix(lang: Lang): string {
  return lang === DEFAULT_LANG ? "" : `${lang}/`;
}

/** The page of an assignment file of the course: `assignments/<id>/` or `ko/assignments/<id>/`. */
export function assignmentPagePath(assignment: Assignment): string {
  return `${langPrefix(assignmentLang(assignment))}assignments/${assignment.id}/`;
}

/** The page that opens assignment links in `lang`: `assignments/link/` or `ko/assignments/link/`. */
export function linkPagePath(lang: Lang): string {
  return `${langPrefix(lang)}assignments/link/`;
}

/** The course's assignments whose pages are in `lang` (each assignment has a page in one language). */
export function assignmentsIn(assignments: readonly Assignment[], lang: Lang): Assignment[] {
  return assignments.filter((assignment) => assignmentLang(assignment) === lang);
}
