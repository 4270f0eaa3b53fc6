/**
 * Where each language's pages live: English at the site's root, every other language under its
 * own prefix (`/ko/lessons/01-why-async/` is the Korean twin of `/lessons/01-why-async/`).
 * Paths here are site-relative, without the base (`lessons/01-why-async/`).
 */
import { DEFAULT_LANG, LANGS, type Lang } from "./lang.ts";

/** The language of a site-relative path (`ko/progress/` → `ko`, `progress/` → `en`). */
export function langOfPath(path: string): Lang {
  const first = path.replace(/^\//, "").split("/")[0];
  return LANGS.find((lang) => lang !== DEFAULT_LANG && lang === first) ?? DEFAULT_LANG;
}

/** A site-relative path with its language prefix removed (`ko/progress/` → `progress/`). */
export function pathWithoutLang(path: string): string {
  const bare = path.replace(/^\//, "");
  const lang = langOfPath(bare);
  if (lang === DEFAULT_LANG) return bare;
  return bare === lang ? "" : bare.slice(lang.length + 1);
}

/** The same page in another language (`lessons/01-why-async/`, `ko` → `ko/lessons/01-why-async/`). */
export function pathInLang(path: string, lang: Lang): string {
  const bare = pathWithoutLang(path);
  return lang === DEFAULT_LANG ? bare : `${lang}/${bare}`;
}
