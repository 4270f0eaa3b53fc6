#!/usr/bin/env node
/**
 * Serves this copy of the Looplab course on this computer, with no installation: run
 * `node serve.mjs` in this folder (any Node.js 18 or newer), then open the address it prints.
 * Browsers do not run the course's workers from `file://`, and a local address is also a secure
 * context, so the course is installable and works offline from there too.
 *
 * Options: `--port N` (default 4321; 0 picks a free port), `--host H` (default 127.0.0.1).
 */
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import { dirname, extname, join, normalize, sep } from "node:path";
import console from "node:console";
import process from "node:process";
import { URL, fileURLToPath } from "node:url";

/** The path the course was built for (filled in by the build). */
const BASE = "/";

const ROOT = dirname(fileURLToPath(import.meta.url));
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
  ".woff2": "font/woff2",
};

function option(name, fallback) {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 && process.argv[at + 1] !== undefined ? process.argv[at + 1] : fallback;
}

/** The file a URL path names, or null when it lies outside the course. */
function fileFor(path) {
  if (!path.startsWith(BASE)) return null;
  const file = normalize(join(ROOT, path.slice(BASE.length)));
  return file === ROOT || file.startsWith(ROOT + sep) ? file : null;
}

const server = createServer(async (request, response) => {
  let path;
  try {
    path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
  } catch {
    response.writeHead(400).end();
    return;
  }
  if (path === "/" && BASE !== "/") {
    response.writeHead(302, { location: BASE }).end();
    return;
  }
  let file = fileFor(path);
  let info = file ? await stat(file).catch(() => null) : null;
  if (file && info?.isDirectory()) {
    if (!path.endsWith("/")) {
      response.writeHead(301, { location: `${path}/` }).end();
      return;
    }
    file = join(file, "index.html");
    info = await stat(file).catch(() => null);
  }
  if (!file || !info?.isFile()) {
    const notFound = join(ROOT, "404.html");
    const page = await stat(notFound).catch(() => null);
    response.writeHead(404, { "content-type": "text/html; charset=utf-8" });
    if (page) createReadStream(notFound).pipe(response);
    else response.end("Not found");
    return;
  }
  response.writeHead(200, {
    "content-type": TYPES[extname(file)] ?? "application/octet-stream",
    "content-length": info.size,
    "cache-control": "no-cache",
  });
  createReadStream(file).pipe(response);
});

const host = option("host", "127.0.0.1");
server.listen(Number(option("port", "4321")), host, () => {
  const { port } = server.address();
  console.log(`Looplab is at http://${host}:${port}${BASE}  (press Ctrl+C to stop)`);
});
