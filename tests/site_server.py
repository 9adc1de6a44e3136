"""Serve a built site on loopback under a path prefix, logging every request it gets.

The log is the judge of what the browser fetched: Playwright cannot see every
request made by workers, but the server sees them all.
"""

import contextlib
import functools
import http.server
import io
import re
import threading
from pathlib import Path

PREFIX = "/ml-qa-live/"  # like a GitHub project site


class RequestLog(list):
    """(path, status) of every request, plus (path, bytes) of every body sent."""

    def __init__(self):
        super().__init__()
        self.sent: list[tuple[str, int]] = []

    def bytes_sent(self, since: int = 0) -> int:
        return sum(size for _, size in self.sent[since:])


class _Handler(http.server.SimpleHTTPRequestHandler):
    isolation_headers = True
    refuse: tuple[str, ...] = ()  # path fragments answered with 403, to test failures
    log: RequestLog
    extensions_map = {
        **http.server.SimpleHTTPRequestHandler.extensions_map,
        ".mjs": "text/javascript", ".js": "text/javascript", ".wasm": "application/wasm",
    }

    def send_head(self):
        if any(fragment in self.path for fragment in self.refuse):
            self.send_error(403, "refused by the test server")
            return None
        if self.path.split("?")[0] == PREFIX + "sitemap.xml":
            return self._sitemap_at_this_origin()
        return super().send_head()

    def _sitemap_at_this_origin(self):
        """The sitemap as a deployment at this origin would have it (site_url = this server).

        Material's instant navigation only treats links as internal when they match
        the sitemap, whose URLs carry the configured site_url.
        """
        body = (Path(self.directory) / "sitemap.xml").read_text(encoding="utf-8")
        here = f"http://{self.headers['Host']}{PREFIX}"
        body = re.sub(r"<loc>[^<]*?" + re.escape(PREFIX), "<loc>" + here, body).encode("utf-8")
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def translate_path(self, path):
        clean = path.split("?", 1)[0].split("#", 1)[0]
        if not clean.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_prefix__")
        return super().translate_path("/" + clean[len(PREFIX):])

    def end_headers(self):
        if self.isolation_headers:
            self.send_header("Cross-Origin-Opener-Policy", "same-origin")
            self.send_header("Cross-Origin-Embedder-Policy", "require-corp")
        self.send_header("Cache-Control", "no-cache")
        super().end_headers()

    def copyfile(self, source, outputfile):
        start = source.tell()
        super().copyfile(source, outputfile)
        self.log.sent.append((self.path, source.tell() - start))

    def log_request(self, code="-", size="-"):
        self.log.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path, isolation_headers: bool = True, refuse: tuple[str, ...] = ()):
    """Yield (base URL, request log) for site served at http://127.0.0.1:<port>/ml-qa-live/."""
    log = RequestLog()
    handler = type("Handler", (_Handler,), {"isolation_headers": isolation_headers, "refuse": refuse, "log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", log
    finally:
        server.shutdown()
        server.server_close()
