import pytest
from link_resolver import resolve_links
from page_format import ContentError

WRITTEN = {"a-one": ("th/page.md", "What is one?"), "b-two": ("other/far.md", "What is two?")}
PLANNED = {"a-one": "What is one?", "c-three": "What is three?"}


def test_same_page_other_page_and_custom_text():
    md, not_yet = resolve_links("See [[a-one]], [[b-two|two]].", "th/page.md", WRITTEN, PLANNED)
    assert md == "See [What is one?](#a-one), [two](../other/far.md#b-two)."
    assert not_yet == []


def test_planned_but_unwritten_is_plain_text_and_reported():
    md, not_yet = resolve_links("Later: [[c-three]].", "th/page.md", WRITTEN, PLANNED)
    assert md == "Later: What is three?." and not_yet == ["c-three"]


def test_unknown_id_fails_with_line():
    with pytest.raises(ContentError) as info:
        resolve_links("x\ny [[zzz-nope]]", "th/page.md", WRITTEN, PLANNED, first_line=4)
    assert info.value.line == 5 and "unknown question id 'zzz-nope'" in info.value.message


def test_code_is_left_alone():
    md = "`[[zzz]]` and\n```\n[[zzz]]\n```\n"
    assert resolve_links(md, "th/page.md", WRITTEN, PLANNED)[0] == md
