/**
 * GitHub Pages serves one `404.html` for every address it has no page for, whatever language the
 * address is in. The root 404 page carries this script in its head: when the address is under
 * another language's prefix (`/looplab/ko/…`), it replaces the document with that language's own
 * 404 page (`/looplab/ko/404/`), so the reader meets the page, its `lang` and its chrome in their
 * language, at the address they asked for.
 */
import { DEFAULT_LANG, LANGS } from "./lang.ts";

/** The inline script of the root 404 page, for a site built under `base` (`/` or `/looplab/`). */
export function notFoundScript(base: string): string {
  const root = base.replace(/\/?$/, "/");
  const pages = LANGS.filter((lang) => lang !== DEFAULT_LANG).map((lang) => ({
    lang,
    prefix: `${root}${lang}/`,
    page: `${root}${lang}/404/`,
  }));
  // Plain ES5 in a string: it runs before the page's modules, in any browser the site supports.
  return `(function () {
  var pages = ${JSON.stringify(pages)};
  var path = location.pathname;
  for (var i = 0; i < pages.length; i++) {
    var own = pages[i];
    if (path.indexOf(own.prefix) !== 0 || path.indexOf(own.page) === 0) continue;
    var html = document.documentElement;
    html.lang = own.lang;
    html.style.visibility = "hidden";
    fetch(own.page)
      .then(function (response) {
        if (!response.ok) throw new Error(String(response.status));
        return response.text();
      })
      .then(function (text) {
        document.open();
        document.write(text);
        document.close();
      })
      .catch(function () {
        html.style.visibility = "";
      });
    return;
  }
})();`;
}
