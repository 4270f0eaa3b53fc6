/**
 * Finds a class's submissions. A class folder holds, side by side:
 *
 * - one folder per student with one file per exercise: `<student>/<slug>.ts` (`.json` for
 *   predict exercises);
 * - progress files exported from the site (`*.json`, one per student): the student is the name
 *   inside the file (the file's name when the learner typed none), and each exercise's bundle is
 *   its submission.
 *
 * Files that are neither are listed as ignored; expected submissions that are absent are
 * reported as missing. Everything is sorted by code point, so the same folder gives the same
 * report on every machine and locale.
 */

import { readdir, readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import type { LoadedExercise } from "../../../grader/index.ts";
import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import { cliMessages, type CliMessages } from "../../messages/index.ts";
import { isProgressLike, parseProgressFile } from "../../inputs/progress-files.ts";
import { parseJson, withoutBom } from "../../inputs/read-json.ts";

/** One submission to grade. */
export interface BatchJob {
  student: string;
  exercise: string;
  /** Where it came from, relative to the class folder, as reports show it: `alice/two-delays.ts`. */
  file: string;
  /** The code, or a predict exercise's prediction JSON. */
  source: string;
  /**
   * The file name the program runs under: `<slug>.ts` (`.json`), as on the site and in
   * `course grade`, so the same code gives the same trace hash everywhere.
   */
  filename: string;
  /** The trace hash a bundle carried, which the re-grade should reproduce. */
  traceHash?: string;
}

/** An expected submission that is absent. */
export interface Gap {
  student: string;
  exercise: string;
  file: string;
  message: string;
}

export interface StudentFolder {
  student: string;
  /** Submissions, in the order of the exercises given to the scan. */
  jobs: BatchJob[];
  missing: Gap[];
  /** This student's files that are not submissions. */
  ignored: string[];
  /** The assignment a progress file was exported for, if it says. */
  assignment?: string;
}

export interface ClassFolder {
  /** Students in code-point order of their names. */
  students: StudentFolder[];
  /** Files of the class folder itself that are not submissions. */
  ignored: string[];
  /** Why files that looked like submissions could not be read (`x.json: not valid JSON: …`). */
  problems: string[];
}

/** Code-point order, independent of the machine's locale. */
export function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The file name a submission for this exercise must have. */
export function submissionName(exercise: LoadedExercise): string {
  return `${exercise.definition.slug}.${exercise.definition.kind === "predict" ? "json" : "ts"}`;
}

/** Every job of the class, student by student. */
export function jobsOf(folder: ClassFolder): BatchJob[] {
  return folder.students.flatMap((s) => s.jobs);
}

/** Every ignored file of the class, in code-point order. */
export function ignoredOf(folder: ClassFolder): string[] {
  return [...folder.ignored, ...folder.students.flatMap((s) => s.ignored)].sort(byCodePoint);
}

/**
 * Scans `dir` for the submissions of `exercises` (in that order). With `oneStudent`, `dir` is
 * that student's own folder (`<slug>.ts` files directly inside), as in a student's repository.
 * `lang` is the language of the messages of missing submissions.
 */
export async function scanClassFolder(
  dir: string,
  exercises: LoadedExercise[],
  options: { oneStudent?: string; lang?: Lang } = {},
): Promise<ClassFolder> {
  const m = cliMessages(options.lang ?? DEFAULT_LANG).batch;
  const folder: ClassFolder = { students: [], ignored: [], problems: [] };
  const found = new Map<string, { student: StudentFolder; sources: Map<string, BatchJob> }>();
  const claim = (name: string, origin: string) => {
    const unique = found.has(name) ? `${name} (${origin})` : name;
    const student: StudentFolder = { student: unique, jobs: [], missing: [], ignored: [] };
    const entry = { student, sources: new Map<string, BatchJob>() };
    found.set(unique, entry);
    return entry;
  };

  if (options.oneStudent !== undefined) {
    const entry = claim(options.oneStudent, basename(dir));
    await readStudentFolder(dir, "", exercises, entry.student, entry.sources, m);
  } else {
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
    for (const item of entries) {
      if (item.name.startsWith(".")) continue;
      if (item.isDirectory()) {
        const entry = claim(item.name, `${item.name}/`);
        await readStudentFolder(
          join(dir, item.name),
          `${item.name}/`,
          exercises,
          entry.student,
          entry.sources,
          m,
        );
        continue;
      }
      if (!item.isFile() || !item.name.endsWith(".json")) {
        folder.ignored.push(item.name);
        continue;
      }
      const text = await readFile(join(dir, item.name), "utf8");
      const json = parseJson(text, item.name, options.lang);
      if (!json.ok || !isProgressLike(json.data)) {
        if (!json.ok) folder.problems.push(json.message);
        folder.ignored.push(item.name);
        continue;
      }
      const parsed = parseProgressFile(text, item.name, options.lang);
      if (!parsed.ok) {
        folder.problems.push(parsed.message);
        folder.ignored.push(item.name);
        continue;
      }
      const entry = claim(parsed.file.student ?? item.name.replace(/\.json$/, ""), item.name);
      if (parsed.file.assignment !== undefined) entry.student.assignment = parsed.file.assignment;
      const wanted = new Set(exercises.map((e) => e.definition.slug));
      for (const bundle of parsed.file.submissions) {
        if (!wanted.has(bundle.exercise) || entry.sources.has(bundle.exercise)) {
          entry.student.ignored.push(`${item.name}: ${bundle.exercise}`);
          continue;
        }
        entry.sources.set(bundle.exercise, {
          student: entry.student.student,
          exercise: bundle.exercise,
          file: item.name,
          source: bundle.code,
          filename: `${bundle.exercise}.ts`,
          traceHash: bundle.traceHash,
        });
      }
      for (const exercise of exercises) {
        const slug = exercise.definition.slug;
        if (entry.sources.has(slug)) continue;
        entry.student.missing.push({
          student: entry.student.student,
          exercise: slug,
          file: item.name,
          message: m.missingInProgress({ file: item.name, exercise: slug }),
        });
      }
    }
  }

  for (const name of [...found.keys()].sort(byCodePoint)) {
    const { student, sources } = found.get(name) as {
      student: StudentFolder;
      sources: Map<string, BatchJob>;
    };
    for (const exercise of exercises) {
      const job = sources.get(exercise.definition.slug);
      if (job !== undefined) student.jobs.push(job);
    }
    folder.students.push(student);
  }
  return folder;
}

/** Reads `<slug>.ts` / `<slug>.json` files of one student's folder into `sources`. */
async function readStudentFolder(
  path: string,
  prefix: string,
  exercises: LoadedExercise[],
  student: StudentFolder,
  sources: Map<string, BatchJob>,
  m: CliMessages["batch"],
): Promise<void> {
  const expected = new Map(exercises.map((e) => [submissionName(e), e.definition.slug]));
  const files = (await readdir(path, { withFileTypes: true })).sort((a, b) => byCodePoint(a.name, b.name));
  for (const file of files) {
    if (file.name.startsWith(".")) continue;
    const slug = file.isFile() ? expected.get(file.name) : undefined;
    if (slug === undefined) {
      student.ignored.push(`${prefix}${file.name}`);
      continue;
    }
    sources.set(slug, {
      student: student.student,
      exercise: slug,
      file: `${prefix}${file.name}`,
      filename: file.name,
      source: withoutBom(await readFile(join(path, file.name), "utf8")),
    });
  }
  for (const [name, slug] of expected) {
    if (sources.has(slug)) continue;
    const file = `${prefix}${name}`;
    student.missing.push({
      student: student.student,
      exercise: slug,
      file,
      message: m.missingFile(file),
    });
  }
}
