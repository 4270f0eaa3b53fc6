/** How an assignment's due date reads on its page, in the page's language. */

import type { UiMessages } from "../i18n/ui/en.ts";

/**
 * `2026-12-15` reads "Tuesday 15 December 2026"; a date and time is shown in UTC, saying so, so
 * that every student reads the same moment whatever their time zone.
 */
export function formatDue(due: string, messages: UiMessages["assignment"]): string {
  const withTime = due.includes("T");
  const text = new Intl.DateTimeFormat(messages.dateLocale, {
    dateStyle: "full",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "UTC",
  }).format(new Date(due));
  return withTime ? `${text}${messages.utc}` : text;
}
