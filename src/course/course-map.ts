/**
 * The course map for the home, progress and 404 pages and the sidebar: lessons in course order
 * (their file names' `NN-` prefixes), each with its exercises in the order the lesson shows
 * them. Build time only.
 */
import { getCollection } from "astro:content";
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { pathInLang } from "../i18n/paths.ts";
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
  /** Site-relative path without the base: `lessons/01-why-async/` (`ko/lessons/01-why-async/`). */
  path: string;
  exercises: MapExercise[];
}

/** What the map reads of a lesson entry (Starlight's `docs` schema). */
interface LessonEntry {
  id: string;
  body?: string;
  data: { title: string; description?: string };
}

/**
 * Every lesson in course order with its exercises, in `lang`: a lesson's title and description
 * come from its translation (`content/ko/lessons/…`) when there is one, else from the English
 * page, and its link goes to the page in that language (Starlight serves an untranslated page
 * there too). The order of the exercises is the English page's, which translations keep.
 */
export async function courseMap(lang: Lang = DEFAULT_LANG): Promise<MapLesson[]> {
  const all = (await getCollection("docs")) as LessonEntry[];
  const entries = all
    .filter((entry) => entry.id.startsWith("lessons/"))
    .sort((a, b) => a.id.localeCompare(b.id));
  const translated = new Map(
    lang === DEFAULT_LANG
      ? []
      : all.filter((entry) => entry.id.startsWith(`${lang}/lessons/`)).map((e) => [e.id, e]),
  );
  const exercises = exerciseSlugs().map((slug) => exerciseInfo(slug, "Exercise", lang));
  return entries.map((entry) => {
    const slug = entry.id.slice("lessons/".length);
    const shown = translated.get(`${lang}/${entry.id}`) ?? entry;
    const own = exercises
      .filter((exercise) => exercise.lesson === slug)
      .map(({ slug: exerciseSlug, title, kind }) => ({ slug: exerciseSlug, title, kind }));
    return {
      slug,
      title: shown.data.title,
      description: shown.data.description,
      path: pathInLang(`${entry.id}/`, lang),
      exercises: lessonOrder(own, exercisesShownIn(entry.body ?? "")),
    };
  });
}

/** Joins the site's base path and a site-relative path. */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  return `${base}${path.replace(/^\//, "")}`;
}
