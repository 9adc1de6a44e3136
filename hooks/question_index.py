"""The question index: collects every question, checks it, and publishes the index.

Reads every Markdown page once (on_files), checks the page format (ids, levels,
short answers, key points, no math or subheadings) and that ids are unique, then
generates the /questions/ page and site/questions.json, and resolves [[id]]
links on every page. Content errors fail the build with file:line.
"""

import json
import logging
from pathlib import Path

from browser_support import runs_in_browser
from link_resolver import resolve_links
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, InclusionLevel
from page_format import ContentError, markdown_first_line, parse_page
from question_collection import (
    QuestionIndex,
    collect,
    in_reading_order,
    index_page_markdown,
    meta_description,
    questions_json,
)

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
CATALOG = Path(__file__).resolve().parent / "data" / "catalog_snapshot.json"
INDEX_PAGE = "questions.md"
QUESTION_PAGE_BOOST = 2

log = logging.getLogger("mkdocs.hooks.question_index")
_index: QuestionIndex | None = None
_planned: dict[str, str] = {}


def _is_doc_page(file: File) -> bool:
    return file.is_documentation_page() and file.abs_src_path is not None and file.src_uri.endswith(".md")


def on_files(files, config):
    global _index, _planned
    _planned = {k: v["question"] for k, v in json.loads(CATALOG.read_text(encoding="utf-8")).items()}
    pages, theme_titles = [], {}
    try:
        for file in files:
            if not _is_doc_page(file) or file.inclusion == InclusionLevel.EXCLUDED:
                continue
            page = parse_page(file.content_string, file.src_uri)
            pages.append((page, file.url))
            parts = file.src_uri.split("/")
            if len(parts) == 2 and parts[1] == "index.md":
                theme_titles[parts[0]] = page.title
        _index = collect(pages, theme_titles)
    except ContentError as err:
        raise PluginError(f"docs/{err}") from None
    files.append(File.generated(config, INDEX_PAGE, content=index_page_markdown(_index, len(_planned))))
    return files


def on_nav(nav, config, files):
    # Files come in path order; the index page and questions.json follow the reading order.
    global _index
    _index = in_reading_order(_index, [page.file.src_uri for page in nav.pages])
    files.get_file_from_path(INDEX_PAGE).content_string = index_page_markdown(_index, len(_planned))
    return nav


def on_page_markdown(markdown, page, config, files):
    first = next((e for e in _index.entries.values() if e.page.path == page.file.src_uri), None)
    if first is not None:
        if not page.meta.get("description"):
            # Search results and link previews show the page's first short answer.
            page.meta["description"] = meta_description(first.question.short_answer)
        # Answers rank above pages that only mention a topic (notation, walkthroughs, home).
        page.meta.setdefault("search", {}).setdefault("boost", QUESTION_PAGE_BOOST)
    written = {qid: (e.page.path, e.question.question) for qid, e in _index.entries.items()}
    first_line = markdown_first_line(page.file.content_string, markdown)
    try:
        resolved, not_yet = resolve_links(markdown, page.file.src_uri, written, _planned, first_line)
    except ContentError as err:
        raise PluginError(f"docs/{err}") from None
    for ident in sorted(set(not_yet)):
        log.info("%s links to '%s', which is planned but not written yet (shown as text)", page.file.src_uri, ident)
    return resolved


def on_post_build(config):
    snippets = {c.snippet for e in _index.entries.values() for c in e.question.cells}
    in_browser = {s: runs_in_browser((SNIPPETS / s).read_text(encoding="utf-8")) for s in snippets}
    out = Path(config.site_dir) / "questions.json"
    out.write_text(questions_json(_index, in_browser), encoding="utf-8")
    log.info("question index: %d questions written, %d planned", len(_index.entries), len(_planned))
