/**
 * The grader's message catalogs, one per course language, and the lookup the checks use.
 */

import type { Lang } from "../../i18n/lang.ts";
import type { GraderMessages } from "./catalog.ts";
import { en } from "./en.ts";
import { ko } from "./ko.ts";

/** Every catalog by language: a language of `LANGS` without a catalog is a type error. */
export const CATALOGS: Record<Lang, GraderMessages> = { en, ko };

/** The grader's messages in `lang`. */
export function messagesFor(lang: Lang): GraderMessages {
  return CATALOGS[lang];
}

export type {
  BlockReason,
  GraderMessages,
  LineShape,
  Place,
  SelectorShape,
  Span,
  WaitShape,
} from "./catalog.ts";
