"""Resolve links between questions: [[id]] and [[id|text]] become Markdown links to page#id.

Pages can move without breaking links. An id the catalog plans but no page
answers yet becomes plain text (and is reported); an unknown id is an error.
"""

import posixpath
import re

from page_format import ContentError, code_mask

QUESTION_LINK = re.compile(r"\[\[(?P<id>[a-z0-9-]+)(?:\|(?P<text>[^\]]+))?\]\]")
INLINE_CODE = re.compile(r"(`+).+?\1")


def _outside_inline_code(line: str, replace) -> str:
    """Apply replace to the parts of line that are not inline code."""
    parts, last = [], 0
    for m in INLINE_CODE.finditer(line):
        parts.append(replace(line[last : m.start()]))
        parts.append(m.group(0))
        last = m.end()
    parts.append(replace(line[last:]))
    return "".join(parts)


def resolve_links(
    markdown: str,
    page: str,
    written: dict[str, tuple[str, str]],
    planned: dict[str, str],
    first_line: int = 1,
) -> tuple[str, list[str]]:
    """Rewrite question links in a page's Markdown.

    written maps id -> (page source path, question text); planned maps the catalog's
    ids -> question text. Returns the new Markdown and the planned ids linked to.
    """
    lines = markdown.split("\n")
    mask = code_mask(lines)
    not_yet: list[str] = []
    here = posixpath.dirname(page)
    for i, line in enumerate(lines):
        if mask[i] or "[[" not in line:
            continue

        def link(m: re.Match, n=first_line + i) -> str:
            ident, text = m.group("id"), m.group("text")
            if ident in written:
                target, question = written[ident]
                href = "" if target == page else posixpath.relpath(target, here or ".")
                return f"[{text or question}]({href}#{ident})"
            if ident in planned:
                not_yet.append(ident)
                return text or planned[ident]
            raise ContentError(
                page, n,
                f"link to unknown question id '{ident}': no page has it and the catalog does not "
                "plan it; check the spelling (ids are in hooks/data/catalog_snapshot.json)",
            )

        lines[i] = _outside_inline_code(line, lambda part: QUESTION_LINK.sub(link, part))
    return "\n".join(lines), not_yet
