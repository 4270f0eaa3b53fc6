/**
 * How the content tests read the course's pages and Korean text: which pages (of both editions)
 * and exercise translations there are, and a heuristic that finds English prose left in them. The heuristic removes what
 * may stay English (code, tags, link targets, short parenthesised terms such as "(coroutine)")
 * and reports every run of five or more English words in a row that is left.
 */
import { existsSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

export const CONTENT_DIR = "content";
export const KOREAN_DIR = "content/ko";
export const EXERCISES_DIR = "exercises";

/** This many English words in a row, with no Korean between them, count as English prose. */
export const ENGLISH_RUN = 5;

/** A parenthesis with no Korean and at most this many words is a term, like "(event loop)". */
const TERM_WORDS = 4;

const HANGUL = /\p{Script=Hangul}/u;

/** Whether the text has at least one Hangul syllable or letter. */
export function hasHangul(text: string): boolean {
  return HANGUL.test(text);
}

/** Every page of the English edition: lessons, reference and teachers' pages (`content/lessons/…`). */
export function englishPages(): string[] {
  return ["lessons", "reference", "teachers"].flatMap((dir) =>
    readdirSync(join(CONTENT_DIR, dir))
      .filter((name) => /\.mdx?$/.test(name) && !name.startsWith("_"))
      .map((name) => `${CONTENT_DIR}/${dir}/${name}`),
  );
}

/** Every page the site serves from `content/`, English and Korean. */
export function coursePages(): string[] {
  return [...englishPages(), ...koreanPages()];
}

/** Every page of the Korean edition, as a path relative to the repository (`content/ko/…`). */
export function koreanPages(): string[] {
  if (!existsSync(KOREAN_DIR)) return [];
  const found: string[] = [];
  const visit = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) visit(path);
      else if (/\.mdx?$/.test(entry.name) && !entry.name.startsWith("_")) found.push(path);
    }
  };
  visit(KOREAN_DIR);
  return found.map((path) => relative(".", path).split("\\").join("/")).sort();
}

/** The English page a Korean page translates: the same path without `ko/`. */
export function englishTwin(koreanPage: string): string {
  return join(CONTENT_DIR, relative(KOREAN_DIR, koreanPage)).split("\\").join("/");
}

/** The slugs of the exercises that have a Korean translation (`exercises/<slug>/ko.ts`). */
export function translatedExercises(): string[] {
  return readdirSync(EXERCISES_DIR, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(EXERCISES_DIR, entry.name, "ko.ts")))
    .map((entry) => entry.name)
    .sort();
}

/** Replaces each match with spaces, keeping line breaks, so positions and line numbers stay. */
function blank(text: string, pattern: RegExp, keep: (group: string) => boolean = () => false): string {
  return text.replace(pattern, (whole: string, group: unknown) =>
    typeof group === "string" && keep(group) ? whole : spaces(whole),
  );
}

/** The text with every character but line breaks turned into a space. */
function spaces(text: string): string {
  return text.replace(/[^\n]/g, " ");
}

/** A parenthesis that holds a term and no sentence: no Korean, and only a few words. */
function isTerm(inside: string): boolean {
  return (
    !hasHangul(inside) && inside.split(/\s+/).filter((word) => /[A-Za-z]/.test(word)).length <= TERM_WORDS
  );
}

/**
 * The prose of a Markdown or MDX text, with everything that may stay English replaced by spaces:
 * frontmatter, import/export lines, code blocks, inline code, JSX comments and tags, link targets
 * and URLs, and parenthesised terms.
 */
export function proseOf(text: string): string {
  let prose = text;
  prose = blank(prose, /^---\n[\s\S]*?\n---\n/);
  prose = blank(prose, /^[ \t]*(`{3,}|~{3,})[^\n]*\n[\s\S]*?^[ \t]*\1[ \t]*$/gm);
  prose = blank(prose, /^(?:import|export)\s[\s\S]*?(?:from\s+)?["'][^"'\n]+["'];?[ \t]*$/gm);
  prose = blank(prose, /\{\/\*[\s\S]*?\*\/\}/g);
  prose = blank(prose, /(`+)[\s\S]*?\1/g);
  prose = blank(prose, /<\/?[A-Za-z][^<>]*>/g);
  prose = prose.replace(/\]\([^)]*\)/g, (link) => "]" + spaces(link.slice(1)));
  prose = blank(prose, /^\s*\[[^\]]+\]:\s*\S+/gm);
  prose = blank(prose, /\b[a-z][a-z+.-]*:\/\/\S+/gi);
  prose = blank(prose, /\(([^()]*)\)/g, (inside) => !isTerm(inside));
  return prose;
}

/** One run of English words found in Korean text. */
export interface EnglishRun {
  /** 1-based line of the run's first word. */
  line: number;
  /** The words of the run. */
  words: string;
  /** The sentence around the run, from the original text, on one line. */
  sentence: string;
}

/**
 * The runs of `ENGLISH_RUN` or more English words in a row in the prose of `text` (see
 * `proseOf`). A word with Hangul in it breaks a run (`Looplab에서는` is Korean); numbers and
 * punctuation neither count nor break one; a word that ends a sentence ends its run.
 */
export function englishRuns(text: string): EnglishRun[] {
  const prose = proseOf(text);
  const runs: EnglishRun[] = [];
  let run: RegExpExecArray[] = [];
  const close = (): void => {
    if (run.length >= ENGLISH_RUN) {
      const start = run[0].index;
      const last = run[run.length - 1];
      runs.push({
        line: text.slice(0, start).split("\n").length,
        words: run.map((word) => word[0]).join(" "),
        sentence: sentenceAround(text, start, last.index + last[0].length),
      });
    }
    run = [];
  };
  for (const token of prose.matchAll(/\S+/g)) {
    if (hasHangul(token[0])) close();
    else if (/[A-Za-z]/.test(token[0]) && !/\p{L}/u.test(token[0].replace(/[A-Za-z]/g, ""))) {
      run.push(token as RegExpExecArray);
      if (/[.!?:;]["'”’)*_]*$/.test(token[0])) close();
    } else if (/[.!?:;]["'”’)*_]*$/.test(token[0])) close();
  }
  close();
  return runs;
}

/** The sentence of `text` that holds `[start, end)`: up to the sentence ends or blank lines around it. */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const paragraph = before.lastIndexOf("\n\n");
  const from = Math.max(
    paragraph === -1 ? 0 : paragraph + 2,
    ...[...before.matchAll(/[.!?](?=\s)/g)].map((match) => match.index + 1),
    0,
  );
  // From the run's last character, which may itself end the sentence.
  const after = /[.!?](?=\s|$)|\n\n/.exec(text.slice(end - 1));
  const to = after === null ? text.length : end + after.index;
  const sentence = text.slice(from, to).replace(/\s+/g, " ").trim();
  return sentence.length > 240 ? `${sentence.slice(0, 237)}...` : sentence;
}
