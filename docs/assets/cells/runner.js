// Live cells: turns each static cell (code + recorded output) into an editor with
// Run, Stop, Reset and Copy. Python runs in a Web Worker (worker.js), started on the
// first sign of intent. Works with Material's instant navigation: the worker and the
// editor module are loaded once and reused by every page.
const SITE = new URL("../../", import.meta.url);
const STORAGE_PREFIX = "mlqa.cell.v1:";
const MAX_LINES = 2000;
const MAX_CHARS = 200_000;
const VIEW_DELAY_MS = 3000;
const STOP_GRACE_MS = 3000; // then the interpreter is presumed stuck (e.g. in C code)
const SAVE_DELAY_MS = 300; // typing is saved in batches; leaving the page saves at once

// --- service worker: cross-origin isolation on hosts that cannot send headers -----------
async function ensureIsolation() {
  if (self.crossOriginIsolated || !("serviceWorker" in navigator)) return;
  try {
    const registration = await navigator.serviceWorker.register(new URL("service-worker.js", SITE), { scope: SITE.pathname });
    await navigator.serviceWorker.ready;
    // A page loaded before the worker took control is not isolated: reload it once.
    if (registration.active && !sessionStorage.getItem("mlqa.isolation-reload")) {
      sessionStorage.setItem("mlqa.isolation-reload", "1");
      location.reload();
    }
  } catch {
    // Service workers blocked: cells still run, and Stop restarts the worker instead.
  }
}

// --- the Python worker ----------------------------------------------------------------
const python = {
  worker: null,
  ready: null,
  interrupt: self.crossOriginIsolated ? new Int32Array(new SharedArrayBuffer(4)) : null,
  runs: new Map(), // run id -> handlers of the cell that asked
  nextId: 1,

  start() {
    if (this.worker) return this.ready;
    this.worker = new Worker(new URL("worker.js", import.meta.url), { type: "module" });
    if (this.interrupt) this.worker.postMessage({ type: "interrupt-buffer", buffer: this.interrupt });
    this.ready = new Promise((resolve, reject) => {
      this.worker.addEventListener("message", ({ data }) => {
        if (data.type === "ready") resolve();
        else if (data.type === "failed") reject(new Error(data.text));
        else this.runs.get(data.id)?.(data);
      });
      this.worker.addEventListener("error", (event) => reject(new Error(event.message || "worker error")));
    });
    this.ready.catch(() => {});
    return this.ready;
  },

  run(code, onMessage) {
    this.start();
    const id = this.nextId++;
    this.runs.set(id, (data) => {
      if (data.type === "done") this.runs.delete(id);
      onMessage(data);
    });
    if (this.interrupt) Atomics.store(this.interrupt, 0, 0);
    this.worker.postMessage({ type: "run", id, code });
    return id;
  },

  // Interrupt the running cell (KeyboardInterrupt) when isolated; otherwise, or if the
  // interpreter does not answer in time, replace the worker by a fresh one.
  stop(id) {
    const handler = this.runs.get(id);
    if (!handler) return;
    if (this.interrupt) {
      Atomics.store(this.interrupt, 0, 2);
      setTimeout(() => { if (this.runs.has(id)) this.restart(); }, STOP_GRACE_MS);
    } else {
      this.restart();
    }
  },

  restart() {
    this.worker?.terminate();
    this.worker = null;
    const pending = [...this.runs.values()];
    this.runs.clear();
    for (const handler of pending) handler({ type: "done", state: "stopped", restarted: true, dropped: 0 });
    this.start();
  },
};

// --- storage of edits -------------------------------------------------------------------
const storage = {
  load(path) {
    try { return JSON.parse(localStorage.getItem(STORAGE_PREFIX + path)); } catch { return null; }
  },
  save(path, code, digest) {
    try { localStorage.setItem(STORAGE_PREFIX + path, JSON.stringify({ code, digest })); } catch { /* full or blocked */ }
  },
  forget(path) {
    try { localStorage.removeItem(STORAGE_PREFIX + path); } catch { /* blocked */ }
  },
};

// Cells whose latest edit waits for its batched save.
const unsaved = new Set();
function saveAllEdits() {
  for (const cell of [...unsaved]) cell.saveEdit();
}

let editorModule = null;
function loadEditor() {
  editorModule ??= import(new URL("editor.js", import.meta.url).href);
  return editorModule;
}

function button(action, label, title) {
  const el = document.createElement("button");
  el.type = "button";
  el.className = `cell__button cell__button--${action}`;
  el.dataset.action = action;
  el.textContent = label;
  el.title = title;
  return el;
}

// --- one cell ----------------------------------------------------------------------------
class Cell {
  constructor(root) {
    this.root = root;
    this.path = root.dataset.cell;
    this.digest = root.dataset.digest;
    this.runnable = root.dataset.runsInBrowser === "true";
    this.codeBlock = root.querySelector(".highlight");
    this.original = root.querySelector("pre code").textContent.replace(/\n$/, "");
    this.recorded = root.querySelector("[data-recorded-output]");
    this.code = this.original;
    this.runId = null;
    this.buildControls();
    if (this.runnable) this.buildLive();
  }

  buildControls() {
    const bar = this.root.querySelector(".cell__bar");
    const actions = document.createElement("div");
    actions.className = "cell__actions";
    if (this.runnable) {
      this.runButton = button("run", "Run", "Run the code (Shift+Enter in the editor)");
      this.stopButton = button("stop", "Stop", "Stop the running code");
      this.resetButton = button("reset", "Reset", "Restore the published code and forget your edits");
      this.stopButton.disabled = true;
      this.runButton.addEventListener("click", () => this.run());
      this.runButton.addEventListener("pointerdown", startOnIntent, { once: true });
      this.runButton.addEventListener("touchstart", startOnIntent, { once: true, passive: true });
      this.stopButton.addEventListener("click", () => this.stop());
      this.resetButton.addEventListener("click", () => this.reset());
      actions.append(this.runButton, this.stopButton, this.resetButton);
    }
    this.copyButton = button("copy", "Copy", "Copy the code");
    this.copyButton.addEventListener("click", () => this.copy());
    actions.append(this.copyButton);
    this.status = document.createElement("span");
    this.status.className = "cell__status";
    this.status.setAttribute("role", "status");
    this.setStatus("idle", this.runnable ? "" : "recorded output shown");
    bar.append(actions, this.status);
  }

  buildLive() {
    this.notice = document.createElement("p");
    this.notice.className = "cell__notice";
    this.notice.hidden = true;
    this.codeBlock.before(this.notice);
    this.output = document.createElement("div");
    this.output.className = "cell__live-output";
    this.output.dataset.output = "";
    this.output.setAttribute("aria-live", "polite");
    this.output.hidden = true;
    this.recorded.after(this.output);
    const saved = storage.load(this.path);
    if (saved) this.code = saved.code;
    loadEditor().then(({ createEditor }) => this.mountEditor(createEditor));
    this.markEdited(saved);
  }

  mountEditor(createEditor) {
    if (!this.root.isConnected) return;
    const host = document.createElement("div");
    host.className = "cell__editor";
    this.editor = createEditor(host, this.code, {
      label: `Python code of ${this.path}`,
      onChange: (code) => this.edited(code),
      onRun: () => this.run(),
      onEscape: () => this.runButton.focus(),
    });
    host.addEventListener("focusin", startOnIntent, { once: true });
    this.codeBlock.replaceWith(host);
  }

  currentCode() {
    return this.editor ? this.editor.getCode() : this.code;
  }

  edited(code) {
    this.code = code;
    clearTimeout(this.saveTimer);
    unsaved.add(this);
    this.saveTimer = setTimeout(() => this.saveEdit(), SAVE_DELAY_MS);
  }

  saveEdit() {
    clearTimeout(this.saveTimer);
    unsaved.delete(this);
    if (this.code === this.original) storage.forget(this.path);
    else storage.save(this.path, this.code, this.digest);
    this.markEdited(storage.load(this.path));
  }

  markEdited(saved) {
    const isEdited = Boolean(saved) && saved.code !== this.original;
    this.root.classList.toggle("cell--edited", isEdited);
    this.root.dataset.edited = String(isEdited);
    const stale = isEdited && saved.digest !== this.digest;
    this.notice.hidden = !isEdited;
    this.notice.textContent = stale
      ? "Edited by you. The published code has changed since: Reset shows the new version (and drops your edit)."
      : "Edited by you (kept in this browser). Reset restores the published code.";
    this.notice.classList.toggle("cell__notice--stale", stale);
  }

  setStatus(state, text) {
    this.status.dataset.status = state;
    this.status.textContent = text;
  }

  clearOutput() {
    this.output.replaceChildren();
    this.lines = 0;
    this.chars = 0;
    this.cut = 0;
    this.text = null;
  }

  // Text only, never HTML; capped so that a flood cannot freeze the page.
  append(stream, text) {
    if (this.lines >= MAX_LINES || this.chars >= MAX_CHARS) {
      this.cut += text.split("\n").length - 1;
      return;
    }
    this.lines += text.split("\n").length - 1;
    this.chars += text.length;
    if (!this.text || this.text.dataset.stream !== stream) {
      this.text = document.createElement("span");
      this.text.dataset.stream = stream;
      this.text.className = `cell__stream cell__stream--${stream}`;
      this.pre.append(this.text);
    }
    this.text.append(document.createTextNode(text));
  }

  run() {
    if (!this.runnable || this.runId !== null) return;
    ensureIsolationLater();
    this.recorded.hidden = true;
    this.output.hidden = false;
    this.clearOutput();
    const label = document.createElement("p");
    label.className = "cell__label";
    label.textContent = "Output (this run)";
    this.pre = document.createElement("pre");
    this.pre.className = "cell__output-text";
    this.output.append(label, this.pre);
    this.runButton.disabled = true;
    this.stopButton.disabled = false;
    this.setStatus("loading", python.worker ? "waiting for Python…" : "starting Python…");
    const started = performance.now();
    this.timer = setInterval(() => {
      if (this.status.dataset.status === "running") this.setStatus("running", `running ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }, 100);
    this.runId = python.run(this.currentCode(), (message) => this.onMessage(message));
  }

  onMessage(message) {
    if (message.type === "status") this.setStatus(message.state, message.text);
    else if (message.type === "output") this.append(message.stream, message.text);
    else if (message.type === "figure") this.showFigure(message.png);
    else if (message.type === "done") this.finish(message);
  }

  showFigure(png) {
    const img = document.createElement("img");
    img.className = "cell__figure";
    img.alt = `Figure drawn by ${this.path}`;
    img.src = URL.createObjectURL(new Blob([png], { type: "image/png" }));
    this.output.append(img);
  }

  finish({ state, dropped, restarted }) {
    clearInterval(this.timer);
    this.runId = null;
    const more = (dropped || 0) + this.cut;
    if (more > 0) {
      const note = document.createElement("p");
      note.className = "cell__truncated";
      note.dataset.truncated = String(more);
      note.textContent = `… ${more} more lines not shown`;
      this.output.append(note);
    }
    if (restarted) this.append("stderr", "Stopped: the Python runtime was restarted.\n");
    const text = { done: "done", error: "finished with an error", stopped: "stopped" }[state] ?? state;
    this.setStatus(state, text);
    this.runButton.disabled = false;
    this.stopButton.disabled = true;
  }

  stop() {
    if (this.runId !== null) python.stop(this.runId);
  }

  reset() {
    this.stop();
    this.code = this.original;
    this.editor?.setCode(this.original);
    clearTimeout(this.saveTimer);
    unsaved.delete(this);
    storage.forget(this.path);
    this.markEdited(null);
    this.clearOutput();
    this.output.hidden = true;
    this.recorded.hidden = false;
    this.setStatus("idle", "");
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.currentCode());
      this.copyButton.textContent = "Copied";
    } catch {
      this.copyButton.textContent = "Copy failed";
    }
    setTimeout(() => { this.copyButton.textContent = "Copy"; }, 1500);
  }
}

// --- wiring --------------------------------------------------------------------------------
// Python (about 14 MB) starts on a sign of intent, never speculatively when the browser
// asks to save data: then only a click on Run starts it.
const saveData = Boolean(navigator.connection?.saveData);
function startOnIntent() {
  if (!saveData) python.start();
}
let isolationAsked = false;
function ensureIsolationLater() {
  if (!isolationAsked) { isolationAsked = true; ensureIsolation(); }
}

// A cell that stays in view for a few seconds is a sign the reader may run it.
const viewTimers = new WeakMap();
const viewWatcher = "IntersectionObserver" in self && !saveData
  ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        clearTimeout(viewTimers.get(entry.target));
        if (entry.isIntersecting) viewTimers.set(entry.target, setTimeout(startOnIntent, VIEW_DELAY_MS));
      }
    }, { threshold: 0.5 })
  : null;

function setup(root = document) {
  const cells = [...root.querySelectorAll(".cell[data-cell]")].filter((el) => !el.dataset.live);
  for (const el of cells) {
    el.dataset.live = "true";
    const cell = new Cell(el);
    if (cell.runnable) viewWatcher?.observe(el);
  }
  if (cells.length) ensureIsolationLater();
}

// An edit typed just before a reload, a tab close or a switch away is saved at once.
addEventListener("pagehide", saveAllEdits);
document.addEventListener("visibilitychange", () => {
  if (document.visibilityState === "hidden") saveAllEdits();
});

// Material's instant navigation swaps the page content without reloading scripts.
if (self.document$) self.document$.subscribe(() => { saveAllEdits(); setup(); });
else setup();
