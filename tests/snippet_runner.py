"""Run one snippet the way the site does: alone, top to bottom, in a fresh interpreter.

stdout and stderr go to one stream (as a reader sees them in a cell), with
matplotlib on the Agg backend; the figure a snippet leaves open is saved as PNG.
"""

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
TIMEOUT_S = 60

# Runs inside the child: execute the snippet as __main__, then save its last figure.
_BOOTSTRAP = """
import runpy, sys
snippet, figure_path = sys.argv[1], sys.argv[2]
sys.argv = [snippet]
try:
    runpy.run_path(snippet, run_name="__main__")
finally:
    sys.stdout.flush()
    sys.stderr.flush()
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is not None and plt.get_fignums():
        plt.figure(plt.get_fignums()[-1]).savefig(figure_path, dpi=80)
"""


@dataclasses.dataclass
class SnippetRun:
    output: str
    returncode: int
    figure: bytes | None


def snippet_paths() -> list[Path]:
    return sorted(SNIPPETS.rglob("*.py"))


def recording_path(snippet: Path) -> Path:
    return snippet.with_suffix(".out")


def figure_path(snippet: Path) -> Path:
    return snippet.with_suffix(".png")


def run_snippet(snippet: Path, scratch: Path, timeout: float = TIMEOUT_S) -> SnippetRun:
    """Run snippet in a fresh CPython; scratch is a directory for its figure."""
    fig = scratch / (snippet.stem + ".png")
    env = {**os.environ, "MPLBACKEND": "Agg", "PYTHONHASHSEED": "0", "PYTHONIOENCODING": "utf-8"}
    proc = subprocess.run(
        [sys.executable, "-c", _BOOTSTRAP, str(snippet), str(fig)],
        cwd=scratch,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        timeout=timeout,
    )
    figure = fig.read_bytes() if fig.exists() else None
    return SnippetRun(proc.stdout.decode("utf-8"), proc.returncode, figure)
