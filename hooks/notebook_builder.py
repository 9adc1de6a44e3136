"""Turn a question page into a Jupyter notebook: prose as Markdown cells, snippets as code cells.

Pure functions. The Markdown is the page's after question links were resolved, so
links are ordinary relative links; they become absolute links to the site. The
site's admonitions become bold-titled paragraphs, its KaTeX macros become
\\newcommand definitions, and each code cell carries its recorded output.
"""

import base64
import posixpath
import re
from pathlib import Path

import nbformat
from cell_markup import load_snippet
from page_format import Cell, find_cells

ADMONITION = re.compile(r'^(?P<indent>\s*)(?:!!!|\?\?\?\+?)\s+(?P<type>[\w-]+)(?:\s+"(?P<title>[^"]*)")?\s*$')
HEADING_ATTRS = re.compile(r"^(#{1,6}\s.*?)\s*\{[^{}]*\}\s*$")
MD_LINK = re.compile(r"\]\((?P<target>[^)\s]+?\.md)(?P<anchor>#[^)\s]*)?\)")


def flatten_admonitions(lines: list[str]) -> list[str]:
    """`!!! type "Title"` blocks become a bold title and their dedented body (nested ones too)."""
    while any(ADMONITION.match(line) for line in lines):
        out, i = [], 0
        while i < len(lines):
            m = ADMONITION.match(lines[i])
            if not m:
                out.append(lines[i])
                i += 1
                continue
            indent = m.group("indent")
            title = m.group("title") or m.group("type").replace("-", " ").capitalize()
            out += [f"{indent}**{title}**", ""]
            i += 1
            body_indent = indent + "    "
            while i < len(lines) and (not lines[i].strip() or lines[i].startswith(body_indent)):
                out.append(indent + lines[i][len(body_indent):] if lines[i].strip() else "")
                i += 1
        lines = out
    return lines


def absolute_links(text: str, page_src: str, site_url: str) -> str:
    """Relative links to other pages become absolute URLs of the published site."""

    def to_url(m: re.Match) -> str:
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page_src), m.group("target")))
        path = target[: -len(".md")]
        path = path[: -len("index")] if path == "index" or path.endswith("/index") else path + "/"
        return f"]({site_url}{path}{m.group('anchor') or ''})"

    return MD_LINK.sub(to_url, text)


def markdown_cell(lines: list[str], page_src: str, site_url: str):
    lines = [HEADING_ATTRS.sub(r"\1", line) for line in flatten_admonitions(lines)]
    text = absolute_links("\n".join(lines).strip("\n"), page_src, site_url)
    return nbformat.v4.new_markdown_cell(text) if text.strip() else None


def code_cell(snippets_dir: Path, cell: Cell, page_src: str):
    snippet = load_snippet(snippets_dir, cell.snippet, page_src, cell.line)
    code = nbformat.v4.new_code_cell(snippet.source.rstrip("\n"))
    if snippet.output:
        code.outputs.append(nbformat.v4.new_output("stream", name="stdout", text=snippet.output))
    if snippet.has_figure:
        png = (snippets_dir / snippet.path).with_suffix(".png")
        data = {"image/png": base64.b64encode(png.read_bytes()).decode("ascii")}
        code.outputs.append(nbformat.v4.new_output("display_data", data=data))
    return code


def macro_definitions(macros: dict[str, str]) -> str:
    """KaTeX macros as \\newcommand lines that Jupyter's MathJax understands."""
    defs = []
    for name, body in macros.items():
        args = max((int(n) for n in re.findall(r"#(\d)", body)), default=0)
        defs.append(f"\\newcommand{{{name}}}" + (f"[{args}]" if args else "") + f"{{{body}}}")
    return "$$\n" + "\n".join(defs) + "\n$$"


def page_notebook(
    markdown: str, page_src: str, page_url: str, site_url: str, snippets_dir: Path, macros: dict, first_line: int = 1
):
    """The notebook of one page. page_url is the page's URL relative to the site root;
    first_line is the source line of markdown's first line (for error messages)."""
    nb = nbformat.v4.new_notebook()
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    nb.metadata["language_info"] = {"name": "python"}
    nb.cells.append(nbformat.v4.new_markdown_cell(
        f"This notebook is a copy of [{site_url}{page_url}]({site_url}{page_url}) (ML Q&A Live; "
        "text CC BY 4.0, code MIT). Each code cell shows the output recorded by the site's tests.\n\n"
        + macro_definitions(macros)
    ))
    lines = markdown.split("\n")
    start = 0
    for cell in find_cells(lines, page_src, first_line):
        i = cell.line - first_line
        for md in [markdown_cell(lines[start:i], page_src, site_url)]:
            if md is not None:
                nb.cells.append(md)
        nb.cells.append(code_cell(snippets_dir, cell, page_src))
        start = cell.end_line - first_line + 1
    tail = markdown_cell(lines[start:], page_src, site_url)
    if tail is not None:
        nb.cells.append(tail)
    nbformat.validate(nb)
    return nb
