"""Material's real search box in headless Chromium finds the questions readers ask for.

The queries (tests/search_queries.py) were written before any tuning. Material shows, per
page, its best-scoring section and folds the page's other matches under "N more on this
page"; bench/search.py reports the strict top-1/top-3 rates of what is shown.
"""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.search_box import search, shown
from tests.search_queries import QUERIES
from tests.site_server import serve

# Measured 32 of 35 (bench/search.py, 2026-11-22); raise it when the search improves.
SHOWN_IN_TOP_3_AT_LEAST = 32


@pytest.fixture(scope="module")
def results(site_dir):
    """Every written query's results, typed into the search box of the home page."""
    with serve(site_dir) as (base, _), sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        errors = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(base, wait_until="networkidle")
        answers = {query: search(page, query) for query in QUERIES}
        browser.close()
    assert errors == []
    return answers


def test_every_query_finds_its_question_among_the_first_three_pages_of_results(results):
    misses = [
        f"{query!r} -> {expected}: {[block.shown + block.folded for block in results[query][:3]]}"
        for query, expected in QUERIES.items()
        if not any(expected in block.shown + block.folded for block in results[query][:3])
    ]
    assert misses == []


def test_most_queries_show_their_question_in_the_top_3(results):
    hits = [query for query, expected in QUERIES.items() if expected in shown(results[query])[:3]]
    assert len(hits) >= SHOWN_IN_TOP_3_AT_LEAST, sorted(set(QUERIES) - set(hits))


def test_stop_words_and_inflections_do_not_change_what_is_found(results, site_dir):
    # The query worker drops stop words and stems like the index: "why do we need ..." must
    # not match "weights" through "we*", and "classification" must reach "classifiers".
    with serve(site_dir) as (base, _), sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        page.goto(base, wait_until="networkidle")
        plain = shown(search(page, "need activation functions"))[:3]
        wordy = shown(search(page, "why do we need the activation functions"))[:3]
        inflected = shown(search(page, "classifier trained with squared errors"))[:3]
        base_form = shown(search(page, "classification train with squared error"))[:3]
        search(page, "leaky relu negative slope")
        highlight = page.locator("a.md-search-result__link").first.get_attribute("href")
        browser.close()
    assert plain == wordy
    assert inflected == base_form
    # The target page highlights the words as typed ("leaky"), not their stems ("leaki").
    assert "h=leaky+relu" in highlight, highlight
