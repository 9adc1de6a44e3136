"""Render TeX to HTML with KaTeX inside an embedded V8 (mini-racer), once per formula.

KaTeX is the npm package in node_modules (JS, CSS and fonts of one version);
its script is evaluated once, and every distinct formula is rendered once per
build thanks to the cache.
"""

import json
from pathlib import Path

from py_mini_racer import MiniRacer

_RENDER_JS = """
function renderTex(tex, displayMode, macros) {
  try {
    return {html: katex.renderToString(tex, {
      displayMode: displayMode, throwOnError: true, strict: "ignore",
      macros: Object.assign({}, macros),  // a copy: \\gdef in one formula must not leak
    })};
  } catch (err) {
    return {error: String(err.message || err)};
  }
}
"""


class KatexError(ValueError):
    """KaTeX rejected a formula; the message is KaTeX's own."""


class KatexRenderer:
    def __init__(self, katex_js: Path, macros: dict[str, str]):
        if not katex_js.exists():
            raise FileNotFoundError(f"{katex_js} is missing: run 'npm ci' (make does it for you)")
        self._ctx = MiniRacer()
        self._ctx.eval(katex_js.read_text(encoding="utf-8"))
        self._ctx.eval(_RENDER_JS)
        self._macros = json.dumps(macros)
        self._ctx.eval(f"var MACROS = {self._macros};")
        self._cache: dict[tuple[str, bool], str] = {}
        self.calls = 0  # formulas actually sent to KaTeX (the rest came from the cache)

    def close(self) -> None:
        """Release V8 now: left to interpreter shutdown, mini-racer's finalizer can deadlock."""
        self._ctx.close()

    def render(self, tex: str, display: bool) -> str:
        key = (tex, display)
        if key not in self._cache:
            self.calls += 1
            result = self._ctx.eval(f"JSON.stringify(renderTex({json.dumps(tex)}, {json.dumps(display)}, MACROS))")
            result = json.loads(result)
            if "error" in result:
                raise KatexError(result["error"])
            self._cache[key] = result["html"]
        return self._cache[key]


def load_macros(path: Path) -> dict[str, str]:
    macros = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(macros, dict) or not all(isinstance(v, str) for v in macros.values()):
        raise ValueError(f"{path}: macros must be a JSON object of name -> TeX strings")
    return macros
