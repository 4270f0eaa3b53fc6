import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { LANGS } from "../../src/i18n/lang.ts";
import { uiMessages } from "../../src/i18n/ui/index.ts";
import type { TraceError } from "../../runtime/trace.ts";
import { messagesFor } from "../../src/grader/index.ts";
import { errorMessage } from "../../src/island/console-view.ts";

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
    const english = shape(uiMessages("en")).sort();
    for (const lang of LANGS) expect(shape(uiMessages(lang)).sort(), lang).toEqual(english);
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

describe("the error panel's explanation of a stopped run", () => {
  /** One stop of each kind, with the values the runtime gives it, and what the Korean must name. */
  const stops: [TraceError, string[]][] = [
    [
      {
        kind: "timeout",
        name: "TimeoutError",
        message: "m",
        limit: 2,
        clock: "cpu",
        line: 4,
        running: "loop",
      },
      ["CPU 시간을 2초", "4번째 줄의 반복문"],
    ],
    [
      { kind: "timeout", name: "TimeoutError", message: "m", limit: 30, clock: "wall" },
      ["실제 시간으로 30초"],
    ],
    [
      { kind: "virtual-timeout", name: "VirtualTimeout", message: "m", limit: 3600 },
      ["가상 시간으로 3600초"],
    ],
    [
      { kind: "virtual-timeout", name: "VirtualTimeout", message: "m", limit: 60, worker: "asyncio_0" },
      ["60초", "asyncio_0 워커", "익스큐터"],
    ],
    [{ kind: "memory", name: "MemoryError", message: "m", limit: 64 * 1024 * 1024 }, ["64 MB"]],
    [{ kind: "output-limit", name: "OutputLimit", message: "m", limit: 1024 * 1024 }, ["1 MB"]],
    [{ kind: "output-limit", name: "OutputLimit", message: "m", limit: 2048 }, ["2 KB"]],
    [{ kind: "stack", name: "RecursionError", message: "m" }, ["재귀 깊이"]],
    [
      { kind: "deadlock", name: "Deadlock", message: "m", stuck: "main", main: "Task-1" },
      ["Task-1 메인 태스크"],
    ],
    [{ kind: "deadlock", name: "Deadlock", message: "m", stuck: "forever" }, ["루프를 멈추는 호출"]],
    [{ kind: "deadlock", name: "Deadlock", message: "m", stuck: "pool" }, ["풀의 워커"]],
    [{ kind: "internal", name: "InternalError", message: "m" }, ["샌드박스"]],
  ];

  it("is the grader's sentence for the same stop, in every language", () => {
    for (const lang of LANGS) {
      for (const [error] of stops) {
        expect(errorMessage(error, lang), `${lang} ${error.kind}`).toBe(
          messagesFor(lang).runErrors.detail(error),
        );
      }
    }
  });

  it("keeps the runtime's own message in English and names the limit and the place in Korean", () => {
    for (const [error, named] of stops) {
      expect(errorMessage(error, "en")).toBe("m");
      const korean = errorMessage(error, "ko");
      for (const words of named) expect(korean, korean).toContain(words);
    }
  });
});
