/**
 * Build-time access to course files for the MDX components: example programs and exercise folders.
 * Code always comes from files (never from MDX props), read through Vite's `import.meta.glob`, so
 * the dev server reloads a page when a program it shows changes. Runs only during the build (and
 * in the dev server), never in the browser.
 */

/** Example programs by path relative to `content/examples/` (`01-why-async/two-sleeps.ts`). */
const exampleFiles = import.meta.glob<string>("/content/examples/**/*.ts", {
  query: "?raw",
  import: "default",
  eager: true,
});

/** Text files of every exercise folder, by path relative to `exercises/`. */
const exerciseFiles = import.meta.glob<string>(["/exercises/*/*.ts", "/exercises/*/*.json"], {
  query: "?raw",
  import: "default",
  eager: true,
});

/** The `exercise.ts` modules (their default export is the exercise definition). */
const exerciseModules = import.meta.glob<{ default: unknown }>("/exercises/*/exercise.ts", { eager: true });

function relative(map: Record<string, string>, prefix: string): Map<string, string> {
  return new Map(Object.entries(map).map(([path, text]) => [path.slice(prefix.length), text]));
}

const examples = relative(exampleFiles, "/content/examples/");
const exerciseTexts = relative(exerciseFiles, "/exercises/");

/** A build error that names what the author wrote and what exists. */
export class CourseContentError extends Error {
  override name = "CourseContentError";
}

/** The source of an example program; fails the build with the close matches when it is missing. */
export function exampleSource(src: string): string {
  const text = examples.get(src);
  if (text !== undefined) return text;
  const folder = src.split("/")[0] ?? "";
  const siblings = [...examples.keys()].filter((path) => path.startsWith(`${folder}/`));
  throw new CourseContentError(
    `<Example src="${src}">: there is no file content/examples/${src}.` +
      (siblings.length ? ` Files in content/examples/${folder}/: ${siblings.join(", ")}.` : ""),
  );
}

/** The parts of an exercise definition the page shows (see `exercises/README.md`). */
export interface ExerciseInfo {
  slug: string;
  title: string;
  kind: "write" | "fix" | "predict";
  lesson: string;
  prompt: string;
  hints: string[];
  budgets: Record<string, number>;
  /** The world of the first variant: what a plain Run (not Check) uses. */
  world?: Record<string, unknown>;
  /** `write`/`fix`: the starter and the reference solution. `predict`: the program. */
  starter: string;
  solution: string;
  program?: string;
}

function field<T>(
  definition: Record<string, unknown>,
  name: string,
  slug: string,
  check: (v: unknown) => v is T,
): T {
  const value = definition[name];
  if (!check(value)) {
    throw new CourseContentError(
      `exercises/${slug}/exercise.ts: field "${name}" is missing or has the wrong type.`,
    );
  }
  return value;
}
const isString = (v: unknown): v is string => typeof v === "string";

/** Every exercise slug, for the home and progress pages. */
export function exerciseSlugs(): string[] {
  return Object.keys(exerciseModules)
    .map((path) => path.split("/")[2] ?? "")
    .sort();
}

/** Loads an exercise for a page; fails the build with the known slugs when it does not exist. */
export function exerciseInfo(slug: string, component = "Exercise"): ExerciseInfo {
  const module = exerciseModules[`/exercises/${slug}/exercise.ts`];
  if (!module) {
    throw new CourseContentError(
      `<${component} slug="${slug}">: there is no exercises/${slug}/exercise.ts. Known exercises: ${exerciseSlugs().join(", ") || "none"}.`,
    );
  }
  const definition = module.default as Record<string, unknown>;
  const kind = field(
    definition,
    "kind",
    slug,
    (v): v is ExerciseInfo["kind"] => v === "write" || v === "fix" || v === "predict",
  );
  const text = (name: string): string => {
    const found = exerciseTexts.get(`${slug}/${name}`);
    if (found === undefined) throw new CourseContentError(`exercises/${slug}/${name} is missing.`);
    return found;
  };
  const hints = Array.isArray(definition.hints) ? definition.hints.filter(isString) : [];
  const variants = Array.isArray(definition.variants) ? (definition.variants as { world?: unknown }[]) : [];
  const world = variants[0]?.world;
  const budgets =
    typeof definition.budgets === "object" && definition.budgets !== null ? definition.budgets : {};
  return {
    slug,
    title: field(definition, "title", slug, isString),
    kind,
    lesson: field(definition, "lesson", slug, isString),
    prompt: field(definition, "prompt", slug, isString),
    hints,
    budgets: budgets as Record<string, number>,
    world: typeof world === "object" && world !== null ? (world as Record<string, unknown>) : undefined,
    starter: text(kind === "predict" ? "starter.json" : "starter.ts"),
    solution: text(kind === "predict" ? "solution.json" : "solution.ts"),
    program: kind === "predict" ? text("program.ts") : undefined,
  };
}

/** Serialises data for a `<script type="application/json">` element (no `</script>` break-out). */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
