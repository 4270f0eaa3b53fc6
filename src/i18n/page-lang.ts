/**
 * The language of a page: at build time from its URL (the rule Starlight routes by: English at
 * the root, Korean under `/ko/`), in the browser from `<html lang>`, which Starlight writes for
 * each locale. A page has one language for its whole life.
 */
import { DEFAULT_LANG, isLang, type Lang } from "./lang.ts";
import { langOfPath } from "./paths.ts";
import { uiMessages, type UiMessages } from "./ui/index.ts";

/** The language of the page at `url` (the site's base path is not part of the language). */
export function langOfUrl(url: URL): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const path = url.pathname.startsWith(base) ? url.pathname.slice(base.length) : url.pathname;
  return langOfPath(path);
}

/** The language of the page in the browser; English where there is no document (unit tests). */
export function pageLang(): Lang {
  if (typeof document === "undefined") return DEFAULT_LANG;
  const lang = document.documentElement.lang.split("-")[0];
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The interface text of the page in the browser. */
export function text(): UiMessages {
  return uiMessages(pageLang());
}
