"""Serve a built site on loopback under a path prefix, logging every request it gets.

The log is the judge of what the browser fetched: Playwright cannot see every
request made by workers, but the server sees them all.
"""

import contextlib
import functools
import http.server
import threading
from pathlib import Path

PREFIX = "/ml-qa-live/"  # like a GitHub project site


class _Handler(http.server.SimpleHTTPRequestHandler):
    isolation_headers = True
    log: list[tuple[str, int]]

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

    def log_request(self, code="-", size="-"):
        self.log.append((self.path, int(code) if str(code).isdigit() else 0))

    def log_message(self, *args):
        pass


@contextlib.contextmanager
def serve(site: Path, isolation_headers: bool = True):
    """Yield (base URL, request log) for site served at http://127.0.0.1:<port>/ml-qa-live/."""
    log: list[tuple[str, int]] = []
    handler = type("Handler", (_Handler,), {"isolation_headers": isolation_headers, "log": log})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(handler, directory=str(site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{PREFIX}", log
    finally:
        server.shutdown()
        server.server_close()
