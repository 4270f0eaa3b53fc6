/**
 * The static paths of the parts routes (`assignments/parts/…` and `ko/assignments/parts/…`), at
 * build time: kept apart from `parts.ts`, which the link page's script imports, so that the
 * course's exercise data stays out of the browser's bundle.
 */

import { exerciseInfo, exerciseSlugs } from "../course/course-data.ts";
import { partName, partVariants, type PartOptions } from "./parts.ts";

/** Every part of every exercise, as the static paths of a parts route (one per language). */
export function partRoutes(): {
  params: { slug: string; options: string };
  props: { slug: string; options: PartOptions };
}[] {
  return exerciseSlugs().flatMap((slug) => {
    const kind = exerciseInfo(slug).kind === "predict" ? "predict" : "code";
    return partVariants(kind).map((options) => ({
      params: { slug, options: partName(kind, options) },
      props: { slug, options },
    }));
  });
}
