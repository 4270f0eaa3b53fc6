/**
 * The interface text of each language. Build-time components and the browser code both read
 * their strings from here: `uiMessages(lang).toolbar.run`.
 */
import type { Lang } from "../lang.ts";
import { en, type UiMessages } from "./en.ts";
import { ko } from "./ko.ts";

export type { UiMessages } from "./en.ts";

const catalogs: Record<Lang, UiMessages> = { en, ko };

/** The interface text in `lang`. */
export function uiMessages(lang: Lang): UiMessages {
  return catalogs[lang];
}

/** Formats a count for display in `lang` (digit grouping: `50,000`). */
export function formatCount(value: number, lang: Lang): string {
  return value.toLocaleString(lang);
}
