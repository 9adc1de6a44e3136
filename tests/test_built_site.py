"""The built site: every question has its anchor, math is KaTeX, cells are cells, the JSON agrees."""

import json
import re
from html import unescape
from html.parser import HTMLParser

import pytest
from question_collection import meta_description

from tests.conftest import doc_pages


class TextAndIds(HTMLParser):
    """Collects element ids, cell attributes, and the page's visible text outside code and math."""

    SKIP = {"code", "pre", "script", "style", "annotation", "math"}

    def __init__(self):
        super().__init__()
        self.ids, self.cells, self.text = set(), [], []
        self._skip = 0

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.add(attrs["id"])
        if "data-cell" in attrs:
            self.cells.append(attrs["data-cell"])
        if tag in self.SKIP or "katex" in (attrs.get("class") or "").split():
            self._skip += 1

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1

    def handle_data(self, data):
        if not self._skip:
            self.text.append(data)


def built_page(site_dir, src_path: str):
    """Where MkDocs writes a page (directory URLs): a/b.md -> a/b/index.html, a/index.md -> a/index.html."""
    stem = src_path[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        return site_dir / stem[: -len("index")] / "index.html"
    return site_dir / stem / "index.html"


def page_html(site_dir, src_path: str) -> str:
    return built_page(site_dir, src_path).read_text(encoding="utf-8")


PAGES = [(path, page) for path, page in doc_pages()]


@pytest.mark.parametrize("path,page", PAGES, ids=[p for p, _ in PAGES])
def test_page_has_its_question_anchors_and_cells(site_dir, path, page):
    parser = TextAndIds()
    parser.feed(page_html(site_dir, path))
    missing = [q.id for q in page.questions if q.id not in parser.ids]
    assert not missing, f"{path}: question anchors missing in the built page: {missing}"
    expected_cells = [c.snippet for q in page.questions for c in q.cells]
    assert parser.cells == expected_cells, f"{path}: every cell fence must become exactly one cell"


@pytest.mark.parametrize("path,page", PAGES, ids=[p for p, _ in PAGES])
def test_no_unrendered_math_or_markup_left(site_dir, path, page):
    html = page_html(site_dir, path)
    assert 'class="arithmatex"' not in html, f"{path}: math left for the browser to render"
    parser = TextAndIds()
    parser.feed(html)
    text = "".join(parser.text)
    leftovers = re.findall(r".{0,30}(?:\\\(|\\\[|\$\$|(?<![\\\w])\$[^\s$][^$]*\$).{0,30}", text)
    assert not leftovers, f"{path}: raw TeX in the page text: {leftovers[:3]}"
    assert "[[" not in text, f"{path}: unresolved [[id]] link"
    assert 'cell="' not in text, f"{path}: a cell fence was not turned into a cell"


def test_math_is_katex_and_no_math_javascript(site_dir):
    html = page_html(site_dir, "notation.md")
    assert html.count('class="katex"') > 10
    assert "katex.min.css" in html
    scripts = re.findall(r'<script[^>]+src="([^"]+)"', html)
    assert not [s for s in scripts if "katex" in s or "mathjax" in s.lower()], scripts


def test_katex_fonts_are_self_hosted(site_dir):
    css = (site_dir / "assets" / "katex" / "katex.min.css").read_text()
    fonts = set(re.findall(r"url\(fonts/([^)]+\.woff2)\)", css))
    assert fonts and all((site_dir / "assets" / "katex" / "fonts" / f).is_file() for f in fonts)


def test_search_index_has_no_katex_markup(site_dir):
    index = (site_dir / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "katex-mathml" not in index and "class=\\\"katex" not in index and "<math" not in index


def test_search_index_has_no_tex_and_holds_every_questions_phrasings(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert not [d["location"] for d in index["docs"] if "\\(" in d["text"] or "\\[" in d["text"]]
    by_location = {d["location"]: d for d in index["docs"]}
    for record in json.loads((site_dir / "questions.json").read_text(encoding="utf-8")):
        entry = by_location[record["url"]]
        assert entry["title"] == record["question"]
        assert entry.get("phrasings", [])[: len(record["also_asked"])] == record["also_asked"]
        page_entry = by_location[record["url"].split("#")[0]]
        assert page_entry["boost"] < entry["boost"], "a question page's own entry must rank below its questions"


def test_every_page_searches_through_the_query_worker(site_dir):
    workers = site_dir / "assets" / "javascripts" / "workers"
    for html_path in [site_dir / "index.html", *site_dir.glob("*/**/index.html")]:
        config = json.loads(re.search(r'<script id="__config" type="application/json">(.*?)</script>', html_path.read_text()).group(1))
        worker, _, material = config["search"].partition("?material=")
        assert worker.endswith("assets/javascripts/workers/search-query.js"), html_path
        assert (workers / material).is_file(), html_path
    assert (workers / "search-query.js").is_file()


def test_questions_json_agrees_with_the_pages(site_dir):
    records = json.loads((site_dir / "questions.json").read_text(encoding="utf-8"))
    questions = {q.id: (path, q) for path, page in PAGES for q in page.questions}
    ids = [r["id"] for r in records]
    assert sorted(ids) == sorted(questions) and len(ids) == len(set(ids))
    for path, page in PAGES:  # within a page, questions keep their order
        assert [i for i in ids if i in {q.id for q in page.questions}] == [q.id for q in page.questions]
    for r in records:
        path, q = questions[r["id"]]
        assert (r["question"], r["level"], r["short_answer"]) == (q.question, q.level, q.short_answer)
        assert r["short_answer"] and r["cells"] == [c.snippet for c in q.cells]
        page_url, anchor = r["url"].split("#")
        assert anchor == q.id and f'id="{q.id}"' in (site_dir / page_url / "index.html").read_text()


def test_question_index_page_lists_every_question(site_dir):
    html = (site_dir / "questions" / "index.html").read_text(encoding="utf-8")
    for path, page in PAGES:
        for q in page.questions:
            assert f"#{q.id}" in html, f"/questions/ does not list {q.id}"


def test_figures_are_published(site_dir):
    for path, page in PAGES:
        html = page_html(site_dir, path)
        for src in re.findall(r'<img[^>]+src="([^"]+\.png)"', html):
            target = built_page(site_dir, path).parent / src
            assert target.resolve().is_file(), f"{path}: figure {src} missing"


@pytest.mark.parametrize("path,page", [(p, pg) for p, pg in PAGES if pg.questions], ids=[p for p, pg in PAGES if pg.questions])
def test_meta_and_open_graph_descriptions_are_the_first_short_answer(site_dir, path, page):
    html = page_html(site_dir, path)
    expected = page.meta.get("description") or meta_description(page.questions[0].short_answer)
    for attribute in ('name="description"', 'property="og:description"'):
        m = re.search(rf'<meta {attribute} content="([^"]*)"', html)
        assert m, f"{path}: no {attribute}"
        assert unescape(m.group(1)) == expected


def test_pages_that_list_every_question_are_not_searched(site_dir):
    index = json.loads((site_dir / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = {doc["location"].split("#")[0] for doc in index["docs"]}
    assert "questions/" not in locations and "practice/" not in locations
