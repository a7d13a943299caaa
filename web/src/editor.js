// The code editor: CodeMirror 6 with Python highlighting and line numbers,
// plus two kinds of marks the playground sets: a compile or runtime error
// at its line and column, and each thread's current line in its colour.

import { EditorState, StateEffect, StateField, RangeSet, RangeSetBuilder } from "@codemirror/state";
import {
  EditorView,
  Decoration,
  WidgetType,
  GutterMarker,
  gutter,
  keymap,
  lineNumbers,
  drawSelection,
  highlightActiveLine,
  highlightActiveLineGutter,
  placeholder as placeholderExt,
} from "@codemirror/view";
import { defaultKeymap, history, historyKeymap, indentWithTab, simplifySelection, temporarilySetTabFocusMode } from "@codemirror/commands";
import { indentOnInput, bracketMatching, syntaxHighlighting, indentUnit } from "@codemirror/language";
import { classHighlighter } from "@lezer/highlight";
import { python } from "@codemirror/lang-python";
import { threadClass } from "./threads.js";

const setErrorEffect = StateEffect.define();
const setThreadsEffect = StateEffect.define();

class ErrorWidget extends WidgetType {
  constructor(message, col) {
    super();
    this.message = message;
    this.col = col;
  }
  eq(other) {
    return other.message === this.message && other.col === this.col;
  }
  toDOM() {
    const el = document.createElement("div");
    el.className = "cm-error-widget";
    el.setAttribute("role", "alert");
    const caret = document.createElement("span");
    caret.className = "cm-error-caret";
    caret.setAttribute("aria-hidden", "true");
    caret.textContent = " ".repeat(Math.max(0, this.col - 1)) + "^";
    const msg = document.createElement("span");
    msg.className = "cm-error-message";
    msg.textContent = this.message;
    el.append(caret, msg);
    return el;
  }
}

// error: {line, col, message} | null
const errorField = StateField.define({
  create: () => ({ error: null, decorations: Decoration.none }),
  update(value, tr) {
    let { error } = value;
    let changed = false;
    for (const e of tr.effects) {
      if (e.is(setErrorEffect)) {
        error = e.value;
        changed = true;
      }
    }
    if (tr.docChanged && error && !changed) {
      // Editing invalidates the mark: it described the old text.
      return { error: null, decorations: Decoration.none };
    }
    if (!changed) return value;
    return { error, decorations: errorDecorations(tr.state, error) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

function errorDecorations(state, error) {
  if (!error || !error.line) return Decoration.none;
  const lineNo = Math.min(Math.max(1, error.line), state.doc.lines);
  const line = state.doc.line(lineNo);
  // No column: the statement, from the line's first non-blank character.
  const col = error.col ? Math.max(1, error.col) : line.text.search(/\S|$/) + 1;
  const from = Math.min(line.from + col - 1, line.to);
  // Mark the token at the column (or one character, or the line end).
  let to = from;
  const text = line.text;
  let i = from - line.from;
  while (i < text.length && /[\w.]/.test(text[i])) i++;
  to = line.from + i;
  if (to === from) to = Math.min(from + 1, line.to);
  const b = new RangeSetBuilder();
  b.add(line.from, line.from, Decoration.line({ class: "cm-error-line" }));
  if (to > from) b.add(from, to, Decoration.mark({ class: "cm-error-mark" }));
  b.add(line.to, line.to, Decoration.widget({ widget: new ErrorWidget(error.message, col), block: true, side: 1 }));
  return b.finish();
}

class ThreadMarker extends GutterMarker {
  constructor(threads) {
    super();
    this.threads = threads; // [{id, label, active}]
  }
  eq(other) {
    return other.threads.length === this.threads.length && other.threads.every((t, i) => t.id === this.threads[i].id && t.active === this.threads[i].active);
  }
  toDOM() {
    const el = document.createElement("span");
    el.className = "cm-thread-badges";
    for (const t of this.threads) {
      const b = document.createElement("span");
      b.className = `cm-thread-badge ${threadClass(t.id)}${t.active ? " active" : ""}`;
      b.textContent = t.label;
      el.append(b);
    }
    return el;
  }
}

// threads: [{id, label, line, active}]
const threadField = StateField.define({
  create: () => ({ lines: Decoration.none, markers: RangeSet.empty }),
  update(value, tr) {
    for (const e of tr.effects) if (e.is(setThreadsEffect)) return threadDecorations(tr.state, e.value);
    if (tr.docChanged) return { lines: value.lines.map(tr.changes), markers: value.markers.map(tr.changes) };
    return value;
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.lines),
});

function threadDecorations(state, threads) {
  const byLine = new Map();
  for (const t of threads) {
    if (!t.line || t.line > state.doc.lines) continue;
    if (!byLine.has(t.line)) byLine.set(t.line, []);
    byLine.get(t.line).push(t);
  }
  const lines = [...byLine.keys()].sort((a, b) => a - b);
  const deco = new RangeSetBuilder();
  const markers = new RangeSetBuilder();
  for (const n of lines) {
    const ts = byLine.get(n).sort((a, b) => (b.active ? 1 : 0) - (a.active ? 1 : 0) || a.id - b.id);
    const line = state.doc.line(n);
    const lead = ts[0];
    deco.add(line.from, line.from, Decoration.line({ class: `cm-thread-line ${threadClass(lead.id)}${lead.active ? " active" : ""}` }));
    markers.add(line.from, line.from, new ThreadMarker(ts));
  }
  return { lines: deco.finish(), markers: markers.finish() };
}

const threadGutter = gutter({
  class: "cm-thread-gutter",
  markers: (view) => view.state.field(threadField).markers,
  initialSpacer: () => new ThreadMarker([{ id: 1, label: "T1", active: false }]),
});

const escapeKey = {
  key: "Escape",
  run: (view) => {
    simplifySelection(view);
    return temporarilySetTabFocusMode(view);
  },
};

/**
 * Creates an editor.
 * @param {{parent: HTMLElement, doc: string, label: string, placeholder?: string,
 *          onRun?: () => void, onChange?: (text: string) => void, readOnly?: boolean}} opts
 */
export function createEditor(opts) {
  const runKey = {
    key: "Mod-Enter",
    run: () => {
      if (opts.onRun) opts.onRun();
      return true;
    },
    preventDefault: true,
  };
  const extensions = [
    lineNumbers(),
    threadGutter,
    highlightActiveLineGutter(),
    highlightActiveLine(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    indentUnit.of("    "),
    EditorState.tabSize.of(4),
    syntaxHighlighting(classHighlighter),
    python(),
    errorField,
    threadField,
    keymap.of([runKey, escapeKey, ...defaultKeymap, ...historyKeymap, indentWithTab]),
    EditorView.contentAttributes.of({ "aria-label": opts.label, spellcheck: "false", autocorrect: "off", autocapitalize: "off" }),
    EditorView.updateListener.of((u) => {
      if (u.docChanged && opts.onChange) opts.onChange(u.state.doc.toString());
    }),
  ];
  if (opts.placeholder) extensions.push(placeholderExt(opts.placeholder));
  if (opts.readOnly) extensions.push(EditorState.readOnly.of(true));
  const view = new EditorView({
    parent: opts.parent,
    state: EditorState.create({ doc: opts.doc, extensions }),
  });

  return {
    view,
    getText: () => view.state.doc.toString(),
    /** Replaces the text as one undoable change. */
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    /** Marks an error ({line, col, message}) or clears it (null). */
    setError(error) {
      const effects = [setErrorEffect.of(error)];
      if (error && error.line && error.line <= view.state.doc.lines) {
        effects.push(EditorView.scrollIntoView(view.state.doc.line(error.line).from, { y: "nearest" }));
      }
      view.dispatch({ effects });
    },
    /** Marks each thread's line: [{id, label, line, active}]. */
    setThreads(threads) {
      const effects = [setThreadsEffect.of(threads)];
      const active = threads.find((t) => t.active && t.line && t.line <= view.state.doc.lines);
      if (active) effects.push(EditorView.scrollIntoView(view.state.doc.line(active.line).from, { y: "nearest" }));
      view.dispatch({ effects });
    },
    /** Moves the cursor to a line and focuses the editor. */
    goToLine(line, col = 1) {
      const n = Math.min(Math.max(1, line), view.state.doc.lines);
      const l = view.state.doc.line(n);
      const pos = Math.min(l.from + Math.max(0, col - 1), l.to);
      view.dispatch({ selection: { anchor: pos }, effects: EditorView.scrollIntoView(pos, { y: "center" }) });
      view.focus();
    },
    focus: () => view.focus(),
  };
}
