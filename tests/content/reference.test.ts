/**
 * The reference pages (`content/reference/*.mdx`) link only to lessons that exist, to a lesson or to
 * one of its sections (that a section's anchor exists is checked by anchors.test.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { lessonFiles } from "./example-output.ts";

const REFERENCE_DIR = "content/reference";
const lessons = new Set(lessonFiles().map((lesson) => lesson.slug));
const pages = readdirSync(REFERENCE_DIR).filter((name) => name.endsWith(".mdx"));

describe.each(pages)("reference page %s", (name) => {
  const text = readFileSync(join(REFERENCE_DIR, name), "utf8");

  it("links only to lessons that exist, relative to the page so the site's base path applies", () => {
    const links = [...text.matchAll(/\]\(([^)]*lessons\/[^)]*)\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const match = /^\.\.\/\.\.\/lessons\/([^/#]+)\/(?:#[^#]+)?$/.exec(link ?? "");
      expect(
        match,
        `${link} should look like ../../lessons/<slug>/ or ../../lessons/<slug>/#<anchor>`,
      ).not.toBeNull();
      expect(lessons, link).toContain(match?.[1]);
    }
  });
});
