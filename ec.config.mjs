// Expressive Code (the site's code blocks). Its options live here, not in astro.config.mjs,
// because a function cannot reach the <Code> component from there.
import { defineEcConfig } from "@astrojs/starlight/expressive-code";

/**
 * The language of the page a code block is on: Korean for content/ko/ and src/pages/ko/ (or a
 * /ko/ address), where Starlight would look under src/content/docs/ko/ only. Its copy button
 * speaks that language.
 */
function blockLang({ file }) {
  const korean =
    file.url && file.url.protocol !== "file:"
      ? /\/ko\//.test(file.url.pathname)
      : /[\\/](content|pages)[\\/]ko[\\/]/.test(file.path);
  return korean ? "ko" : "en";
}

export default defineEcConfig({
  // Long lines wrap: readable on a phone, and no code block is a scrolling region that a
  // keyboard cannot reach.
  defaultProps: { wrap: true },
  getBlockLocale: blockLang,
});
