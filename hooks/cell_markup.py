"""Turn cell fences into cell markup: the highlighted code, its recorded output and figure.

The result is Markdown (with md_in_html blocks), so the code is highlighted by
the same extension as every other code block and the figure link is checked
by MkDocs like every other link.
"""

import dataclasses
import hashlib
import html
import posixpath
import re
from pathlib import Path

from browser_support import runs_in_browser
from page_format import Cell, ContentError, find_cells

BADGE_BROWSER = "Runs in your browser"
BADGE_LOCAL = "Needs PyTorch: runs locally"


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: str  # under snippets/, e.g. "neural-networks/nn-dead-relu.py"
    source: str
    output: str
    has_figure: bool
    in_browser: bool

    @property
    def digest(self) -> str:
        """Short hash of the published code: lets the page notice that a reader's edit is stale."""
        return hashlib.sha256(self.source.encode("utf-8")).hexdigest()[:12]


def load_snippet(snippets_dir: Path, rel: str, page: str, line: int) -> Snippet:
    """Read a snippet and its recordings; a missing file is a ContentError at the cell's line."""
    code = snippets_dir / rel
    if not rel.endswith(".py") or not code.is_file():
        raise ContentError(page, line, f"cell names snippets/{rel}, which does not exist: create it or fix the path")
    out = code.with_suffix(".out")
    if not out.is_file():
        raise ContentError(
            page, line,
            f"snippets/{rel} has no recorded output ({out.name}): run 'make record ONLY=snippets/{rel}'",
        )
    source = code.read_text(encoding="utf-8")
    return Snippet(
        rel, source, out.read_text(encoding="utf-8"), code.with_suffix(".png").is_file(), runs_in_browser(source)
    )


def _fence(text: str) -> str:
    """A backtick fence longer than any backtick run inside text."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    return "`" * max(3, longest + 1)


def cell_markdown(snippet: Snippet, page_src_uri: str) -> list[str]:
    """The Markdown lines that replace one cell fence (unindented)."""
    badge_class = "browser" if snippet.in_browser else "local"
    badge = BADGE_BROWSER if snippet.in_browser else BADGE_LOCAL
    code_fence = _fence(snippet.source)
    lines = [
        f'<div class="cell" data-cell="{html.escape(snippet.path)}" data-runs-in-browser='
        f'"{str(snippet.in_browser).lower()}" data-digest="{snippet.digest}" markdown>',
        f'<div class="cell__bar"><span class="cell__badge cell__badge--{badge_class}">{badge}</span></div>',
        "",
        f"{code_fence}python",
        *snippet.source.rstrip("\n").split("\n"),
        code_fence,
        "",
        '<div class="cell__output" data-recorded-output markdown>',
        '<p class="cell__label">Output</p>',
        "",
    ]
    if snippet.output.strip():
        out_fence = _fence(snippet.output)
        lines += [f"{out_fence}text", *snippet.output.rstrip("\n").split("\n"), out_fence, ""]
    if snippet.has_figure:
        page_dir = posixpath.dirname(page_src_uri)
        png = posixpath.relpath(f"snippets/{snippet.path[:-3]}.png", page_dir or ".")
        lines += [f"![Figure drawn by {snippet.path}]({png}){{ .cell__figure loading=lazy }}", ""]
    lines += ["</div>", "</div>"]
    return lines


def expand_cells(markdown: str, page: str, snippets_dir: Path, first_line: int = 1) -> str:
    """Replace every cell fence of a page's Markdown with its cell markup.

    first_line is the source line of markdown's first line (front matter shifts it).
    """
    lines = markdown.split("\n")
    cells: list[Cell] = find_cells(lines, page, first_line)
    for cell in reversed(cells):  # from the bottom, so earlier line numbers stay valid
        snippet = load_snippet(snippets_dir, cell.snippet, page, cell.line)
        block = [cell.indent + line if line else line for line in cell_markdown(snippet, page)]
        start, end = cell.line - first_line, cell.end_line - first_line
        lines[start : end + 1] = ["", *block, ""]
    return "\n".join(lines)
