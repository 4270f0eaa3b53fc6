/** The sentences an assignment page shows about its options (the file's page and the link's). */

import type { Assignment } from "./assignment.ts";

/** "Hints are turned off." and "Solutions are not shown.", for the options that are off. */
export function assignmentRules(assignment: Assignment): string[] {
  return [
    assignment.hints ? null : "Hints are turned off.",
    assignment.solutions ? null : "Solutions are not shown.",
  ].filter((rule) => rule !== null);
}
