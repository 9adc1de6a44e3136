import pytest
from page_format import (
    ContentError,
    code_mask,
    find_cells,
    markdown_first_line,
    parse_page,
    plain_text,
)

GOOD = """---
title: Demo page
---

# Demo

Intro paragraph.

## What is a demo? {#demo-what .basic}

A demo shows the idea. It is short, with $x^2$ math.
Second line of the short answer.

More explanation.

```python cell="demo/demo-what.py"
```

!!! key-points "Key points"
    - first point

!!! also-asked "Also asked as"
    - What does a demo do?
    - Why **demos**?

## Why demos? {#demo-why .advanced}

Because [[demo-what|they show]] things.

```text
# ## not a heading inside code
!!! key-points
```

!!! key-points "Key points"
    - point
"""


def error_of(text: str) -> ContentError:
    with pytest.raises(ContentError) as info:
        parse_page(text, "demo/page.md")
    return info.value


def test_parses_questions_and_their_parts():
    page = parse_page(GOOD, "demo/page.md")
    assert page.title == "Demo page"
    first, second = page.questions
    assert (first.id, first.level, first.line) == ("demo-what", "basic", 9)
    assert first.question == "What is a demo?"
    assert first.short_answer == "A demo shows the idea. It is short, with $x^2$ math. Second line of the short answer."
    assert first.also_asked == ["What does a demo do?", "Why demos?"]
    assert [c.snippet for c in first.cells] == ["demo/demo-what.py"]
    assert first.cells[0].line == 16
    assert second.level == "advanced" and second.cells == []
    assert second.short_answer == "Because they show things."


def test_title_falls_back_to_first_heading():
    assert parse_page("# Only a title\n\ntext\n", "x.md").title == "Only a title"


def test_missing_level():
    err = error_of("# T\n\n## Q? {#q-one}\n\nA.\n\n!!! key-points\n    - k\n")
    assert (err.line, "needs exactly one level") == (3, "needs exactly one level")
    assert "needs exactly one level" in err.message


def test_unknown_level():
    err = error_of("# T\n\n## Q? {#q-one .expert}\n\nA.\n\n!!! key-points\n    - k\n")
    assert err.line == 3 and ".basic, .intermediate or .advanced" in err.message


def test_missing_id_on_question_page():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\nA.\n\n!!! key-points\n    - k\n\n## Plain heading\n\ntext\n")
    assert err.line == 10 and "without a question id" in err.message


def test_bad_id_spelling():
    err = error_of("# T\n\n## Q? {#Q_One .basic}\n\nA.\n")
    assert err.line == 3 and "lowercase" in err.message


def test_math_in_heading():
    err = error_of("# T\n\n## Is $x^2$ convex? {#q-one .basic}\n\nA.\n\n!!! key-points\n    - k\n")
    assert err.line == 3 and "math in the heading" in err.message


def test_heading_inside_question():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\nA.\n\n### Details\n\n!!! key-points\n    - k\n")
    assert err.line == 7 and "heading inside question 'q-one'" in err.message


def test_no_short_answer():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\n!!! key-points\n    - k\n")
    assert err.line == 3 and "no short answer" in err.message


def test_code_first_is_not_a_short_answer():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\n```python\nx = 1\n```\n\nA.\n\n!!! key-points\n    - k\n")
    assert "no short answer" in err.message


def test_no_key_points():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\nAnswer.\n")
    assert err.line == 3 and "no key points" in err.message


def test_unknown_admonition_type():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\nA.\n\n!!! keypoints\n    - k\n")
    assert err.line == 7 and "unknown admonition type 'keypoints'" in err.message


def test_bad_front_matter():
    err = error_of("---\ntitle: [unclosed\n---\n\n# T\n")
    assert err.line in (2, 3) and "not valid YAML" in err.message


def test_front_matter_not_a_mapping():
    err = error_of("---\n- a\n- b\n---\n# T\n")
    assert "YAML mapping" in err.message


def test_unclosed_front_matter():
    assert "never closed" in error_of("---\ntitle: x\n# T\n").message


def test_cell_fence_must_be_empty():
    with pytest.raises(ContentError) as info:
        find_cells(['```python cell="a/b.py"', "print(1)", "```"], "p.md", first_line=5)
    assert info.value.line == 5 and "must be empty" in info.value.message


def test_cell_syntax_shown_inside_code_is_not_a_cell():
    lines = ["````markdown", '```python cell="a/b.py"', "```", "````"]
    assert find_cells(lines, "p.md") == []


def test_code_mask_marks_fences_and_code():
    assert code_mask(["a", "```", "b", "```", "c"]) == ["", "open", "code", "code", ""]


def test_plain_text_strips_markup():
    assert plain_text("See **bold** [link](x.md) and [[a-b]] or [[c-d|words]] `code`") == (
        "See bold link and a-b or words code"
    )


def test_markdown_first_line():
    source = "---\ntitle: x\n---\n\n# T\nbody\n"
    assert markdown_first_line(source, "# T\nbody\n") == 5


def test_python_in_an_answer_must_be_a_cell():
    err = error_of("# T\n\n## Q? {#q-one .basic}\n\nA.\n\n```python\nx = 1\n```\n\n!!! key-points\n    - k\n")
    assert err.line == 7 and "must be a tested cell" in err.message


def test_other_code_blocks_are_fine():
    page = parse_page("# T\n\n## Q? {#q-one .basic}\n\nA.\n\n```text\nout\n```\n\n!!! key-points\n    - k\n", "p.md")
    assert page.questions[0].id == "q-one"
