import { describe, expect, it } from "vitest";
import { renderMarkdown, renderMarkdownInline } from "../../src/course/inline-markdown.ts";

describe("renderMarkdown", () => {
  it("renders code spans, emphasis and links, and escapes HTML", () => {
    expect(
      renderMarkdown("Use `a < b` and **gather**, *not* <b>tags</b>; see [the docs](/lessons/x/)."),
    ).toBe(
      '<p>Use <code>a &lt; b</code> and <strong>gather</strong>, <em>not</em> &lt;b&gt;tags&lt;/b&gt;; see <a href="/lessons/x/">the docs</a>.</p>',
    );
  });

  it("splits paragraphs on blank lines and joins wrapped lines", () => {
    expect(renderMarkdown("one\ntwo\n\nthree")).toBe("<p>one two</p><p>three</p>");
  });

  it("does not read Markdown inside code spans or turn unsafe URLs into links", () => {
    expect(renderMarkdownInline("`**x**` [x](javascript:alert(1))")).toBe(
      "<code>**x**</code> [x](javascript:alert(1))",
    );
  });
});
