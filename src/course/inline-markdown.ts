/**
 * A small Markdown renderer for exercise prompts and hints: paragraphs, `code`, **bold**,
 * *emphasis* and [links](url). Those texts are one or two sentences, so a full Markdown pipeline
 * would be out of proportion; everything else is shown as plain, escaped text.
 */

const ESCAPES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

function renderInline(text: string): string {
  // Code spans first, so nothing inside them is read as Markdown.
  return text
    .split(/(`[^`]+`)/)
    .map((part) => {
      if (part.length > 2 && part.startsWith("`") && part.endsWith("`")) {
        return `<code>${escapeHtml(part.slice(1, -1))}</code>`;
      }
      return escapeHtml(part)
        .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
        .replace(/(^|[^\w*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>")
        .replace(/(^|\W)_([^_\s][^_]*)_(?=\W|$)/g, "$1<em>$2</em>")
        .replace(/\[([^\]]+)\]\(((?:https?:\/\/|\/|\.{1,2}\/|#)[^)\s]*)\)/g, '<a href="$2">$1</a>');
    })
    .join("");
}

/** Renders Markdown text to HTML: blank lines separate paragraphs. */
export function renderMarkdown(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => `<p>${renderInline(paragraph.replace(/\s*\n\s*/g, " "))}</p>`)
    .join("");
}

/** Renders one line of Markdown without the paragraph wrapper. */
export function renderMarkdownInline(text: string): string {
  return renderInline(text.trim().replace(/\s*\n\s*/g, " "));
}
