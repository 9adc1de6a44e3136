import json

import pytest
from page_format import ContentError, parse_page
from question_collection import collect, in_reading_order, index_page_markdown, meta_description, questions_json

PAGE_A = """# Page A

## First? {#q-first .basic}

Short one.

```python cell="th/q-first.py"
```

!!! key-points
    - k

!!! also-asked
    - Another way to ask
"""
PAGE_B = "# Page B\n\n## Second? {#q-second .advanced}\n\nShort two.\n\n!!! key-points\n    - k\n"


def index():
    pages = [(parse_page(PAGE_A, "th/a.md"), "th/a/"), (parse_page(PAGE_B, "th/b.md"), "th/b/")]
    return collect(pages, {"th": "The theme"})


def test_duplicate_id_names_both_places():
    with pytest.raises(ContentError) as info:
        collect([(parse_page(PAGE_B, "th/b.md"), "u"), (parse_page(PAGE_B, "x/c.md"), "v")], {})
    assert (info.value.path, info.value.line) == ("x/c.md", 3)
    assert "duplicate question id 'q-second': already used at th/b.md:3" in info.value.message


def test_index_page_lists_every_question_by_theme_and_page():
    md = index_page_markdown(index(), planned=10)
    assert "search:\n  exclude: true" in md and "<div data-question-index></div>" in md
    assert "## The theme" in md and "### [Page A](th/a.md)" in md
    assert "- [First?](th/a.md#q-first)" in md and "level-badge--advanced" in md
    assert "2 so far, out of 10 planned" in md


def test_questions_json_fields():
    records = json.loads(questions_json(index(), {"th/q-first.py": True}))
    first, second = records
    assert first == {
        "id": "q-first", "question": "First?", "level": "basic", "theme": "th",
        "theme_title": "The theme", "page": "Page A", "url": "th/a/#q-first",
        "short_answer": "Short one.", "also_asked": ["Another way to ask"],
        "cells": ["th/q-first.py"], "runs_in_browser": True,
    }
    assert second["cells"] == [] and second["runs_in_browser"] is False


def test_meta_description_is_safe_in_an_attribute():
    assert meta_description('Use $\\sigma$ for "binary" outputs.') == "Use \\sigma for 'binary' outputs."


def test_reading_order_follows_the_navigation():
    reordered = in_reading_order(index(), ["th/b.md", "th/a.md"])
    assert list(reordered.entries) == ["q-second", "q-first"]
    assert list(in_reading_order(index(), ["th/b.md"]).entries) == ["q-second", "q-first"]
