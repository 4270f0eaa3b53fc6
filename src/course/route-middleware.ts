/**
 * Starlight route middleware: the course's navigation.
 *
 * - Every sidebar group of course pages (lessons, reference, teachers) lists its pages in file
 *   name order: the `NN-` prefixes of `content/lessons/` give the course order, whatever the
 *   pages' `sidebar.order` says, so a lesson added by its file name lands in its place.
 * - Each lesson link carries `data-lesson="<slug>"`, which `sidebar-progress.ts` fills in with the
 *   learner's progress.
 * - A group with no pages (a content folder still empty) is left out.
 * - Previous/Next at the end of a page stay inside its group: lesson 1 has no "previous" page
 *   (not the playground), the last lesson no "next" one (not a reference page).
 * - Every page links its twins in the other languages (`hreflang`). Starlight writes these only
 *   when the site's origin is configured (`LOOPLAB_SITE`); without it they are site-relative. A
 *   page written in one language only (a Korean page with no English original) links no twin.
 * - A page shown under `/ko/` before it is translated (Starlight's fallback: the English text)
 *   is left out of the search index, so that Korean search finds Korean pages only.
 */
import { defineRouteMiddleware, type StarlightRouteData } from "@astrojs/starlight/route-data";
import { getCollection } from "astro:content";
import { DEFAULT_LANG, LANGS, type Lang } from "../i18n/lang.ts";
import { langOfPath, pathInLang, pathWithoutLang } from "../i18n/paths.ts";

type Entry = StarlightRouteData["sidebar"][number];
type Link = Extract<Entry, { type: "link" }>;
type Group = Extract<Entry, { type: "group" }>;

/** The lesson slug of a lesson page link (`/base/lessons/01-why-async/` → `01-why-async`). */
function lessonSlugOf(href: string): string | null {
  return /\/lessons\/([^/]+)\/?$/.exec(href)?.[1] ?? null;
}

function sortByHref(entries: Entry[]): Entry[] {
  const key = (entry: Entry): string =>
    entry.type === "link" ? entry.href : (entry.entries.find((e) => e.type === "link")?.href ?? entry.label);
  return [...entries].sort((a, b) => key(a).localeCompare(key(b)));
}

/** The links of a group, in order (nested groups flattened). */
function linksOf(group: Group): Link[] {
  return group.entries.flatMap((entry) => (entry.type === "link" ? [entry] : linksOf(entry)));
}

/** Whether a group lists pages of a content folder (lessons, reference, teachers). */
function isContentGroup(group: Group): boolean {
  const links = linksOf(group);
  return links.length > 0 && links.every((link) => /\/(?:lessons|reference|teachers)\//.test(link.href));
}

/** The ids of the content pages (`lessons/01-why-async`, `ko/reference/glossary`). */
const contentIds = getCollection("docs").then(
  (entries: { id: string }[]) => new Set(entries.map((entry) => entry.id)),
);

/**
 * The languages a page exists in: all of them (an untranslated page is served in every language),
 * except for a content page written in one language only.
 */
async function languagesOf(route: StarlightRouteData): Promise<readonly Lang[]> {
  const { id } = route.entry;
  const lang = langOfPath(id);
  const ids = await contentIds;
  if (lang === DEFAULT_LANG || !ids.has(id) || ids.has(pathWithoutLang(id))) return LANGS;
  return [lang];
}

/** `hreflang` links to a page and its existing twins (Starlight's, with a site origin, or ours). */
async function linkTwins(route: StarlightRouteData, pathname: string): Promise<void> {
  const langs = await languagesOf(route);
  const isAlternate = (tag: StarlightRouteData["head"][number]): boolean =>
    tag.tag === "link" && tag.attrs?.rel === "alternate" && typeof tag.attrs.hreflang === "string";
  if (route.head.some(isAlternate)) {
    route.head = route.head.filter((tag) => {
      if (!isAlternate(tag)) return true;
      const hreflang = String(tag.attrs?.hreflang);
      return hreflang === "x-default" ? langs.includes(DEFAULT_LANG) : (langs as string[]).includes(hreflang);
    });
    return;
  }
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, "");
  const link = (hreflang: string, href: string) => ({
    tag: "link" as const,
    attrs: { rel: "alternate", hreflang, href },
    content: "",
  });
  for (const lang of langs) route.head.push(link(lang, `${base}${pathInLang(path, lang)}`));
  if (langs.includes(DEFAULT_LANG))
    route.head.push(link("x-default", `${base}${pathInLang(path, DEFAULT_LANG)}`));
}

export const onRequest = defineRouteMiddleware(async (context) => {
  // Starlight declares `locals.starlightRoute` in a global type file this project does not load.
  const route = (context.locals as { starlightRoute: StarlightRouteData }).starlightRoute;
  await linkTwins(route, context.url.pathname);
  if (route.isFallback) route.entry.data.pagefind = false;
  // A content folder with no pages yet shows no empty group.
  route.sidebar = route.sidebar.filter((entry) => entry.type === "link" || linksOf(entry).length > 0);
  for (const entry of route.sidebar) {
    if (entry.type !== "group" || !isContentGroup(entry)) continue;
    entry.entries = sortByHref(entry.entries);
    for (const link of linksOf(entry)) {
      const slug = lessonSlugOf(link.href);
      if (slug) link.attrs = { ...link.attrs, "data-lesson": slug };
    }
    const links = linksOf(entry);
    const at = links.findIndex((link) => link.isCurrent);
    if (at === -1) continue;
    // A page's frontmatter can still turn either link off (`prev: false`).
    const { data } = route.entry;
    route.pagination.prev = data.prev === false ? undefined : links[at - 1];
    route.pagination.next = data.next === false ? undefined : links[at + 1];
  }
});
