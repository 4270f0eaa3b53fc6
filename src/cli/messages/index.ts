/** The CLI's message catalogs, one per course language. */

import type { Lang } from "../../i18n/lang.ts";
import type { CliMessages } from "./catalog.ts";
import { en } from "./en.ts";
import { ko } from "./ko.ts";

/** Every catalog by language: a language of `LANGS` without a catalog is a type error. */
export const CLI_CATALOGS: Record<Lang, CliMessages> = { en, ko };

/** The CLI's messages in `lang`. */
export function cliMessages(lang: Lang): CliMessages {
  return CLI_CATALOGS[lang];
}

export { COMMANDS, type CommandName } from "./catalog.ts";
export type {
  AssignmentFacts,
  BatchSummary,
  CliMessages,
  Differing,
  ProgressHeader,
  Totals,
} from "./catalog.ts";
