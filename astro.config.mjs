// @ts-check
/**
 * The course site: Astro + Starlight; lessons, reference and teachers' pages from `content/`.
 *
 * `LOOPLAB_BASE` sets the path the site is served under (`/looplab/` for a GitHub Pages project
 * site); every link, worker and wasm URL is built relative to it. `LOOPLAB_SITE` sets the
 * absolute origin (used for canonical URLs and the sitemap) and is optional.
 */
import { defineConfig } from "astro/config";
import starlight from "@astrojs/starlight";
import mdx from "@astrojs/mdx";
import { readFileSync } from "node:fs";
import process from "node:process";
import { URL } from "node:url";
import { looplabPrecompiled, looplabPrelude } from "./runtime/build/vite-plugin.ts";
import { hintFreeModules } from "./src/assignments/hint-free.ts";
import { offlineCourse } from "./src/offline/integration.ts";

const base = process.env.LOOPLAB_BASE ?? "/";
/**
 * The sidebar items of a content folder: its English pages, and on Korean pages its Korean ones
 * (`content/ko/<folder>/`), which on English pages match nothing.
 * @param {string} folder
 */
const contentGroup = (folder) => [
  { autogenerate: { directory: `content/${folder}` } },
  { autogenerate: { directory: `content/ko/${folder}` } },
];
const { version } = JSON.parse(readFileSync(new URL("./package.json", import.meta.url), "utf8"));

export default defineConfig({
  base,
  site: process.env.LOOPLAB_SITE,
  trailingSlash: "always",
  integrations: [
    starlight({
      title: "Looplab",
      description:
        "An interactive course on asynchronous programming: asyncio's event loop, in TypeScript, in your browser.",
      // English at the root, Korean under `/ko/`. A page not yet translated is served under `/ko/`
      // too (Starlight's fallback: the English text with a notice), so every page has a twin.
      defaultLocale: "root",
      locales: { root: { label: "English", lang: "en" }, ko: { label: "한국어", lang: "ko" } },
      sidebar: [
        {
          label: "Start",
          translations: { ko: "시작" },
          items: [
            { label: "Home", translations: { ko: "홈" }, link: "/" },
            { label: "Your progress", translations: { ko: "내 진도" }, link: "/progress/" },
            { label: "Playground", translations: { ko: "플레이그라운드" }, link: "/playground/" },
          ],
        },
        // Starlight matches `directory` against each page's file path relative to
        // `src/content/docs/`, prefixed with the page's locale; our pages live in `content/`, so
        // the path is spelled from the root. On Korean pages the first entry of each group lists
        // the pages not yet translated (Starlight's fallbacks of the English files) and the second
        // the translated ones (`content/ko/…`); the route middleware merges them in course order.
        {
          label: "Lessons",
          translations: { ko: "강의" },
          items: contentGroup("lessons"),
        },
        {
          label: "Reference",
          translations: { ko: "참고 자료" },
          collapsed: true,
          items: contentGroup("reference"),
        },
        {
          label: "For teachers",
          translations: { ko: "교사용" },
          collapsed: true,
          items: contentGroup("teachers"),
        },
      ],
      // Course order from the file names, progress in the sidebar, Previous/Next within a group.
      routeMiddleware: "./src/course/route-middleware.ts",
      components: { Sidebar: "./src/components/Sidebar.astro" },
      customCss: ["./src/styles/island.css"],
      // Code blocks: see ec.config.mjs.
      lastUpdated: false,
      // The web app manifest, so the course can be installed (see src/offline/).
      head: [
        { tag: "link", attrs: { rel: "manifest", href: `${base.replace(/\/?$/, "/")}manifest.webmanifest` } },
      ],
      // Our own 404 page (src/pages/404.astro) shows the lesson map.
      disable404Route: true,
      pagination: true,
      // Pages live outside src/content/docs: let Starlight's Markdown plugins (asides such as
      // `:::note`, heading anchor links) process them too.
      markdown: {
        processedDirs: ["./content/lessons", "./content/reference", "./content/teachers", "./content/ko"],
      },
    }),
    // Starlight adds MDX itself when it is missing; listing it after Starlight keeps the order explicit.
    mdx({ optimize: true }),
    // The service worker that keeps the whole course working offline, and the local server scripts.
    offlineCourse(),
  ],
  vite: {
    define: { "import.meta.env.PUBLIC_COURSE_VERSION": JSON.stringify(version) },
    plugins: [looplabPrelude(), looplabPrecompiled(), hintFreeModules()],
    // Pre-bundle the worker's and the editor's dependencies when the dev server starts, instead of
    // discovering them on the first Run (which reloads the page).
    optimizeDeps: {
      include: [
        "typescript",
        "@jridgewell/trace-mapping",
        "quickjs-emscripten-core",
        "@jitl/quickjs-wasmfile-release-sync/ffi",
        "@codemirror/state",
        "@codemirror/view",
        "@codemirror/commands",
        "@codemirror/language",
        "@codemirror/lang-javascript",
        "@lezer/highlight",
        // The editor's language service, loaded on first focus.
        "@codemirror/autocomplete",
        "@codemirror/lint",
        "comlink",
        "@typescript/vfs",
        "@valtown/codemirror-ts/worker",
      ],
    },
    // The sandbox worker is built separately and needs both plugins too. Both workers (the
    // sandbox and the editor's language service) import TypeScript's compiler as one shared chunk,
    // so a page downloads it once.
    worker: {
      format: "es",
      plugins: () => [looplabPrelude(), looplabPrecompiled(), hintFreeModules()],
      rollupOptions: {
        output: {
          manualChunks: (id) =>
            id.endsWith("/node_modules/typescript/lib/typescript.js") ? "typescript" : undefined,
        },
      },
    },
    build: { assetsInlineLimit: 0 },
  },
});
