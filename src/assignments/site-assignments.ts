/**
 * The course's assignments for the site, read from `assignments/*.json` at build time and
 * validated like the CLI validates them: a broken file fails the build with every problem listed.
 */

import { CourseContentError, exerciseSlugs } from "../course/course-data.ts";
import { validateAssignment, type Assignment } from "./assignment.ts";

const files = import.meta.glob<unknown>("/assignments/*.json", { eager: true, import: "default" });

/** Ids the site's assignment pages use for themselves: the link page and the parts it loads. */
const RESERVED = ["link", "parts"];

/** Every assignment, by id; its file must be named `<id>.json`. */
export function siteAssignments(): Assignment[] {
  const slugs = exerciseSlugs();
  return Object.entries(files).map(([path, data]) => {
    const file = path.slice(1);
    const checked = validateAssignment(data, file, slugs);
    if (!checked.ok)
      throw new CourseContentError(
        `Invalid assignment:\n${checked.problems.map((p) => `  - ${p}`).join("\n")}`,
      );
    if (file !== `assignments/${checked.assignment.id}.json`) {
      throw new CourseContentError(
        `${file}: the file must be named after its id, assignments/${checked.assignment.id}.json.`,
      );
    }
    if (RESERVED.includes(checked.assignment.id)) {
      throw new CourseContentError(
        `${file}: the id "${checked.assignment.id}" is taken by the site's own /assignments/${checked.assignment.id}/ pages: choose another.`,
      );
    }
    return checked.assignment;
  });
}
