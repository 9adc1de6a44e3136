"""Ship the live-cell runtime: Pyodide's core and verified wheels, and the editor bundle.

Both are assembled by `make deps` in the ignored .cache/ (tools/fetch_pyodide_packages.py,
esbuild for tools/editor.mjs); this hook only adds them to the site, so the built site
fetches nothing from any other host.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / ".cache" / "pyodide"
EDITOR = ROOT / ".cache" / "editor" / "editor.js"


def on_files(files, config):
    missing = [p for p in (RUNTIME / "shipped.json", EDITOR) if not p.exists()]
    if missing:
        raise PluginError(
            f"the live-cell runtime is missing ({', '.join(str(p.relative_to(ROOT)) for p in missing)}): "
            "run 'make deps' (it fetches Pyodide's verified wheels and bundles the editor)"
        )
    for path in sorted(RUNTIME.iterdir()):
        files.append(File.generated(config, f"assets/pyodide/{path.name}", abs_src_path=str(path)))
    files.append(File.generated(config, "assets/cells/editor.js", abs_src_path=str(EDITOR)))
    return files
