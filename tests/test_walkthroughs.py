"""Walkthrough notebooks: they execute and print what they show; their pages have KaTeX math
and none of the CDN scripts mkdocs-jupyter's template adds."""

from pathlib import Path

import nbformat
import pytest
from math_html import MathError
from nbclient import NotebookClient
from notebook_html import render_notebook_math, strip_cdn_scripts
from playwright.sync_api import sync_playwright

from tests.browser import launch
from tests.output_compare import output_diff, outputs_match
from tests.site_server import PREFIX, serve

NOTEBOOKS = sorted((Path(__file__).resolve().parent.parent / "docs" / "notebooks").glob("*.ipynb"))


def printed(cell) -> str:
    return "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")


def test_there_are_three_walkthroughs():
    assert len(NOTEBOOKS) >= 3


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_walkthrough_executes_and_prints_what_it_shows(notebook, tmp_path):
    saved = nbformat.read(notebook, as_version=4)
    nbformat.validate(saved)
    fresh = nbformat.read(notebook, as_version=4)
    NotebookClient(fresh, timeout=300, startup_timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    for old, new in zip(saved.cells, fresh.cells):
        if old.cell_type == "code":
            assert outputs_match(printed(old), printed(new)), output_diff(printed(old), printed(new), notebook.name)
            assert any("image/png" in o.get("data", {}) for o in old.outputs) == any(
                "image/png" in o.get("data", {}) for o in new.outputs
            )


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda p: p.name)
def test_walkthrough_page_has_katex_and_no_cdn_scripts(site_dir, notebook):
    html = (site_dir / "notebooks" / notebook.stem / "index.html").read_text(encoding="utf-8")
    assert 'class="katex"' in html
    assert "cdnjs" not in html and "x-mathjax-config" not in html and '<script src="">' not in html


def test_notebook_math_is_rendered_in_markdown_only():
    page = (
        '<script>var x = "$a$";</script>'
        '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown" data-mime-type="text/markdown">'
        "<p>see $x &lt; 1$ and</p><p>$$\ny^2\n$$</p><pre><code>$z$</code></pre></div>"
    )
    out = render_notebook_math(page, lambda tex, display: f"[{tex}|{display}]")
    assert out == (
        '<script>var x = "$a$";</script>'
        '<div class="jp-RenderedHTMLCommon jp-RenderedMarkdown" data-mime-type="text/markdown">'
        '<p>see [x < 1|False] and</p><p><div class="math-display">[y^2|True]</div></p><pre><code>$z$</code></pre></div>'
    )


def test_bad_notebook_math_is_a_math_error():
    def fail(tex, display):
        raise ValueError("KaTeX parse error")

    with pytest.raises(MathError):
        render_notebook_math('<div class="jp-RenderedMarkdown"><p>$\\bad$</p></div>', fail)


def test_cdn_scripts_are_stripped():
    page = (
        '<!-- Load mathjax -->\n<script src=""> </script>\n<script type="text/x-mathjax-config">init()</script>'
        '<script type="module">import("https://cdnjs.cloudflare.com/x.mjs")</script><script type="module">ok()</script>'
    )
    assert strip_cdn_scripts(page).strip() == '<script type="module">ok()</script>'


def test_a_walkthrough_notebook_page_makes_no_outside_requests(site_dir):
    with serve(site_dir) as (base, log), sync_playwright() as p:
        browser = launch(p)
        page = browser.new_page()
        errors, failed = [], []
        page.on("console", lambda m: m.type == "error" and errors.append(m.text))
        page.on("requestfailed", lambda r: failed.append(r.url))
        page.goto(base + "notebooks/backpropagation-by-hand-and-code/", wait_until="networkidle")
        assert page.locator(".jp-RenderedMarkdown .katex").count() > 0
        browser.close()
    assert errors == [] and failed == []
    assert all(path.startswith(PREFIX) and code < 400 for path, code in log), log
