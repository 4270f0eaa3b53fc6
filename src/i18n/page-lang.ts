/**
 * The language of a page: at build time from its URL (the rule Starlight routes by: English at
 * the root, Korean under `/ko/`), in the browser from `<html lang>`, which Starlight writes for
 * each locale. A page has one language for its whole life.
 *
 * In the browser a page loads only its own language's interface text: `loadPageText()` once,
 * before the first `text()` (English is always at hand; another language is its own chunk).
 */
import { DEFAULT_LANG, isLang, type Lang } from "./lang.ts";
import { langOfPath } from "./paths.ts";
import { en, type UiMessages } from "./ui/en.ts";

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

/** Each language's catalog but English, as a chunk of its own. */
const catalogs: Partial<Record<Lang, () => Promise<UiMessages>>> = {
  ko: () => import("./ui/ko.ts").then((module) => module.ko),
};

const loaded = new Map<Lang, UiMessages>([[DEFAULT_LANG, en]]);

/** Loads the interface text of the page's language (once; later calls return at once). */
export async function loadPageText(): Promise<UiMessages> {
  const lang = pageLang();
  const known = loaded.get(lang);
  if (known) return known;
  const load = catalogs[lang];
  if (!load) throw new Error(`The site has no ${lang} interface text.`);
  const messages = await load();
  loaded.set(lang, messages);
  return messages;
}

/** The interface text of the page in the browser (after `loadPageText()`). */
export function text(): UiMessages {
  const lang = pageLang();
  const messages = loaded.get(lang);
  if (!messages) throw new Error(`The ${lang} interface text is not loaded yet: await loadPageText() first.`);
  return messages;
}
