"""Live-cell benchmark in headless Chromium against the built site on loopback.

Medians of 5: navigation to the first output of a small NumPy cell with a cold and a
warm browser cache, a second Run, Stop latency, bytes transferred before the first Run
and by the first NumPy Run; then the ten slowest snippets in the browser.
Run with `make bench` (it builds the site first).
"""

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "hooks")]

from browser_support import runs_in_browser  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from tests.browser import launch  # noqa: E402
from tests.conftest import doc_pages  # noqa: E402
from tests.live_cells import cell, run, set_code, wait_status  # noqa: E402
from tests.site_server import serve  # noqa: E402
from tests.snippet_runner import SNIPPETS  # noqa: E402

PILOT = "neural-networks/activation-functions/"
SMALL_NUMPY = "import numpy as np\nprint(np.arange(5).sum())"
CELL = "neural-networks/nn-activation-functions.py"
REPEAT = 5


def first_output(page, base, log) -> tuple[float, int, int]:
    """Seconds from navigation to the small cell's output; bytes before Run; bytes by the Run."""
    start = time.perf_counter()
    page.goto(base + PILOT, wait_until="load")
    page.wait_for_selector(".cell__editor .cm-content")
    before_run = log.bytes_sent()
    mark = len(log.sent)
    c = cell(page, CELL)
    set_code(page, c, SMALL_NUMPY)
    assert run(page, c) == "done"
    return time.perf_counter() - start, before_run, log.bytes_sent(mark)


def measure(browser, base, log) -> dict[str, list[float]]:
    results: dict[str, list[float]] = {k: [] for k in (
        "navigation to first output, cold cache (s)", "navigation to first output, warm cache (s)",
        "second Run to output (s)", "Stop to stopped (s)",
        "bytes before the first Run, cold (MB)", "bytes by the first NumPy Run, cold (MB)")}
    for _ in range(REPEAT):
        log.clear(), log.sent.clear()
        context = browser.new_context()
        page = context.new_page()
        seconds, before, by_run = first_output(page, base, log)
        results["navigation to first output, cold cache (s)"].append(seconds)
        results["bytes before the first Run, cold (MB)"].append(before / 1e6)
        results["bytes by the first NumPy Run, cold (MB)"].append(by_run / 1e6)
        c = cell(page, CELL)
        start = time.perf_counter()
        run(page, c)
        results["second Run to output (s)"].append(time.perf_counter() - start)
        set_code(page, c, "while True:\n    pass")
        c.locator('[data-action="run"]').click()
        wait_status(page, c, states=("running",))
        start = time.perf_counter()
        c.locator('[data-action="stop"]').click()
        assert wait_status(page, c) == "stopped"
        results["Stop to stopped (s)"].append(time.perf_counter() - start)
        warm = context.new_page()  # same context: the HTTP cache is warm
        page.close()
        seconds, _, _ = first_output(warm, base, log)
        results["navigation to first output, warm cache (s)"].append(seconds)
        context.close()
    return results


def slowest_snippets(browser, base) -> list[tuple[float, str]]:
    timings = []
    context = browser.new_context()
    page = context.new_page()
    for path, parsed in doc_pages():
        snippets = [c.snippet for q in parsed.questions for c in q.cells
                    if runs_in_browser((SNIPPETS / c.snippet).read_text())]
        if not snippets:
            continue
        page.goto(base + path[:-3] + "/", wait_until="load")
        page.wait_for_selector(".cell__editor .cm-content")
        for snippet in snippets:
            c = cell(page, snippet)
            start = time.perf_counter()
            run(page, c)
            timings.append((time.perf_counter() - start, snippet))
    context.close()
    return sorted(timings, reverse=True)[:10]


def main() -> None:
    site = ROOT / "site"
    with serve(site) as (base, log), sync_playwright() as p:
        browser = launch(p)
        results = measure(browser, base, log)
        slowest = slowest_snippets(browser, base)
        browser.close()
    print(f"{'median of ' + str(REPEAT):<46}{'median':>10}{'min':>10}{'max':>10}")
    for name, values in results.items():
        print(f"{name:<46}{statistics.median(values):>10.3f}{min(values):>10.3f}{max(values):>10.3f}")
    print("\nten slowest snippets in the browser (first run on their page, includes package loading):")
    for seconds, snippet in slowest:
        print(f"  {seconds:6.2f} s  {snippet}")


if __name__ == "__main__":
    main()
