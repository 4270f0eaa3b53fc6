/**
 * The popups' contents: a declaration's signature and its doc comment, as the completion list's
 * side panel and the hover tooltip show them.
 */
import type ts from "typescript";

const text = (parts: readonly ts.SymbolDisplayPart[] | undefined): string =>
  (parts ?? []).map((part) => part.text).join("");

/** A signature in code type and, beneath it, its documentation. */
export function docView(signature: string, documentation: string): HTMLElement {
  const box = document.createElement("div");
  box.className = "ll-doc";
  const code = document.createElement("pre");
  code.className = "ll-doc-signature";
  code.textContent = signature;
  box.append(code);
  if (documentation) {
    const doc = document.createElement("p");
    doc.className = "ll-doc-text";
    doc.textContent = documentation;
    box.append(doc);
  }
  return box;
}

/** What hovering a name shows: its declaration, its doc comment and its tags (`@param`…). */
export function hoverView(info: ts.QuickInfo): HTMLElement {
  const tags = (info.tags ?? []).map((tag) => `@${tag.name} ${text(tag.text)}`.trim());
  return docView(text(info.displayParts), [text(info.documentation), ...tags].filter(Boolean).join("\n"));
}
