"""Decide from its imports whether a snippet can run in the reader's browser.

What runs there is what the site ships: the import names of the verified Pyodide
packages (listed in shipped.json by tools/fetch_pyodide_packages.py, from the
packages requested in hooks/data/browser_packages.json), plus the standard
library minus what Pyodide cannot do. Anything else (torch above all) runs only
in the tests.
"""

import ast
import functools
import json
import sys
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / ".cache" / "pyodide" / "shipped.json"

# Standard-library modules that need processes, threads or sockets, or a terminal.
STDLIB_NOT_IN_BROWSER = frozenset({
    "subprocess", "multiprocessing", "threading", "_thread", "concurrent", "socket",
    "ssl", "selectors", "asyncore", "socketserver", "http", "urllib", "ftplib",
    "smtplib", "tkinter", "turtle", "curses", "readline", "webbrowser", "venv",
    "ensurepip", "idlelib",
})
STDLIB_IN_BROWSER = frozenset(sys.stdlib_module_names) - STDLIB_NOT_IN_BROWSER


@functools.cache
def shipped_imports(shipped: Path = SHIPPED) -> frozenset[str]:
    if not shipped.exists():
        raise FileNotFoundError(f"{shipped} is missing: run 'make deps' (it assembles the Pyodide runtime)")
    return frozenset(json.loads(shipped.read_text(encoding="utf-8"))["imports"])


def top_level_imports(source: str) -> set[str]:
    """Top-level names of every module the source imports (relative imports excluded)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.add(node.module.split(".")[0])
    return names


def runs_in_browser(source: str) -> bool:
    return top_level_imports(source) <= (shipped_imports() | STDLIB_IN_BROWSER)
