/** The order of a lesson's exercises on the course map: the order the lesson's page shows them. */

/**
 * The exercise slugs a lesson's MDX shows (`<Exercise slug="…">`, `<Predict slug="…">`), in
 * order of appearance.
 */
export function exercisesShownIn(body: string): string[] {
  return [...body.matchAll(/<(?:Exercise|Predict)\s+slug=["']([^"']+)["']/g)].map((match) => match[1] ?? "");
}

/**
 * Orders a lesson's exercises: those its page shows, as it shows them, then any other exercise
 * that names the lesson, by slug.
 */
export function lessonOrder<T extends { slug: string }>(exercises: T[], shown: string[]): T[] {
  const rank = (slug: string): number => {
    const at = shown.indexOf(slug);
    return at === -1 ? shown.length : at;
  };
  return [...exercises].sort((a, b) => rank(a.slug) - rank(b.slug) || a.slug.localeCompare(b.slug));
}
