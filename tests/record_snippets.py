"""Rewrite snippet recordings: `make record` (all) or `make record ONLY=path.py ...`.

Writes each snippet's `.out` (and `.png` when it draws a figure), then lists
the pages whose recordings changed, so their prose can be re-read.
"""

import re
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from tests.snippet_runner import (
    ROOT,
    SNIPPETS,
    figure_path,
    recording_path,
    run_snippet,
    snippet_paths,
)

CELL_REF = re.compile(r'cell="([^"]+)"')


def pages_using(snippet_rel: str) -> list[str]:
    return sorted(
        str(page.relative_to(ROOT))
        for page in (ROOT / "docs").rglob("*.md")
        if snippet_rel in CELL_REF.findall(page.read_text(encoding="utf-8"))
    )


def record(snippet: Path) -> tuple[Path, bool, int]:
    """Run one snippet and write its recordings; return (snippet, changed, exit code)."""
    with tempfile.TemporaryDirectory() as scratch:
        run = run_snippet(snippet, Path(scratch))
    changed = False
    out = recording_path(snippet)
    if not out.exists() or out.read_text(encoding="utf-8") != run.output:
        out.write_text(run.output, encoding="utf-8")
        changed = True
    png = figure_path(snippet)
    if run.figure is not None:
        if not png.exists() or png.read_bytes() != run.figure:
            png.write_bytes(run.figure)
            changed = True
    elif png.exists():
        png.unlink()
        changed = True
    return snippet, changed, run.returncode


def main(args: list[str]) -> int:
    targets = [Path(a).resolve() for a in args] or snippet_paths()
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(record, targets))
    failed = [s for s, _, code in results if code != 0]
    changed = [s for s, was_changed, _ in results if was_changed]
    for snippet in changed:
        rel = snippet.relative_to(SNIPPETS).as_posix()
        print(f"changed {rel}: re-read {', '.join(pages_using(rel)) or '(no page uses it)'}")
    for snippet in failed:
        print(f"note: {snippet.relative_to(ROOT)} exited with an error (recorded as is)")
    print(f"{len(results)} snippets recorded, {len(changed)} changed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
