"""Render every formula to KaTeX HTML at build time: no math JavaScript in the browser.

pymdownx.arithmatex protects the math while Markdown parses; after the page is
built (on_post_page, so KaTeX's HTML never reaches the search index) each formula is
rendered once per build. KaTeX's CSS and fonts are shipped from node_modules.
"""

import atexit
import logging
from pathlib import Path

from katex_renderer import KatexRenderer, load_macros
from math_html import MathError, replace_math, source_line
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from notebook_html import render_notebook_math, strip_cdn_scripts

ROOT = Path(__file__).resolve().parent.parent
KATEX_DIST = ROOT / "node_modules" / "katex" / "dist"
MACROS = Path(__file__).resolve().parent / "data" / "katex_macros.json"
SITE_DIR = "assets/katex"

log = logging.getLogger("mkdocs.hooks.render_math")
_renderer: KatexRenderer | None = None


def on_config(config):
    global _renderer
    if _renderer is None:  # one V8 and one cache for the whole session (serve rebuilds too)
        _renderer = KatexRenderer(KATEX_DIST / "katex.min.js", load_macros(MACROS))
        atexit.register(_renderer.close)
    return config


def on_files(files, config):
    files.append(File.generated(config, f"{SITE_DIR}/katex.min.css", abs_src_path=str(KATEX_DIST / "katex.min.css")))
    # Browsers that read the site all take woff2, KaTeX's first choice.
    for font in sorted((KATEX_DIST / "fonts").glob("*.woff2")):
        files.append(File.generated(config, f"{SITE_DIR}/fonts/{font.name}", abs_src_path=str(font)))
    return files


def on_post_page(output, page, config):
    try:
        if page.file.src_uri.endswith(".ipynb"):  # a walkthrough rendered by mkdocs-jupyter
            return render_notebook_math(strip_cdn_scripts(output), _renderer.render)
        return replace_math(output, _renderer.render)
    except MathError as err:
        line = source_line(err.tex, page.file.content_string)
        raise PluginError(
            f"docs/{page.file.src_uri}:{line}: KaTeX cannot render ${err.tex}$: {err.message}. "
            "Fix the formula (macros are in hooks/data/katex_macros.json)."
        ) from None


def on_post_build(config):
    log.info("math: %d distinct formulas rendered", _renderer.calls)
