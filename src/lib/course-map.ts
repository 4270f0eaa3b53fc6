/**
 * The course map for the home, progress and 404 pages and the sidebar: lessons in course order
 * (their file names' `NN-` prefixes), each with its exercises in the order the lesson shows
 * them. Build time only.
 */
import { getCollection } from "astro:content";
import { exerciseInfo, exerciseSlugs } from "./course-data.ts";
import { exercisesShownIn, lessonOrder } from "./lesson-order.ts";

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
  body?: string;
  data: { title: string; description?: string };
}

/** Every lesson in course order with its exercises. */
export async function courseMap(): Promise<MapLesson[]> {
  const all = (await getCollection("docs")) as LessonEntry[];
  const entries = all
    .filter((entry) => entry.id.startsWith("lessons/"))
    .sort((a, b) => a.id.localeCompare(b.id));
  const exercises = exerciseSlugs().map((slug) => exerciseInfo(slug));
  return entries.map((entry) => {
    const slug = entry.id.slice("lessons/".length);
    const own = exercises
      .filter((exercise) => exercise.lesson === slug)
      .map(({ slug: exerciseSlug, title, kind }) => ({ slug: exerciseSlug, title, kind }));
    return {
      slug,
      title: entry.data.title,
      description: entry.data.description,
      path: `${entry.id}/`,
      exercises: lessonOrder(own, exercisesShownIn(entry.body ?? "")),
    };
  });
}

/** Joins the site's base path and a site-relative path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}
