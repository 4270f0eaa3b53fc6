import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.ts";
import { uiMessages } from "../../src/i18n/ui/index.ts";

type Tree = { [key: string]: unknown };

/** Every leaf of a catalog as `[path, value]`, functions called with sample values. */
function leaves(tree: Tree, prefix = ""): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function") {
      const args = Array.from({ length: value.length }, (_, i) => (i === 0 ? 2 : `v${i}`));
      return [[path, (value as (...a: unknown[]) => unknown)(...args)]];
    }
    if (typeof value === "object" && value !== null) return leaves(value as Tree, path);
    return [[path, value]];
  });
}

/** The shape of a catalog: each key path with its kind (and a function's number of values). */
function shape(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([key, value]) => {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "function") return [`${path}(${value.length})`];
    if (typeof value === "object" && value !== null) return shape(value as Tree, path);
    return [path];
  });
}

describe("the interface catalogs", () => {
  it("have the same keys, and the same number of values in each message, in every language", () => {
    // English shows the runtime's own messages where other languages explain a stop in their words.
    const own = (path: string) => !path.startsWith("console.stopExplanations.");
    const english = shape(uiMessages("en")).sort();
    for (const lang of LANGS) expect(shape(uiMessages(lang)).filter(own).sort(), lang).toEqual(english);
  });

  it("explain every way the sandbox stops a run in each language but English", () => {
    const kinds = ["timeout", "virtual-timeout", "memory", "stack", "deadlock", "output-limit"];
    for (const lang of LANGS.filter((l) => l !== "en"))
      expect(Object.keys(uiMessages(lang).console.stopExplanations).sort(), lang).toEqual([...kinds].sort());
  });

  it("have no empty message in any language", () => {
    for (const lang of LANGS) {
      for (const [path, value] of leaves(uiMessages(lang))) {
        expect(typeof value, `${lang} ${path}`).toBe("string");
        expect((value as string).trim(), `${lang} ${path}`).not.toBe("");
      }
    }
  });

  it("write the Korean interface in Korean (only a locale tag, a name and values alone have no Hangul)", () => {
    const madeOfValues = new Set(["timeline.segment", "assignment.dateLocale", "twin.typescript"]);
    const english = new Map(leaves(uiMessages("en")));
    for (const [path, value] of leaves(uiMessages("ko"))) {
      if (madeOfValues.has(path)) continue;
      expect(value, path).toMatch(/[\uac00-\ud7a3]/);
      expect(value, path).not.toBe(english.get(path));
    }
  });
});

/** The island's modules: everything that puts text on a playground, the timeline included. */
const ISLAND = new URL("../../src/island", import.meta.url).pathname;
function islandFiles(dir = ISLAND): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? islandFiles(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

/** Calls whose string arguments are code, not text: selectors, events, storage and DOM names. */
const CODE_CALLS =
  /^(querySelector|querySelectorAll|closest|addEventListener|removeEventListener|getAttribute|setAttribute|toggleAttribute|removeAttribute|hasAttribute|createElement|dispatchEvent|CustomEvent|getItem|setItem|matchMedia|role|button|import|Error|postMessage|downloadText|setData|baseTheme)$/;

/**
 * String literals of a module that read like English words: two words or more with a space
 * between them ("Show the answer"), which no class name, selector, path or key name has.
 */
function englishLiterals(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const words = /(?:^|[\s“"(])[A-Za-z][a-z]+ [a-z]{2,}(?![-\w])/;
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) {
      const callee = node.expression;
      const name = ts.isPropertyAccessExpression(callee)
        ? callee.name.text
        : ts.isIdentifier(callee)
          ? callee.text
          : "";
      if (CODE_CALLS.test(name) || callee.kind === ts.SyntaxKind.ImportKeyword) return;
    }
    // Class names and inline styles (`{ class: "ll-btn ll-btn--small" }`) are not text.
    if (
      ts.isPropertyAssignment(node) &&
      /^["']?(class|className|style)["']?$/.test(node.name.getText(source))
    )
      return;
    if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && words.test(node.text))
      found.push(node.text);
    if (ts.isTemplateExpression(node)) {
      const parts = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)];
      if (parts.some((part) => words.test(part))) found.push(parts.join("…"));
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the island's modules", () => {
  it("take every sentence they show from the catalogs, none from English literals", () => {
    const literals = Object.fromEntries(
      islandFiles()
        .map((file) => [file.slice(ISLAND.length), englishLiterals(file)] as const)
        .filter(([, found]) => found.length > 0),
    );
    expect(literals).toEqual({});
  });
});
