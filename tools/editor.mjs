// The cell editor: CodeMirror 6 with Python highlighting, auto-indent and line numbers.
// Bundled by esbuild into .cache/editor/editor.js (make deps); the site loads it on demand.
import { EditorState } from "@codemirror/state";
import { EditorView, keymap, lineNumbers, drawSelection, highlightActiveLine } from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { indentOnInput, bracketMatching, syntaxHighlighting } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";

/**
 * Replace nothing, create an editor inside `parent`.
 * onChange(code) after each edit; onRun() on Shift+Enter; onEscape() on Escape,
 * which must move focus out of the editor (Tab indents, so Escape is the way out).
 */
export function createEditor(parent, code, { onChange, onRun, onEscape, label }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: code,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        python(),
        syntaxHighlighting(classHighlighter),
        EditorState.tabSize.of(4),
        EditorView.contentAttributes.of({ "aria-label": label }),
        keymap.of([
          { key: "Shift-Enter", run: () => { onRun(); return true; } },
          { key: "Escape", run: () => { onEscape(); return true; } },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    getCode: () => view.state.doc.toString(),
    setCode: (text) => view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } }),
    focus: () => view.focus(),
  };
}
