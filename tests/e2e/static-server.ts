/**
 * A minimal static file server for the built site, mounted under a non-root base path the way
 * GitHub Pages serves a project site: no special headers, directories served by `index.html`,
 * text compressed with gzip when the browser accepts it, and the site's `404.html` with status 404
 * for any address under the base that has no file (as GitHub Pages does).
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { createServer, type Server } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";

/** The types GitHub Pages compresses. */
const COMPRESSED = new Set([".html", ".js", ".mjs", ".css", ".json", ".svg", ".xml", ".txt", ".wasm"]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".xml": "application/xml",
  ".txt": "text/plain; charset=utf-8",
};

export interface StaticSite {
  /** `http://127.0.0.1:<port><base>` */
  url: string;
  /** Bytes sent per path, for the page-weight report. */
  sent: Map<string, number>;
  close(): Promise<void>;
}

/** Serves `root` under `base` (e.g. `/looplab/`) on a free loopback port. */
export async function serveStatic(dir: string, base: string): Promise<StaticSite> {
  const root = resolve(dir);
  const sent = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname);
      if (!path.startsWith(base)) {
        response.writeHead(404).end("not under base");
        return;
      }
      let file = normalize(join(root, path.slice(base.length)));
      if (file !== root && !file.startsWith(root + sep)) {
        response.writeHead(403).end();
        return;
      }
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file).catch(() => null);
      }
      if (!info) {
        const page = await readFile(join(root, "404.html")).catch(() => null);
        if (page === null) response.writeHead(404, { "content-type": "text/plain" }).end("not found");
        else response.writeHead(404, { "content-type": TYPES[".html"] }).end(page);
        return;
      }
      const type = TYPES[extname(file)] ?? "application/octet-stream";
      if (
        COMPRESSED.has(extname(file)) &&
        /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))
      ) {
        const body = gzipSync(await readFile(file));
        sent.set(path, body.length);
        response.writeHead(200, {
          "content-type": type,
          "content-encoding": "gzip",
          "content-length": body.length,
        });
        response.end(body);
        return;
      }
      sent.set(path, info.size);
      response.writeHead(200, { "content-type": type, "content-length": info.size });
      createReadStream(file).pipe(response);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${base}`,
    sent,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
