/**
 * Hint-free exercise modules, for pages that turn the hints off (an assignment with
 * `"hints": false`). The page leaves the hints out of its HTML, but the sandbox worker grades with
 * the exercise's `exercise.ts`, whose code holds the hints too: the `hints` list and each check's
 * `.hint("…")`. Imported with the query `?without-hints`, an exercise module (or its translation,
 * `ko.ts`) is rewritten at build time without them, so the chunk the worker fetches carries none.
 *
 * The rewrite works on the TypeScript syntax tree, so it does not depend on how a file is laid
 * out: every `hints` property becomes `[]`, every `hint` property is dropped, and every
 * `<check>.hint(text)` call becomes `<check>`.
 */

import ts from "typescript";

/** The import query that selects a module's hint-free form. */
export const WITHOUT_HINTS = "without-hints";

interface Edit {
  start: number;
  end: number;
  text: string;
}

/** `source` (a TypeScript module named `fileName`) without its hints. */
export function stripHints(source: string, fileName: string): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: Edit[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === "hints") {
      edits.push({ start: node.initializer.getStart(file), end: node.initializer.end, text: "[]" });
      return;
    }
    if (ts.isPropertyAssignment(node) && propertyName(node.name) === "hint") {
      // The property and the comma after it, if any.
      const comma = /^\s*,/.exec(source.slice(node.end));
      edits.push({ start: node.getStart(file), end: node.end + (comma ? comma[0].length : 0), text: "" });
      return;
    }
    if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      node.expression.name.text === "hint"
    ) {
      edits.push({ start: node.expression.expression.end, end: node.end, text: "" });
      visit(node.expression.expression);
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  return out;
}

function propertyName(name: ts.PropertyName): string | undefined {
  return ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined;
}

/**
 * The Vite plugin that serves `…/exercise.ts?without-hints` (and `ko.ts?without-hints`) hint-free.
 * The site and its workers both need it.
 */
export function hintFreeModules() {
  return {
    name: "looplab-hint-free-modules",
    enforce: "pre" as const,
    transform(code: string, id: string) {
      const [path, query = ""] = id.split("?", 2);
      if (!new URLSearchParams(query).has(WITHOUT_HINTS)) return undefined;
      return { code: stripHints(code, path), map: null };
    },
  };
}
