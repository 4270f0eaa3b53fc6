/**
 * Every link to a section (`…/#anchor`, or `#anchor` within a page) in the course's pages, English
 * and Korean, names a heading that its target page has. The site gives each heading the id
 * github-slugger makes of its text, so a heading reworded in one page breaks the links to it in
 * others; this test finds them. Pages are found on disk, so each one added is checked too.
 */
import { readFileSync } from "node:fs";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, coursePages } from "./korean-text.ts";

/** A page's text without fenced code blocks, where a `#` line is code and a `](` is not a link. */
function withoutCode(text: string): string {
  return text.replace(/^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm, "");
}

/**
 * The ids of a page's headings, in page order, as the site makes them: github-slugger over each
 * heading's text (a repeated heading gets `-1`, `-2`…). Inline code shows its text, so the
 * backticks go; `_top` is the id Starlight gives the page's title.
 */
function headingIds(file: string): Set<string> {
  const slugger = new GithubSlugger();
  const headings = [...withoutCode(readFileSync(file, "utf8")).matchAll(/^#{2,6} (.+)$/gm)];
  return new Set(["_top", ...headings.map((m) => slugger.slug((m[1] ?? "").replace(/`/g, "")))]);
}

/** The site address of a page: `content/ko/lessons/09-x.mdx` is served at `/ko/lessons/09-x/`. */
function addressOf(file: string): string {
  return `/${file.slice(CONTENT_DIR.length + 1).replace(/\.mdx?$/, "")}/`;
}

const pagesByAddress = new Map(coursePages().map((file) => [addressOf(file), file]));

/** The links of a page that name a section: their target and the page file it leads to. */
function sectionLinks(file: string): { target: string; page: string | undefined; anchor: string }[] {
  const outsideCode = withoutCode(readFileSync(file, "utf8")).replace(/`[^`\n]*`/g, "");
  return [...outsideCode.matchAll(/\]\(\s*([^)\s]*#[^)\s]+)\s*\)/g)]
    .map((m) => m[1] ?? "")
    .filter((target) => !/^[a-z][a-z+.-]*:/i.test(target))
    .map((target) => {
      const url = new URL(target, `https://course.invalid${addressOf(file)}`);
      return {
        target,
        page: pagesByAddress.get(url.pathname),
        anchor: decodeURIComponent(url.hash.slice(1)),
      };
    });
}

const pages = [...pagesByAddress.values()];

describe("section links", () => {
  it("finds the course's pages and their links to sections", () => {
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.flatMap(sectionLinks).length).toBeGreaterThan(0);
  });

  it.each(pages)("%s links only to headings that exist", (file) => {
    for (const link of sectionLinks(file)) {
      expect(link.page, `${file}: ${link.target} names no page`).toBeDefined();
      expect(headingIds(link.page ?? ""), `${file}: ${link.target}`).toContain(link.anchor);
    }
  });
});
