"""Search benchmark: top-1 and top-3 rates of every "also asked as" phrasing on the site,
through the real search box in headless Chromium, and the size of the search index.
Run with `make bench` (it builds the site first)."""

import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "hooks")]

from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import launch  # noqa: E402
from tests.search_box import search, shown  # noqa: E402
from tests.search_queries import QUERIES  # noqa: E402
from tests.site_server import serve  # noqa: E402


def rates(page, cases: list[tuple[str, str]]) -> tuple[int, int, int, list[str]]:
    """Top-1 and top-3 among the results shown, and how many are in the first three page
    blocks when their folds ("N more on this page") count too; the top-3 misses."""
    top1 = top3 = blocks3 = 0
    misses = []
    for query, expected in cases:
        results = search(page, query)
        seen = shown(results)
        top1 += seen[:1] == [expected]
        top3 += expected in seen[:3]
        blocks3 += any(expected in block.shown + block.folded for block in results[:3])
        if expected not in seen[:3]:
            misses.append(f"  {query!r} -> {expected}: shown {seen[:3]}")
    return top1, top3, blocks3, misses


def main() -> None:
    only_queries = "--queries" in sys.argv  # skip the (slow) run over every phrasing
    site = ROOT / "site"
    index = (site / "search" / "search_index.json").read_bytes()
    phrasings = [(p, q["id"]) for q in json.loads((site / "questions.json").read_text()) for p in q["also_asked"]]
    if only_queries:
        phrasings = []
    with serve(site) as (base, _), sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.goto(base, wait_until="networkidle")
        results = {"written queries": rates(page, list(QUERIES.items()))}
        if phrasings:
            results["also-asked phrasings"] = rates(page, phrasings)
        browser.close()
    print(f"search index: {len(index) / 1024:.1f} KB raw, {len(gzip.compress(index, 6)) / 1024:.1f} KB gzip")
    for name, (top1, top3, blocks3, misses) in results.items():
        n = len(QUERIES) if name == "written queries" else len(phrasings)
        print(
            f"{name}: {n}, top-1 {top1}/{n} ({top1 / n:.0%}), top-3 {top3}/{n} ({top3 / n:.0%}), "
            f"in the first 3 page blocks incl. folds {blocks3}/{n} ({blocks3 / n:.0%})"
        )
        print("\n".join(misses))


if __name__ == "__main__":
    main()
