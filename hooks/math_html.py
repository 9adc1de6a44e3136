"""Find the math that pymdownx.arithmatex (generic mode) protected, and replace it.

Arithmatex leaves inline math as <span class="arithmatex">\\(...\\)</span> and
display math as <div class="arithmatex">\\[...\\]</div>, with the TeX escaped.
"""

import html
import re
from collections.abc import Callable

ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">(?:\\\((?P<inline>.*?)\\\)|\\\[(?P<display>.*?)\\\])</(?P=tag)>',
    re.DOTALL,
)


class MathError(ValueError):
    def __init__(self, tex: str, message: str):
        super().__init__(message)
        self.tex = tex
        self.message = message


def rendered(tex: str, display: bool, render: Callable[[str, bool], str]) -> str:
    """One formula's HTML; display math gets a wrapper that scrolls on narrow screens."""
    try:
        out = render(tex, display)
    except ValueError as err:
        raise MathError(tex, str(err)) from None
    return f'<div class="math-display">{out}</div>' if display else out


def replace_math(page_html: str, render: Callable[[str, bool], str]) -> str:
    """Replace every protected formula in page_html with render(tex, display)."""

    def substitute(m: re.Match) -> str:
        display = m.group("display") is not None
        return rendered(html.unescape(m.group("display") if display else m.group("inline")), display, render)

    return ARITHMATEX.sub(substitute, page_html)


def source_line(tex: str, source: str) -> int:
    """The 1-based line of source where tex (or its first line) appears; 1 if it cannot be found."""
    for needle in (tex.strip(), tex.strip().split("\n")[0].strip()):
        if needle:
            at = source.find(needle)
            if at >= 0:
                return source.count("\n", 0, at) + 1
    return 1
