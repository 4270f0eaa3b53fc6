/**
 * The language of the page the island runs on, from `<html lang>` (Starlight writes it for each
 * locale), and that language's interface text. A page has one language for its whole life.
 */
import { DEFAULT_LANG, isLang, type Lang } from "../i18n/lang.ts";
import { uiMessages, type UiMessages } from "../i18n/ui/index.ts";

/** The page's language; English where there is no document (unit tests) or an unknown `lang`. */
export function pageLang(): Lang {
  if (typeof document === "undefined") return DEFAULT_LANG;
  const lang = document.documentElement.lang.split("-")[0];
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The page's interface text. */
export function text(): UiMessages {
  return uiMessages(pageLang());
}
