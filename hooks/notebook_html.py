"""Fix up pages that mkdocs-jupyter renders from notebooks.

Its template loads MathJax and a Mermaid loader from CDNs (and an empty-src script);
those are removed, since the site fetches nothing from other hosts and renders math at
build time. The notebook's Markdown keeps its math as raw $...$, so math is rendered
only inside the rendered-Markdown blocks (never in code or in the page's scripts).
"""

import html
import re
from collections.abc import Callable

from math_html import rendered

STRIPPED_SCRIPTS = re.compile(
    r"<!-- Load mathjax -->\s*<script src=\"[^\"]*\">\s*</script>"
    r"|<script type=\"text/x-mathjax-config\">.*?</script>"
    r"|<script type=\"module\">(?:(?!</script>).)*?cdnjs\.cloudflare\.com.*?</script>",
    re.DOTALL,
)
MARKDOWN_BLOCK = re.compile(r'(<div class="[^"]*\bjp-RenderedMarkdown\b[^"]*"[^>]*>)(.*?)(</div>)', re.DOTALL)
CODE = re.compile(r"<(code|pre)\b.*?</\1>", re.DOTALL)
MATH = re.compile(r"\$\$(?P<display>.+?)\$\$|(?<![\\$])\$(?P<inline>[^$\n]+?)\$", re.DOTALL)


def strip_cdn_scripts(page_html: str) -> str:
    return STRIPPED_SCRIPTS.sub("", page_html)


def _render_text(fragment: str, render: Callable[[str, bool], str]) -> str:
    def substitute(m: re.Match) -> str:
        display = m.group("display") is not None
        return rendered(html.unescape(m.group("display") if display else m.group("inline")).strip(), display, render)

    return MATH.sub(substitute, fragment)


def render_notebook_math(page_html: str, render: Callable[[str, bool], str]) -> str:
    """Render $...$ and $$...$$ inside the notebook's rendered-Markdown blocks, outside code."""

    def block(m: re.Match) -> str:
        body, pieces, last = m.group(2), [], 0
        for code in CODE.finditer(body):
            pieces.append(_render_text(body[last : code.start()], render))
            pieces.append(code.group(0))
            last = code.end()
        pieces.append(_render_text(body[last:], render))
        return m.group(1) + "".join(pieces) + m.group(3)

    return MARKDOWN_BLOCK.sub(block, page_html)
