/**
 * The course's languages. English is the default and lives at the site's root; every other
 * language has its own path prefix (`/ko/`). The same exercise is the same exercise in every
 * language: progress, drafts and submissions are keyed by slug, never by language.
 */

/** Every language the course is written in, the default first. */
export const LANGS = ["en", "ko"] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = "en";

/** Narrows an untrusted value (a CLI flag, a page attribute, a stored setting) to a language. */
export function isLang(value: unknown): value is Lang {
  return typeof value === "string" && (LANGS as readonly string[]).includes(value);
}
