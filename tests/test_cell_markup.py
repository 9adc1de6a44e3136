import pytest
from cell_markup import BADGE_BROWSER, BADGE_LOCAL, expand_cells, load_snippet
from page_format import ContentError


@pytest.fixture
def snippets(tmp_path):
    theme = tmp_path / "demo"
    theme.mkdir()
    (theme / "np.py").write_text("import numpy as np\nprint(np.arange(3))\n")
    (theme / "np.out").write_text("[0 1 2]\n")
    (theme / "np.png").write_bytes(b"png")
    (theme / "torchy.py").write_text("import torch\nprint('```')\n")
    (theme / "torchy.out").write_text("```\n")
    (theme / "norec.py").write_text("print(1)\n")
    return tmp_path


def test_cell_becomes_code_output_figure_and_badge(snippets):
    md = 'Text\n\n```python cell="demo/np.py"\n```\n\nAfter'
    out = expand_cells(md, "demo/page.md", snippets)
    assert 'data-cell="demo/np.py"' in out and 'data-runs-in-browser="true"' in out
    assert BADGE_BROWSER in out
    assert "```python\nimport numpy as np\nprint(np.arange(3))\n```" in out
    assert "```text\n[0 1 2]\n```" in out
    assert "](../snippets/demo/np.png)" in out
    assert out.startswith("Text\n") and out.endswith("After")


def test_torch_cell_is_local_and_fences_outgrow_backticks(snippets):
    out = expand_cells('```python cell="demo/torchy.py"\n```', "demo/page.md", snippets)
    assert BADGE_LOCAL in out and 'data-runs-in-browser="false"' in out
    assert "````python\nimport torch" in out and "````text\n```\n````" in out


def test_indented_cell_keeps_its_indent(snippets):
    out = expand_cells('!!! note\n    ```python cell="demo/np.py"\n    ```', "demo/page.md", snippets)
    assert "\n    ```python\n    import numpy as np" in out


def test_missing_snippet_names_file_and_line(snippets):
    with pytest.raises(ContentError) as info:
        expand_cells('a\n\n```python cell="demo/nope.py"\n```', "demo/page.md", snippets, first_line=10)
    assert (info.value.path, info.value.line) == ("demo/page.md", 12)
    assert "snippets/demo/nope.py, which does not exist" in info.value.message


def test_missing_recording_says_how_to_record(snippets):
    with pytest.raises(ContentError) as info:
        load_snippet(snippets, "demo/norec.py", "demo/page.md", 3)
    assert "make record ONLY=snippets/demo/norec.py" in info.value.message


def test_digest_changes_with_code(snippets):
    a = load_snippet(snippets, "demo/np.py", "p.md", 1)
    (snippets / "demo" / "np.py").write_text("print(2)\n")
    assert load_snippet(snippets, "demo/np.py", "p.md", 1).digest != a.digest
