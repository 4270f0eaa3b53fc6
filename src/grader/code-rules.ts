/**
 * Static rules about the shape of a submission's code.
 *
 * They never decide pass or fail — behaviour does (a program can reach concurrency without
 * `gather`). A rule only adds an explanation to a check that already failed, when the code
 * suggests why. Comments are ignored so a learner cannot satisfy or trip a rule by mentioning a
 * name in a comment.
 */

/** A static rule: when it applies to the source, its message explains a failure. */
export interface CodeRule {
  /** True when the explanation fits this source. */
  readonly applies: (source: string) => boolean;
  readonly message: string;
}

/** Rules for authors: `code.uses(/gather/, "…")`, `code.avoids(/time\.sleep/, "…")`. */
export const code = {
  /** Explains a failure when the code (comments aside) does NOT match `pattern`. */
  uses(pattern: RegExp | string, message: string): CodeRule {
    return { applies: (source) => !sourceMatches(source, pattern), message };
  },
  /** Explains a failure when the code (comments aside) DOES match `pattern`. */
  avoids(pattern: RegExp | string, message: string): CodeRule {
    return { applies: (source) => sourceMatches(source, pattern), message };
  },
};

function sourceMatches(source: string, pattern: RegExp | string): boolean {
  const text = stripComments(source);
  if (typeof pattern === "string") return text.includes(pattern);
  pattern.lastIndex = 0;
  return pattern.test(text);
}

/**
 * Removes `//` and `/* *\/` comments, keeping string and template literals intact (a `//` inside
 * a string is not a comment). Regex literals are rare in learner code and treated as code.
 */
export function stripComments(source: string): string {
  let out = "";
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    const next = source[i + 1];
    if (c === "/" && next === "/") {
      while (i < source.length && source[i] !== "\n") i++;
    } else if (c === "/" && next === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 2;
      out += " ";
    } else if (c === '"' || c === "'" || c === "`") {
      const start = i;
      i++;
      while (i < source.length && source[i] !== c) i += source[i] === "\\" ? 2 : 1;
      i++;
      out += source.slice(start, i);
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
