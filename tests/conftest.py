"""Shared test setup: the hooks' modules on the path, the built site, catalog coverage report."""

import json
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
HOOKS = ROOT / "hooks"
sys.path.insert(0, str(HOOKS))

from page_format import parse_page  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import launch  # noqa: E402

DOCS = ROOT / "docs"
CATALOG = HOOKS / "data" / "catalog_snapshot.json"


def doc_pages():
    """(source path relative to docs, parsed page) for every Markdown page."""
    return [
        (p.relative_to(DOCS).as_posix(), parse_page(p.read_text(encoding="utf-8"), p.relative_to(DOCS).as_posix()))
        for p in sorted(DOCS.rglob("*.md"))
    ]


def catalog():
    return json.loads(CATALOG.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def site_dir() -> Path:
    """The site built by `make build` (`make test` builds it once before the tests)."""
    site = Path(os.environ.get("BUILT_SITE", ROOT / "site"))
    if not (site / "index.html").is_file():
        pytest.fail(f"no built site at {site}: run 'make build' first (make test does it)")
    return site


def pytest_terminal_summary(terminalreporter):
    """Catalog coverage: how many planned questions are answered, and which are not yet."""
    planned = catalog()
    answered = {q.id for _, page in doc_pages() for q in page.questions}
    terminalreporter.write_sep("-", "catalog coverage")
    terminalreporter.write_line(f"{len(answered & planned.keys())} of {len(planned)} catalog questions answered")
    themes: dict[str, list[str]] = {}
    for qid, entry in planned.items():
        if qid not in answered:
            themes.setdefault(entry["theme"], []).append(qid)
    for theme, ids in themes.items():
        shown = ", ".join(ids[:4]) + (f", ... ({len(ids) - 4} more)" if len(ids) > 4 else "")
        terminalreporter.write_line(f"  not yet in {theme}: {shown}")


@pytest.fixture(scope="module")
def browser():
    """Headless Chromium (tests/browser.py), one per test module."""
    with sync_playwright() as p:
        chromium = launch(p)
        yield chromium
        chromium.close()
