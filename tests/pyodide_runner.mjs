// Run snippets in Pyodide under Node, one process for all of them, the way the
// browser does: each in a fresh namespace, stdout and stderr in one stream,
// matplotlib on Agg. Wheels come from the verified cache, never from the network.
// Usage: node tests/pyodide_runner.mjs <root> <snippet.py>...  -> one JSON line per snippet.
import { readFileSync } from "node:fs";
import path from "node:path";
import { loadPyodide } from "pyodide";

const [root, ...snippets] = process.argv.slice(2);
const runtime = path.join(path.resolve(root), ".cache", "pyodide") + "/";

let output = "";
const pyodide = await loadPyodide({
  indexURL: runtime,
  stdout: (line) => { output += line + "\n"; },
  stderr: (line) => { output += line + "\n"; },
});
pyodide.runPython(`
import os
os.environ["MPLBACKEND"] = "Agg"
def _run_snippet(code, name):
    import sys, traceback
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(code, name, "exec"), namespace)
        ok = True
    except BaseException:
        traceback.print_exc()
        ok = False
    plt = sys.modules.get("matplotlib.pyplot")
    figure = bool(plt and plt.get_fignums())
    if plt:
        plt.close("all")
    return ok, figure
`);
const runSnippet = pyodide.globals.get("_run_snippet");

// Matplotlib's first import builds a font cache and says so on stderr: do it once, quietly.
function warmMatplotlib() {
  if (!pyodide.loadedPackages.matplotlib) return;
  pyodide.runPython("import matplotlib.pyplot");
  output = "";
}

for (const file of snippets) {
  const code = readFileSync(file, "utf8");
  output = "";
  const loadErrors = [];
  await pyodide.loadPackagesFromImports(code, { messageCallback: () => {}, errorCallback: (m) => loadErrors.push(m) });
  warmMatplotlib();
  const result = runSnippet(code, file).toJs();
  console.log(JSON.stringify({ file, output, ok: result[0], figure: result[1], loadErrors }));
}
