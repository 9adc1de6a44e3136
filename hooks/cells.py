"""Cells: each ```python cell="<theme>/<file>.py"``` fence becomes a cell.

The cell shows the snippet's code, its recorded output and figure, a badge
saying whether it runs in the reader's browser, and data-cell="<path>" for the
live runtime. A missing snippet or recording fails the build at the cell's line.
"""

from pathlib import Path

from cell_markup import expand_cells
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File
from page_format import ContentError, markdown_first_line

SNIPPETS = Path(__file__).resolve().parent.parent / "snippets"


def on_files(files, config):
    # Figures are published under snippets/ so that pages can link them like any file.
    for png in sorted(SNIPPETS.rglob("*.png")):
        rel = png.relative_to(SNIPPETS).as_posix()
        files.append(File.generated(config, f"snippets/{rel}", abs_src_path=str(png)))
    return files


def on_page_markdown(markdown, page, config, files):
    first_line = markdown_first_line(page.file.content_string, markdown)
    try:
        expanded = expand_cells(markdown, page.file.src_uri, SNIPPETS, first_line)
    except ContentError as err:
        raise PluginError(f"docs/{err}") from None
    return expanded
