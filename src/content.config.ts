/**
 * Content collections. Starlight's `docs` collection is loaded from `content/`, so course authors
 * work in `content/` (next to their example programs) instead of under `src/`: the lessons, the
 * reference pages and the pages for teachers.
 *
 * A file `content/lessons/01-why-async.mdx` becomes the page `<base>/lessons/01-why-async/`, and
 * its Korean edition `content/ko/lessons/01-why-async.mdx` the page `<base>/ko/lessons/01-why-async/`.
 */
import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { i18nLoader } from "@astrojs/starlight/loaders";
import { docsSchema, i18nSchema } from "@astrojs/starlight/schema";

export const collections = {
  docs: defineCollection({
    loader: glob({
      base: "./content",
      pattern: "{lessons,reference,teachers,ko/lessons,ko/reference,ko/teachers}/**/[^_]*.{md,mdx}",
      generateId: ({ entry }) => entry.replace(/\.mdx?$/, ""),
    }),
    schema: docsSchema(),
  }),
  // Starlight's own interface strings (search, theme, "not translated yet"), which it ships in
  // Korean; `src/content/i18n/ko.json` rewords the ones this course says differently and gives
  // the search dialog's result messages, which would otherwise count results in English.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
