// The Python runtime of the cells: Pyodide in a module Web Worker, so that a runaway
// cell never blocks the page. One cell runs at a time, each in a fresh namespace.
//
// Messages in:  {type: "run", id, code} | {type: "interrupt-buffer", buffer}
// Messages out: {type: "ready"} | {type: "status", id, state, text}
//               {type: "output", id, stream, text} | {type: "figure", id, png}
//               {type: "done", id, state, dropped}
import { loadPyodide } from "../pyodide/pyodide.mjs";

const MAX_LINES = 2000;
const MAX_BYTES = 200_000;
const FLUSH_MS = 40;

const RUNTIME = `
import builtins, linecache, os, sys, traceback
os.environ["MPLBACKEND"] = "Agg"

def _no_input(prompt=""):
    raise OSError("input() is not supported in the browser: set the value in the code instead")

builtins.input = _no_input

def _cell_traceback(exc):
    """The traceback trimmed to the cell's own frames, with its line numbers."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename == "<cell>"]
    lines = ["Traceback (most recent call last):\\n"] if frames else []
    lines += traceback.format_list(frames)
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines)

def _run_cell(code, shipped):
    linecache.cache["<cell>"] = (len(code), None, code.splitlines(True), "<cell>")
    namespace = {"__name__": "__main__"}
    try:
        exec(compile(code, "<cell>", "exec"), namespace)
        state = "done"
    except KeyboardInterrupt as exc:
        sys.stderr.write(_cell_traceback(exc))
        state = "stopped"
    except SystemExit:
        state = "done"
    except BaseException as exc:
        sys.stderr.write(_cell_traceback(exc))
        if isinstance(exc, ModuleNotFoundError) and exc.name and exc.name.split(".")[0] not in shipped:
            sys.stderr.write(
                f"\\n{exc.name} does not run in the browser, which has NumPy, SciPy, scikit-learn, "
                "pandas, matplotlib and the standard library. Copy the code to run it locally.\\n"
            )
        state = "error"
    sys.stdout.flush()
    sys.stderr.flush()
    return state

def _figures_as_png():
    plt = sys.modules.get("matplotlib.pyplot")
    if plt is None:
        return []
    import io
    images = []
    for number in plt.get_fignums():
        buffer = io.BytesIO()
        plt.figure(number).savefig(buffer, format="png", dpi=80)
        images.append(buffer.getvalue())
    plt.close("all")
    return images
`;

let pyodide;
let shipped;
let current = null; // the run in progress: {id, pending, lines, bytes, dropped, lastFlush}

function flush() {
  if (current && current.pending.length) {
    for (const [stream, text] of current.pending) self.postMessage({ type: "output", id: current.id, stream, text });
    current.pending = [];
  }
  if (current) current.lastFlush = Date.now();
}

// Streams are capped here, before any message is sent, so a flood cannot swamp the page.
function writer(stream) {
  const decoder = new TextDecoder();
  return (buffer) => {
    const text = decoder.decode(buffer, { stream: true });
    if (!current) return buffer.length;
    const newlines = text.split("\n").length - 1;
    if (current.lines >= MAX_LINES || current.bytes >= MAX_BYTES) {
      current.dropped += newlines;
      return buffer.length;
    }
    current.lines += newlines;
    current.bytes += text.length;
    const last = current.pending[current.pending.length - 1];
    if (last && last[0] === stream) last[1] += text;
    else current.pending.push([stream, text]);
    if (Date.now() - current.lastFlush > FLUSH_MS) flush();
    return buffer.length;
  };
}

async function start() {
  pyodide = await loadPyodide({ indexURL: new URL("../pyodide/", import.meta.url).href });
  pyodide.setStdout({ write: writer("stdout") });
  pyodide.setStderr({ write: writer("stderr") });
  pyodide.runPython(RUNTIME);
  const response = await fetch(new URL("../pyodide/shipped.json", import.meta.url));
  shipped = pyodide.toPy((await response.json()).imports);
}

// Load what the cell imports; a package that fails to load is reported, not left to
// surface later as a bare ModuleNotFoundError.
async function loadImports(id, code) {
  const failures = [];
  await pyodide.loadPackagesFromImports(code, {
    messageCallback: (message) => {
      const loading = /^Loading (.+)/.exec(message);
      if (loading) self.postMessage({ type: "status", id, state: "loading", text: `loading ${loading[1]}…` });
    },
    errorCallback: (message) => failures.push(message),
  });
  return failures;
}

function warmMatplotlib() {
  // The first import builds a font cache and says so on stderr: do it once, quietly.
  if (pyodide.loadedPackages.matplotlib && !pyodide.globals.get("sys").modules.has("matplotlib.pyplot")) {
    const saved = current;
    current = null;
    pyodide.runPython("import matplotlib.pyplot");
    current = saved;
  }
}

async function run({ id, code }) {
  current = { id, pending: [], lines: 0, bytes: 0, dropped: 0, lastFlush: Date.now() };
  const failures = await loadImports(id, code);
  if (failures.length) {
    self.postMessage({
      type: "output", id, stream: "stderr",
      text: "A package this cell needs could not be loaded, so the cell did not run. " +
        "Check your connection and reload the page.\n" + failures.join("\n") + "\n",
    });
    current = null;
    self.postMessage({ type: "done", id, state: "error", dropped: 0 });
    return;
  }
  warmMatplotlib();
  self.postMessage({ type: "status", id, state: "running", text: "running" });
  const state = pyodide.globals.get("_run_cell")(code, shipped);
  flush();
  const figures = pyodide.globals.get("_figures_as_png")().toJs();
  for (const png of figures) self.postMessage({ type: "figure", id, png }, [png.buffer]);
  const dropped = current.dropped;
  current = null;
  self.postMessage({ type: "done", id, state, dropped });
}

const started = start();
let queue = Promise.resolve();
self.onmessage = ({ data }) => {
  if (data.type === "interrupt-buffer") {
    started.then(() => pyodide.setInterruptBuffer(data.buffer));
  } else if (data.type === "run") {
    queue = queue.then(() => started).then(() => run(data)).catch((error) => {
      current = null;
      self.postMessage({ type: "output", id: data.id, stream: "stderr", text: `The Python runtime failed: ${error}\n` });
      self.postMessage({ type: "done", id: data.id, state: "error", dropped: 0 });
    });
  }
};
started.then(
  () => self.postMessage({ type: "ready" }),
  (error) => self.postMessage({ type: "failed", text: String(error) }),
);
