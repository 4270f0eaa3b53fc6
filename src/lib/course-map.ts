/**
 * The course map for the home and progress pages: lessons in sidebar order, each with the
 * exercises that name it as their lesson. Build time only.
 */
import { getCollection } from "astro:content";
import { exerciseInfo, exerciseSlugs } from "./course-data.ts";

export interface MapExercise {
  slug: string;
  title: string;
  kind: "write" | "fix" | "predict";
}

export interface MapLesson {
  /** `01-why-async`. */
  slug: string;
  title: string;
  description?: string;
  /** Site-relative path without the base: `lessons/01-why-async/`. */
  path: string;
  exercises: MapExercise[];
}

/** What the map reads of a lesson entry (Starlight's `docs` schema). */
interface LessonEntry {
  id: string;
  data: { title: string; description?: string; sidebar: { order?: number } };
}

/** Every lesson in course order with its exercises. */
export async function courseMap(): Promise<MapLesson[]> {
  const all = (await getCollection("docs")) as LessonEntry[];
  const entries = all.filter((entry) => entry.id.startsWith("lessons/"));
  const exercises = exerciseSlugs().map((slug) => exerciseInfo(slug));
  return entries
    .map((entry) => ({ entry, order: entry.data.sidebar.order ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.order - b.order || a.entry.id.localeCompare(b.entry.id))
    .map(({ entry }) => {
      const slug = entry.id.slice("lessons/".length);
      return {
        slug,
        title: entry.data.title,
        description: entry.data.description,
        path: `${entry.id}/`,
        exercises: exercises
          .filter((exercise) => exercise.lesson === slug)
          .map(({ slug: exerciseSlug, title, kind }) => ({ slug: exerciseSlug, title, kind })),
      };
    });
}

/** Joins the site's base path and a site-relative path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}
