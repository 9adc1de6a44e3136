"""Every browser-capable snippet also runs in Pyodide (under Node, one process) and matches its recording."""

import json
import subprocess

import pytest
from browser_support import runs_in_browser

from tests.output_compare import output_diff, outputs_match
from tests.snippet_runner import ROOT, SNIPPETS, figure_path, recording_path, snippet_paths

BROWSER_SNIPPETS = [p for p in snippet_paths() if runs_in_browser(p.read_text(encoding="utf-8"))]


@pytest.fixture(scope="session")
def pyodide_runs() -> dict[str, dict]:
    """Run all browser snippets in one Node + Pyodide process."""
    proc = subprocess.run(
        ["node", str(ROOT / "tests" / "pyodide_runner.mjs"), str(ROOT), *map(str, BROWSER_SNIPPETS)],
        cwd=ROOT, capture_output=True, text=True, timeout=900,
    )
    assert proc.returncode == 0, f"Pyodide runner failed:\n{proc.stderr}"
    runs = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    return {run["file"]: run for run in runs}


@pytest.mark.xdist_group("pyodide")
@pytest.mark.parametrize("snippet", BROWSER_SNIPPETS, ids=lambda p: p.relative_to(SNIPPETS).as_posix())
def test_snippet_matches_recording_in_pyodide(snippet, pyodide_runs):
    name = snippet.relative_to(SNIPPETS).as_posix()
    run = pyodide_runs[str(snippet)]
    assert not run["loadErrors"], f"{name}: packages failed to load in Pyodide: {run['loadErrors']}"
    assert run["ok"], f"{name} raised in Pyodide:\n{run['output']}"
    expected = recording_path(snippet).read_text(encoding="utf-8")
    assert outputs_match(expected, run["output"]), (
        f"{name} prints something else in Pyodide than its recording:\n"
        f"{output_diff(expected, run['output'], name)}"
    )
    assert run["figure"] == figure_path(snippet).exists(), f"{name}: figure drawn in CPython but not in Pyodide"
