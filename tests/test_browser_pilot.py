"""The pilot page in real headless Chromium: math is KaTeX, cells are cells, nothing goes wrong."""

import pytest
from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.site_server import PREFIX, serve

PILOT = "neural-networks/activation-functions/"


@pytest.fixture(scope="module")
def pilot(site_dir):
    with serve(site_dir) as (base, log), sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        console_errors, failed = [], []
        page.on("console", lambda m: m.type == "error" and console_errors.append(m.text))
        page.on("pageerror", lambda e: console_errors.append(str(e)))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto(base + PILOT, wait_until="networkidle")
        yield page, log, console_errors, failed
        browser.close()


def test_math_is_rendered_by_katex(pilot):
    page, *_ = pilot
    assert page.locator(".katex").count() > 5
    assert page.locator(".arithmatex").count() == 0
    assert page.locator(".math-display .katex-display").count() >= 1


def test_cells_are_cells(pilot):
    page, *_ = pilot
    cells = page.locator("[data-cell]")
    assert cells.count() >= 7
    first = cells.first
    assert first.locator("pre code").first.inner_text().strip()
    assert first.locator("[data-recorded-output]").inner_text().strip().lower().startswith("output")
    assert page.locator(".cell__badge--local").count() >= 1  # the PyTorch cell
    figure = page.locator("img.cell__figure").first
    figure.scroll_into_view_if_needed()
    page.wait_for_function("img => img.complete && img.naturalWidth > 0", arg=figure.element_handle())


def test_no_console_errors_and_no_outside_requests(pilot):
    page, log, console_errors, failed = pilot
    assert console_errors == []
    assert failed == []
    assert log, "the server saw no requests"
    assert all(path.startswith(PREFIX) for path, _ in log), log
    not_ok = [(path, code) for path, code in log if code >= 400]
    assert not not_ok, f"requests the server refused: {not_ok}"
    print("\n".join(f"{code} {path}" for path, code in log))

