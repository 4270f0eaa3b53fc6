/**
 * The offline course: an Astro integration that, after the static build, writes a Workbox service
 * worker precaching the whole site (every page, the island and editor chunks, the sandbox worker
 * with the compiler, the QuickJS wasm, CSS, icons and the search index), and copies the
 * one-command local servers (`serve.mjs` for Node, `serve.py` for Python) into the build with the
 * base path filled in.
 *
 * `@vite-pwa/astro` is not used: its releases declare support up to Astro 5, and this site runs on
 * Astro 7. Its approach — `workbox-build`'s `generateSW` over the finished build folder — is what
 * this integration does directly.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateSW } from "workbox-build";

/** The service worker's file name, at the root of the base path (its scope is the whole site). */
export const SERVICE_WORKER = "sw.js";
/** The local server scripts placed in the build: one for Node, one for Python. */
export const LOCAL_SERVERS = ["serve.mjs", "serve.py"];

/** The sandbox worker bundles the TypeScript compiler: several megabytes, and it must be cached. */
const MAX_PRECACHED_FILE = 32 * 1024 * 1024;

interface BuildDoneHook {
  dir: URL;
  logger: { info(message: string): void };
}

interface ConfigSetupHook {
  config: { base: string };
  injectScript(stage: "page", content: string): void;
}

/** The integration: list it in `astro.config.mjs` `integrations`. */
export function offlineCourse() {
  let base = "/";
  return {
    name: "looplab-offline",
    hooks: {
      "astro:config:setup": ({ config, injectScript }: ConfigSetupHook) => {
        base = config.base.replace(/\/?$/, "/");
        const register = fileURLToPath(new URL("./register.ts", import.meta.url));
        injectScript("page", `import ${JSON.stringify(register)};`);
      },
      "astro:build:done": async ({ dir, logger }: BuildDoneHook) => {
        const out = fileURLToPath(dir);
        const { count, size, warnings } = await generateSW({
          globDirectory: out,
          swDest: `${out}${SERVICE_WORKER}`,
          globPatterns: ["**/*.{html,js,css,wasm,json,svg,png,ico,webmanifest,woff2,txt}", "pagefind/**/*"],
          globIgnores: [...LOCAL_SERVERS, SERVICE_WORKER],
          maximumFileSizeToCacheInBytes: MAX_PRECACHED_FILE,
          // Files under _astro/ carry a content hash in their names: no revision needed.
          dontCacheBustURLsMatching: /^_astro\//,
          // The first install takes over the open page at once; later versions wait for the
          // learner's go-ahead (the update prompt), so old pages never run against a new cache.
          clientsClaim: true,
          skipWaiting: false,
          cleanupOutdatedCaches: true,
          inlineWorkboxRuntime: true,
          sourcemap: false,
          mode: "production",
        });
        for (const warning of warnings) logger.info(`service worker: ${warning}`);
        logger.info(`service worker: ${count} files precached, ${(size / 1024 / 1024).toFixed(1)} MB`);
        for (const name of LOCAL_SERVERS) {
          const server = readFileSync(new URL(`./${name}`, import.meta.url), "utf8");
          // Both scripts declare `BASE = "/"` on a line of its own: JSON strings are valid in both.
          writeFileSync(
            `${out}${name}`,
            server.replace(/^(const )?BASE = "\/";?$/m, (line) => line.replace('"/"', JSON.stringify(base))),
          );
        }
      },
    },
  };
}
