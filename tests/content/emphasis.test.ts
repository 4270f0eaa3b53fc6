/**
 * Bold and italic render on every page, English and Korean. CommonMark opens and closes emphasis by
 * its flanking rules, which Korean particles easily break: in `**`gather`**는` the closing `**`
 * follows punctuation and precedes a letter, so it closes nothing and the page shows the asterisks
 * (`**`gather`는**` renders). Each page is compiled with the MDX compiler the site uses (satteri), and
 * no emphasis marker may be left in its text outside code.
 */
import { readFileSync } from "node:fs";
import { mdxToHast } from "satteri";
import { describe, expect, it } from "vitest";
import { coursePages } from "./korean-text.ts";

interface Node {
  type: string;
  tagName?: string;
  value?: string;
  children?: Node[];
}

/** The text of a page as it renders, outside `<code>` and `<pre>`, one string per text node. */
function renderedText(node: Node): string[] {
  if (node.type === "element" && (node.tagName === "code" || node.tagName === "pre")) return [];
  if (node.type === "text") return [node.value ?? ""];
  return (node.children ?? []).flatMap(renderedText);
}

/**
 * An emphasis marker shown as text: `**`, or a `*` or `_` against a word on one side only. A
 * generator's star (`function*`, `yield*`) and a word's own underscore (`call_soon`) are not.
 */
const LEFT_OVER = /\*\*|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=[^\s\w])_(?![\w_])/u;

describe.each(coursePages())("page %s", (file) => {
  it("renders its bold and italic: no emphasis marker is left in its text", () => {
    const tree = mdxToHast(readFileSync(file, "utf8"), { features: { gfm: true, directive: true } }) as Node;
    const leftOver = renderedText(tree)
      .map((text) => text.replace(/\b(?:function|yield)\*/g, ""))
      .filter((text) => LEFT_OVER.test(text));
    expect(leftOver, `${file}: emphasis markers shown as text`).toEqual([]);
  });
});
