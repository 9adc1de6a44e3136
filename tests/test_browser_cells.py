"""Live cells in real headless Chromium, against the built site served under a path prefix.

Outside hosts are unresolvable and the test server's log is the judge of requests.
The isolation-dependent cases run three ways: COOP/COEP headers from the server,
isolation by the site's service worker alone, and service workers blocked.
"""

import re

import pytest
from browser_support import runs_in_browser

from tests.conftest import doc_pages
from tests.live_cells import cell, editor_text, output_text, run, set_code, wait_status
from tests.output_compare import output_diff, outputs_match
from tests.site_server import PREFIX, serve
from tests.snippet_runner import SNIPPETS, figure_path, recording_path

PILOT = "neural-networks/activation-functions/"
NUMPY_CELL = "neural-networks/nn-activation-functions.py"
TORCH_CELL = "neural-networks/nn-activation-functions-torch.py"


def page_url(src_path: str) -> str:
    return src_path[: -len(".md")].removesuffix("index") + ("/" if not src_path.endswith("index.md") else "")


PAGES_WITH_BROWSER_CELLS = [
    (path, [c.snippet for q in page.questions for c in q.cells if runs_in_browser((SNIPPETS / c.snippet).read_text())])
    for path, page in doc_pages()
]
PAGES_WITH_BROWSER_CELLS = [(path, cells) for path, cells in PAGES_WITH_BROWSER_CELLS if cells]


@pytest.fixture(scope="module")
def site(site_dir):
    with serve(site_dir) as (base, log):
        yield base, log


def open_page(browser, base, path, **context_options):
    context = browser.new_context(**context_options)
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(base + path, wait_until="load")
    page.wait_for_selector(".cell__editor .cm-content")
    return context, page, errors


@pytest.mark.parametrize("path,snippets", PAGES_WITH_BROWSER_CELLS, ids=[p for p, _ in PAGES_WITH_BROWSER_CELLS])
def test_every_browser_cell_prints_its_recording(browser, site, path, snippets):
    base, log = site
    context, page, errors = open_page(browser, base, page_url(path))
    failures = []
    for snippet in snippets:
        c = cell(page, snippet)
        c.scroll_into_view_if_needed()
        state = run(page, c)
        got = output_text(c)
        expected = recording_path(SNIPPETS / snippet).read_text(encoding="utf-8")
        if state != "done" or not outputs_match(expected, got):
            failures.append(f"{snippet} ({state}):\n{output_diff(expected, got, snippet)}")
        if figure_path(SNIPPETS / snippet).exists() and c.locator("[data-output] img.cell__figure").count() != 1:
            failures.append(f"{snippet}: the figure was not shown")
    context.close()
    assert not failures, "\n".join(failures)
    assert errors == []


def test_edit_run_and_the_output_is_text_not_html(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, 'print("<b>x</b>")\nprint(6 * 7)')
    assert run(page, c) == "done"
    assert output_text(c) == "<b>x</b>\n42\n"
    assert c.locator("[data-output] b").count() == 0
    context.close()


def test_each_run_starts_from_a_fresh_namespace(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "secret = 41")
    assert run(page, c) == "done"
    set_code(page, c, "print('secret' in globals())")
    assert run(page, c) == "done" and output_text(c) == "False\n"
    context.close()


def test_shift_enter_runs_and_escape_leaves_the_editor(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "print('via keyboard')")
    page.keyboard.press("Shift+Enter")
    assert wait_status(page, c) == "done" and output_text(c) == "via keyboard\n"
    c.locator(".cm-content").click()
    page.keyboard.press("Escape")
    assert page.evaluate("document.activeElement.dataset.action") == "run"
    context.close()


def test_traceback_points_at_the_cells_own_line(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "x = 1\ny = 2\nraise ValueError('boom')")
    assert run(page, c) == "error"
    out = output_text(c)
    assert 'File "<cell>", line 3' in out and "ValueError: boom" in out
    assert "<exec>" not in out and "_pyodide" not in out
    stderr = c.locator('[data-output] [data-stream="stderr"]')
    assert "ValueError: boom" in stderr.first.text_content()
    context.close()


def test_input_is_not_supported_with_a_message(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "name = input('name? ')")
    assert run(page, c) == "error"
    assert "input() is not supported in the browser" in output_text(c)
    context.close()


def test_a_flood_of_output_is_capped(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "for i in range(100_000):\n    print(i)")
    assert run(page, c) == "done"
    shown = output_text(c).count("\n")
    assert 1000 <= shown <= 2001
    truncated = int(c.locator("[data-truncated]").get_attribute("data-truncated"))
    assert shown + truncated >= 100_000 - 1
    assert re.search(r"… \d+ more lines", c.locator("[data-truncated]").text_content())
    context.close()


def test_reset_and_edits_survive_a_reload(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    c = cell(page, NUMPY_CELL)
    original = editor_text(c)
    set_code(page, c, "print('my edit')")
    # Reload at once: the edit must not wait for its batched save to survive.
    assert editor_text(c) == "print('my edit')"
    page.reload(wait_until="load")
    page.wait_for_selector(".cell__editor .cm-content")
    c = cell(page, NUMPY_CELL)
    assert editor_text(c) == "print('my edit')"
    assert c.get_attribute("data-edited") == "true"
    assert "Edited by you" in c.locator(".cell__notice").text_content()
    c.locator('[data-action="reset"]').click()
    assert editor_text(c) == original
    assert c.get_attribute("data-edited") == "false"
    assert page.evaluate("Object.keys(localStorage).filter(k => k.startsWith('mlqa.cell')).length") == 0
    page.reload(wait_until="load")
    page.wait_for_selector(".cell__editor .cm-content")
    assert editor_text(cell(page, NUMPY_CELL)) == original
    context.close()


def test_an_edit_of_an_older_published_version_is_flagged(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT)
    page.evaluate(
        "key => localStorage.setItem(key, JSON.stringify({code: 'print(1)', digest: 'older000000'}))",
        f"mlqa.cell.v1:{NUMPY_CELL}",
    )
    page.reload(wait_until="load")
    page.wait_for_selector(".cell__editor .cm-content")
    notice = cell(page, NUMPY_CELL).locator(".cell__notice")
    assert "published code has changed" in notice.text_content()
    context.close()


def test_torch_cell_has_copy_but_no_run(browser, site):
    base, _ = site
    context, page, _ = open_page(browser, base, PILOT, permissions=["clipboard-read", "clipboard-write"])
    c = cell(page, TORCH_CELL)
    assert c.locator('[data-action="run"]').count() == 0
    assert "Needs PyTorch" in c.locator(".cell__badge").text_content()
    assert c.locator("[data-recorded-output]").is_visible()
    c.locator('[data-action="copy"]').click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.startswith("import") and "torch" in copied
    context.close()


def test_instant_navigation_then_run(browser, site):
    base, _ = site
    context = browser.new_context()
    page = context.new_page()
    page.goto(base + "neural-networks/", wait_until="load")
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-content a[href*='activation-functions']").first.click()
    page.wait_for_selector(".cell__editor .cm-content")
    assert page.evaluate("window.__sameDocument === true"), "the page was reloaded, not swapped"
    c = cell(page, NUMPY_CELL)
    set_code(page, c, "print('after navigation')")
    assert run(page, c) == "done" and output_text(c) == "after navigation\n"
    context.close()


def test_a_refused_wheel_gives_a_clear_message(browser, site_dir):
    with serve(site_dir, refuse=("numpy-",)) as (base, log):
        context, page, _ = open_page(browser, base, PILOT)
        c = cell(page, NUMPY_CELL)
        assert run(page, c) == "error"
        out = output_text(c)
        assert "could not be loaded" in out and "ModuleNotFoundError" not in out
        assert any("numpy-" in path and code == 403 for path, code in log)
        context.close()


def test_nothing_is_requested_outside_the_site(site):
    _, log = site
    assert log and all(path.startswith(PREFIX) for path, _ in log), [p for p, _ in log if not p.startswith(PREFIX)]


# --- Stop, three ways ---------------------------------------------------------------------
ISOLATION_MODES = {
    "headers": {"isolation_headers": True, "context": {}, "isolated": True},
    "service-worker": {"isolation_headers": False, "context": {}, "isolated": True},
    "no-isolation": {"isolation_headers": False, "context": {"service_workers": "block"}, "isolated": False},
}


@pytest.mark.parametrize("mode", ISOLATION_MODES)
def test_stop_a_runaway_cell(browser, site_dir, mode):
    setup = ISOLATION_MODES[mode]
    with serve(site_dir, isolation_headers=setup["isolation_headers"]) as (base, log):
        context = browser.new_context(**setup["context"])
        page = context.new_page()
        page.goto(base + PILOT, wait_until="load")
        if setup["isolated"]:
            page.wait_for_function("crossOriginIsolated", timeout=30_000)
        page.wait_for_selector(".cell__editor .cm-content")
        assert page.evaluate("crossOriginIsolated") is setup["isolated"]
        c = cell(page, NUMPY_CELL)
        set_code(page, c, "while True:\n    pass")
        c.locator('[data-action="run"]').click()
        wait_status(page, c, states=("running",))
        page.wait_for_timeout(300)
        assert page.evaluate("6 * 7") == 42  # the page answers while Python loops
        assert re.fullmatch(r"running \d+\.\d s", c.locator("[data-status]").text_content())
        c.locator('[data-action="stop"]').click()
        assert wait_status(page, c, timeout=20_000) == "stopped"
        out = output_text(c)
        if setup["isolated"]:
            assert "KeyboardInterrupt" in out
        else:
            assert "runtime was restarted" in out
        set_code(page, c, "print('alive')")
        assert run(page, c) == "done" and output_text(c) == "alive\n"
        context.close()


def wasm_requested(log) -> bool:
    return any(path.endswith("pyodide.asm.wasm") for path, _ in log)


def wasm_requested_soon(page, log, timeout_ms: int = 30_000) -> bool:
    """Whether Pyodide's wasm is requested within the timeout (a loaded machine is slow)."""
    for _ in range(timeout_ms // 100):
        if wasm_requested(log):
            return True
        page.wait_for_timeout(100)
    return wasm_requested(log)


def test_python_starts_on_intent_not_on_load(browser, site_dir):
    with serve(site_dir) as (base, log):
        context, page, _ = open_page(browser, base, PILOT)
        page.wait_for_timeout(1000)  # less than the in-view delay
        assert not wasm_requested(log), "Pyodide was fetched before any sign of intent"
        cell(page, NUMPY_CELL).locator(".cm-content").focus()
        assert wasm_requested_soon(page, log), "focusing an editor did not start Python"
        context.close()


def test_save_data_waits_for_an_explicit_run(browser, site_dir):
    with serve(site_dir) as (base, log):
        context = browser.new_context()
        context.add_init_script("Object.defineProperty(navigator, 'connection', {value: {saveData: true}})")
        page = context.new_page()
        page.goto(base + PILOT, wait_until="load")
        page.wait_for_selector(".cell__editor .cm-content")
        c = cell(page, NUMPY_CELL)
        c.scroll_into_view_if_needed()
        c.locator(".cm-content").focus()
        page.wait_for_timeout(4000)  # longer than the in-view delay
        assert not wasm_requested(log), "Pyodide was fetched although the browser asked to save data"
        assert run(page, c) == "done"
        assert wasm_requested(log)
        context.close()
