"""Every question page has a valid notebook; one is executed and prints what the site recorded."""

import nbformat
import pytest
from nbclient import NotebookClient
from notebook_builder import absolute_links, flatten_admonitions, macro_definitions

from tests.conftest import doc_pages
from tests.output_compare import outputs_match

QUESTION_PAGES = [(path, page) for path, page in doc_pages() if page.questions]


def notebook_path(site_dir, src_path):
    stem = src_path[: -len(".md")]
    return site_dir / stem / f"{stem.split('/')[-1]}.ipynb"


@pytest.mark.parametrize("path,page", QUESTION_PAGES, ids=[p for p, _ in QUESTION_PAGES])
def test_page_notebook_is_valid_and_has_every_cell(site_dir, path, page):
    nb = nbformat.read(notebook_path(site_dir, path), as_version=4)
    nbformat.validate(nb)
    code = [c.source for c in nb.cells if c.cell_type == "code"]
    assert len(code) == sum(len(q.cells) for q in page.questions)
    text = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for q in page.questions:
        assert f"## {q.question}" in text
    assert "!!!" not in text and "???" not in text and "[[" not in text
    html = (site_dir / path[: -len(".md")] / "index.html").read_text(encoding="utf-8")
    assert f'href="{notebook_path(site_dir, path).name}" download' in html


def test_one_notebook_executes_and_prints_its_recordings(site_dir, tmp_path):
    path = "neural-networks/activation-functions.md"
    nb = nbformat.read(notebook_path(site_dir, path), as_version=4)
    recorded = [c.outputs[0]["text"] for c in nb.cells if c.cell_type == "code"]
    NotebookClient(nb, timeout=300, startup_timeout=300, kernel_name="python3", resources={"metadata": {"path": str(tmp_path)}}).execute()
    for cell, expected in zip((c for c in nb.cells if c.cell_type == "code"), recorded):
        printed = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
        assert outputs_match(expected, printed), cell.source[:80]


def test_admonitions_become_titled_paragraphs():
    lines = ['!!! key-points "Key points"', "    - one", "", '??? exercise "Try"', "    Do it.", "",
             '    ??? solution "Solution"', "        Done.", "after"]
    assert flatten_admonitions(lines) == [
        "**Key points**", "", "- one", "", "**Try**", "", "Do it.", "", "**Solution**", "", "Done.", "after",
    ]


def test_links_become_site_urls():
    text = "see [a](../llm/x.md#q-1), [b](index.md) and [c](#here)"
    assert absolute_links(text, "nn/page.md", "https://s.io/") == (
        "see [a](https://s.io/llm/x/#q-1), [b](https://s.io/nn/) and [c](#here)"
    )


def test_macros_become_newcommands():
    assert macro_definitions({"\\vv": "\\boldsymbol{#1}", "\\R": "\\mathbb{R}"}) == (
        "$$\n\\newcommand{\\vv}[1]{\\boldsymbol{#1}}\n\\newcommand{\\R}{\\mathbb{R}}\n$$"
    )
