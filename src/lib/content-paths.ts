/**
 * Where the site reads course content at build time. Paths are relative to the project root (the
 * directory Astro runs in).
 */

/** Lessons: `NN-slug.mdx` files with Starlight frontmatter. */
export const lessonsDir = "./content/lessons";
/** Example programs, one folder per lesson: `content/examples/<lesson-slug>/<name>.ts`. */
export const examplesDir = "./content/examples";
/** Exercises, one folder per slug (format: `exercises/README.md`). */
export const exercisesDir = "./exercises";
