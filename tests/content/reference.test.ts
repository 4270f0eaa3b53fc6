/**
 * The reference pages (`content/reference/*.mdx`) link only to lessons that exist, and to sections
 * of them that exist: a link's `#anchor` is the id the site gives one of the lesson's headings.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import GithubSlugger from "github-slugger";
import { describe, expect, it } from "vitest";
import { LESSONS_DIR, lessonFiles } from "./example-output.ts";

const REFERENCE_DIR = "content/reference";
const lessons = new Set(lessonFiles().map((lesson) => lesson.slug));
const pages = readdirSync(REFERENCE_DIR).filter((name) => name.endsWith(".mdx"));

/**
 * The ids of a lesson's headings, as Astro makes them: github-slugger over each heading's text in
 * page order (a repeated heading gets `-1`, `-2`…). Inline code shows its text, so the backticks go.
 */
function headingIds(slug: string): Set<string> {
  const text = readFileSync(join(LESSONS_DIR, `${slug}.mdx`), "utf8").replace(/```[\s\S]*?```/g, "");
  const slugger = new GithubSlugger();
  return new Set(
    [...text.matchAll(/^#{2,6} (.+)$/gm)].map((m) => slugger.slug((m[1] ?? "").replace(/`/g, ""))),
  );
}

describe.each(pages)("reference page %s", (name) => {
  const text = readFileSync(join(REFERENCE_DIR, name), "utf8");
  const links = [...text.matchAll(/\]\(([^)]*lessons\/[^)]*)\)/g)].map((m) => m[1] ?? "");

  it("links only to lessons that exist, relative to the page so the site's base path applies", () => {
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const match = /^\.\.\/\.\.\/lessons\/([^/#]+)\/(?:#[^#]+)?$/.exec(link);
      expect(
        match,
        `${link} should look like ../../lessons/<slug>/ or ../../lessons/<slug>/#<anchor>`,
      ).not.toBeNull();
      expect(lessons, link).toContain(match?.[1]);
    }
  });

  it("links to sections by anchors that the lesson's headings give", () => {
    for (const link of links) {
      const [path = "", anchor] = link.split("#");
      if (anchor === undefined) continue;
      const slug = path.replace(/^\.\.\/\.\.\/lessons\//, "").replace(/\/$/, "");
      expect(headingIds(slug), link).toContain(decodeURIComponent(anchor));
    }
  });
});
