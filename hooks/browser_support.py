"""Decide from its imports whether a snippet can run in the reader's browser.

The one list of DESIGN.md: the packages the site ships to Pyodide (and the
packages they pull in), plus the standard library minus what Pyodide cannot
do. Anything else (torch above all) runs only in the tests.
"""

import ast
import sys

BROWSER_PACKAGES = frozenset({
    "numpy", "scipy", "sklearn", "matplotlib", "pandas",
    # what those import, shipped with them
    "joblib", "threadpoolctl", "PIL", "dateutil", "pytz", "six", "cycler",
    "kiwisolver", "pyparsing", "fontTools", "packaging", "contourpy",
})
# Standard-library modules that need processes, threads or sockets, or a terminal.
STDLIB_NOT_IN_BROWSER = frozenset({
    "subprocess", "multiprocessing", "threading", "_thread", "concurrent", "socket",
    "ssl", "selectors", "asyncore", "socketserver", "http", "urllib", "ftplib",
    "smtplib", "tkinter", "turtle", "curses", "readline", "webbrowser", "venv",
    "ensurepip", "idlelib",
})
STDLIB_IN_BROWSER = frozenset(sys.stdlib_module_names) - STDLIB_NOT_IN_BROWSER


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
    return top_level_imports(source) <= (BROWSER_PACKAGES | STDLIB_IN_BROWSER)
