/**
 * Every API in the learner declarations (`runtime/types/*.d.ts`) has a doc comment that the
 * editor shows on hover and in completion, and the comment names the Python API it stands for
 * (or says that Python has none), so a learner can look it up in Python's documentation.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { expect, it } from "vitest";

const TYPES_DIR = resolve(import.meta.dirname, "../../runtime/types");
/** How a comment names its Python counterpart: Python's own, or the library a service imitates. */
const NAMES_PYTHON = /Python|aiohttp|requests'|JavaScript/;

/** `file:line name` of each API whose doc comment is missing or names no Python API. */
function undocumented(): string[] {
  const problems: string[] = [];
  for (const file of readdirSync(TYPES_DIR).filter((name) => name.endsWith(".d.ts"))) {
    const source = ts.createSourceFile(
      file,
      readFileSync(join(TYPES_DIR, file), "utf8"),
      ts.ScriptTarget.Latest,
      true,
    );
    const seen = new Set<string>();
    const visit = (node: ts.Node, owner: string): void => {
      // Members of options objects (`{ name?: string }`) are parameters, documented by their function.
      if (ts.isTypeLiteralNode(node)) return;
      const api =
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isMethodSignature(node) ||
        ts.isPropertyDeclaration(node) ||
        ts.isPropertySignature(node) ||
        ts.isVariableStatement(node);
      if (api) {
        const name = ts.isVariableStatement(node)
          ? node.declarationList.declarations.map((d) => d.name.getText(source)).join(",")
          : (node.name?.getText(source) ?? "");
        const key = `${owner}${name}`;
        // An overload shares the doc comment of the first signature.
        if (!seen.has(key)) {
          seen.add(key);
          const docs = ts
            .getJSDocCommentsAndTags(node)
            .map((doc) => doc.getText(source))
            .join(" ");
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          if (!docs) problems.push(`${file}:${line} ${key}: no doc comment`);
          else if (!NAMES_PYTHON.test(docs)) problems.push(`${file}:${line} ${key}: names no Python API`);
        }
      }
      const scope =
        (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node)) && node.name
          ? `${node.name.text}.`
          : owner;
      ts.forEachChild(node, (child) => visit(child, scope));
    };
    visit(source, "");
  }
  return problems;
}

it("documents every learner API with a sentence naming its Python counterpart", () => {
  expect(undocumented()).toEqual([]);
});
