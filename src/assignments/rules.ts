/** What an assignment page says about the options an assignment turns off, in the page's language. */

import type { UiMessages } from "../i18n/ui/en.ts";
import type { Assignment } from "./assignment.ts";

/** The sentences about the options that are off ("Hints are turned off."). */
export function assignmentRules(assignment: Assignment, messages: UiMessages["assignment"]): string[] {
  return [
    assignment.hints ? null : messages.hintsOff,
    assignment.solutions ? null : messages.solutionsOff,
  ].filter((rule) => rule !== null);
}
