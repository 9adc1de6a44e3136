"""Notebooks: every question page can be downloaded as a Jupyter notebook.

Writes <page>/<slug>.ipynb next to each question page (prose as Markdown with its
math as LaTeX, snippets as code cells with their recorded output) and adds a
"Download as notebook" link under the page title.
"""

import json
import re
from pathlib import Path

import nbformat
from mkdocs.exceptions import PluginError
from notebook_builder import page_notebook
from page_format import ContentError, markdown_first_line

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
MACROS = Path(__file__).resolve().parent / "data" / "katex_macros.json"
QUESTION_HEADING = re.compile(r"^## .*\{#[a-z0-9-]+ \.(?:basic|intermediate|advanced)\}\s*$", re.MULTILINE)
_written: set[str] = set()  # pages whose notebook was written in this build


def on_page_markdown(markdown, page, config, files):
    if not page.file.src_uri.endswith(".md") or not QUESTION_HEADING.search(markdown):
        return markdown
    slug = Path(page.file.src_uri).stem
    site_url = config.site_url or "/"
    first_line = markdown_first_line(page.file.content_string, markdown)
    try:
        nb = page_notebook(
            markdown, page.file.src_uri, page.url, site_url, SNIPPETS, json.loads(MACROS.read_text()), first_line
        )
    except ContentError as err:
        raise PluginError(f"docs/{err}") from None
    target = Path(config.site_dir) / Path(page.file.dest_uri).parent / f"{slug}.ipynb"
    target.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, target)
    _written.add(page.file.src_uri)
    return markdown


def on_page_content(html, page, config, files):
    # Added to the HTML, not the Markdown, so that later hooks keep the source's line numbers.
    if page.file.src_uri not in _written:
        return html
    slug = Path(page.file.src_uri).stem
    link = f'<p class="notebook-download"><a href="{slug}.ipynb" download>Download this page as a Jupyter notebook</a></p>'
    return html.replace("</h1>", "</h1>\n" + link, 1)
