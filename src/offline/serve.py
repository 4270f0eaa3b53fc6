#!/usr/bin/env python3
"""Serves this copy of the Looplab course on this computer, with no installation.

Run `python3 serve.py` in this folder (any Python 3.8 or newer), then open the address it prints.
Browsers do not run the course's workers from `file://`, and a local address is also a secure
context, so the course is installable and works offline from there too.

Options: `--port N` (default 4321; 0 picks a free port), `--host H` (default 127.0.0.1).
"""

import argparse
import os
import posixpath
import sys
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import unquote, urlsplit

# The path the course was built for (filled in by the build).
BASE = "/"

ROOT = os.path.dirname(os.path.abspath(__file__))


class CourseHandler(SimpleHTTPRequestHandler):
    """Serves ROOT under BASE, with the types the course needs and no caching by the browser."""

    extensions_map = {
        **SimpleHTTPRequestHandler.extensions_map,
        ".js": "text/javascript",
        ".mjs": "text/javascript",
        ".wasm": "application/wasm",
        ".webmanifest": "application/manifest+json",
        ".svg": "image/svg+xml",
        ".json": "application/json",
    }

    def do_GET(self):
        path = unquote(urlsplit(self.path).path)
        if path == "/" and BASE != "/":
            self.send_response(302)
            self.send_header("Location", BASE)
            self.end_headers()
            return
        if not path.startswith(BASE):
            self.send_error(404)
            return
        super().do_GET()

    def translate_path(self, path):
        # Paths outside BASE never get here; ".." segments cannot leave ROOT.
        rest = unquote(urlsplit(path).path)[len(BASE):]
        parts = [part for part in posixpath.normpath("/" + rest).split("/") if part not in ("", ".", "..")]
        return os.path.join(ROOT, *parts) + ("/" if rest.endswith("/") else "")

    def end_headers(self):
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def log_message(self, format, *args):
        pass


def main():
    parser = argparse.ArgumentParser(description="Serve this copy of the Looplab course.")
    parser.add_argument("--port", type=int, default=4321)
    parser.add_argument("--host", default="127.0.0.1")
    options = parser.parse_args()
    server = ThreadingHTTPServer((options.host, options.port), partial(CourseHandler, directory=ROOT))
    print(f"Looplab is at http://{options.host}:{server.server_port}{BASE}  (press Ctrl+C to stop)", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
