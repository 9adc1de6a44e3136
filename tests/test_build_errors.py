"""Each kind of broken page fails `mkdocs build` with the file, the line and what to do."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOOD_PAGE = """# Good page

## What is fine? {#nn-activation-functions .basic}

A fine short answer with $x^2$.

```python cell="th/nn-activation-functions.py"
```

!!! key-points "Key points"
    - a point
"""

CASES = {
    "unknown snippet": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort.\n\n```python cell=\"th/nope.py\"\n```\n\n!!! key-points\n    - k\n",
        7, "snippets/th/nope.py, which does not exist",
    ),
    "missing recording": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort.\n\n```python cell=\"th/unrecorded.py\"\n```\n\n!!! key-points\n    - k\n",
        7, "make record ONLY=snippets/th/unrecorded.py",
    ),
    "duplicate id": (
        "## Again? {#nn-activation-functions .basic}\n\nShort.\n\n!!! key-points\n    - k\n",
        3, "duplicate question id 'nn-activation-functions': already used at th/good.md:3",
    ),
    "malformed math": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort.\n\nThen $\\frac{1}{$ breaks.\n\n!!! key-points\n    - k\n",
        7, "KaTeX cannot render",
    ),
    "unknown macro": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort.\n\n$$\n\\nosuchmacro{x}\n$$\n\n!!! key-points\n    - k\n",
        8, "Undefined control sequence",
    ),
    "bad front matter": ("---\ntitle: [oops\n---\n", 2, "front matter is not valid YAML"),
    "no level": ("## Q? {#nn-dead-relu}\n\nShort.\n\n!!! key-points\n    - k\n", 3, "needs exactly one level"),
    "math in heading": ("## Is $x$ ok? {#nn-dead-relu .basic}\n\nShort.\n\n!!! key-points\n    - k\n", 3, "math in the heading"),
    "no key points": ("## Q? {#nn-dead-relu .intermediate}\n\nShort.\n", 3, "has no key points"),
    "subheading": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort.\n\n### More\n\n!!! key-points\n    - k\n",
        7, "heading inside question 'nn-dead-relu'",
    ),
    "unknown link": (
        "## Q? {#nn-dead-relu .intermediate}\n\nShort, see [[nn-no-such-id]].\n\n!!! key-points\n    - k\n",
        5, "unknown question id 'nn-no-such-id'",
    ),
}


@pytest.fixture
def project(tmp_path):
    """A copy of the project's build setup with a one-theme site that builds cleanly."""
    shutil.copy(ROOT / "mkdocs.yml", tmp_path)
    shutil.copytree(ROOT / "hooks", tmp_path / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copytree(ROOT / "overrides", tmp_path / "overrides")
    (tmp_path / "node_modules").symlink_to(ROOT / "node_modules")
    (tmp_path / ".cache").symlink_to(ROOT / ".cache")
    docs = tmp_path / "docs"
    (docs / "th").mkdir(parents=True)
    shutil.copytree(ROOT / "docs" / "assets", docs / "assets")
    (docs / "index.md").write_text("# Home\n\nSee [the theme](th/index.md).\n")
    (docs / "th" / "index.md").write_text("# Theme\n\n[Good](good.md), [bad](worse.md)\n")
    (docs / "th" / "good.md").write_text(GOOD_PAGE)
    snippets = tmp_path / "snippets" / "th"
    snippets.mkdir(parents=True)
    (snippets / "nn-activation-functions.py").write_text("print(1)\n")
    (snippets / "nn-activation-functions.out").write_text("1\n")
    (snippets / "unrecorded.py").write_text("print(2)\n")
    return tmp_path


def build(project: Path) -> subprocess.CompletedProcess:
    mkdocs = Path(sys.executable).parent / "mkdocs"
    return subprocess.run(
        [str(mkdocs), "build", "--strict", "--site-dir", str(project / "site")],
        cwd=project, capture_output=True, text=True, timeout=120,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )


def test_the_fixture_project_builds(project):
    (project / "docs" / "th" / "worse.md").write_text("# Fine after all\n")
    result = build(project)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("case", CASES)
def test_broken_page_fails_with_file_and_line(project, case):
    body, line, message = CASES[case]
    text = body if body.startswith("---") else "# Bad page\n\n" + body
    (project / "docs" / "th" / "worse.md").write_text(text)
    result = build(project)
    output = result.stdout + result.stderr
    assert result.returncode != 0, f"{case}: the build passed:\n{output}"
    assert f"docs/th/worse.md:{line}:" in output, f"{case}: no file:line in:\n{output}"
    assert message in output, f"{case}: message missing in:\n{output}"
