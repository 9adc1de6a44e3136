"""Build benchmark: full `mkdocs build` time (median of 3) and page weight of the pilot page.

Page weight counts the page's HTML and the CSS and JS files it links, raw and
gzip (level 6). Fonts, images and the code editor (loaded when cells are enhanced)
are not counted; the Python runtime is measured by bench/cells.py.
"""

import gzip
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PILOT = "neural-networks/activation-functions/index.html"
RUNS = 3


def build_seconds(site: Path) -> float:
    start = time.perf_counter()
    subprocess.run(
        [str(Path(sys.executable).parent / "mkdocs"), "build", "--strict", "--quiet", "--site-dir", str(site)],
        cwd=ROOT, check=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    return time.perf_counter() - start


def page_weight(site: Path, page: str) -> dict[str, tuple[int, int]]:
    html_path = site / page
    html = html_path.read_text(encoding="utf-8")
    parts: dict[str, list[Path]] = {"html": [html_path], "css": [], "js": []}
    for href in re.findall(r'<link[^>]+href="([^"]+\.css)"', html):
        parts["css"].append((html_path.parent / href).resolve())
    for src in re.findall(r'<script[^>]+src="([^"]+\.js)"', html):
        parts["js"].append((html_path.parent / src).resolve())
    weights = {}
    for kind, files in parts.items():
        data = [f.read_bytes() for f in files if f.is_file()]
        weights[kind] = (sum(map(len, data)), sum(len(gzip.compress(d, 6)) for d in data))
    return weights


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        times = [build_seconds(Path(tmp) / f"site{i}") for i in range(RUNS)]
        weights = page_weight(Path(tmp) / "site0", PILOT)
    print(f"full build, median of {RUNS}: {statistics.median(times):.2f} s (runs: {', '.join(f'{t:.2f}' for t in times)})")
    print(f"\npilot page weight ({PILOT}):")
    print(f"{'part':<6}{'raw KB':>10}{'gzip KB':>10}")
    for kind, (raw, gz) in weights.items():
        print(f"{kind:<6}{raw / 1024:>10.1f}{gz / 1024:>10.1f}")
    raw, gz = (sum(w[i] for w in weights.values()) for i in (0, 1))
    print(f"{'total':<6}{raw / 1024:>10.1f}{gz / 1024:>10.1f}")


if __name__ == "__main__":
    main()
