/**
 * The code editor: CodeMirror 6 with TypeScript highlighting, themed through CSS classes
 * (`.tok-*`) so it follows Starlight's light and dark colours. Loaded only when a playground nears
 * the viewport.
 *
 * Keyboard: Tab indents; Esc then Tab leaves the editor (CodeMirror's tab-focus mode);
 * Ctrl/Cmd-Enter runs the program.
 */
import { history, defaultKeymap, historyKeymap, indentWithTab } from "@codemirror/commands";
import { typescriptLanguage } from "@codemirror/lang-javascript";
import { bracketMatching, indentOnInput, LanguageSupport, syntaxHighlighting } from "@codemirror/language";
import { EditorState, StateEffect, StateField, type Extension } from "@codemirror/state";
import {
  Decoration,
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
  type DecorationSet,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";
import { languageOnFocus } from "./language/on-focus.ts";

export interface EditorOptions {
  doc: string;
  readOnly: boolean;
  /** Accessible name of the text area. */
  label: string;
  onChange?: (text: string) => void;
  onRun?: () => void;
}

/** The editor as the island uses it. */
export interface CodeEditor {
  text(): string;
  setText(text: string): void;
  /** Moves the cursor to a line, scrolls it into view, marks it, and focuses the editor. */
  revealLine(line: number, column?: number): void;
  /** Marks lines that the last run reported (errors, warnings); an empty list clears them. */
  markLines(lines: { line: number; kind: "error" | "warning" }[]): void;
  destroy(): void;
}

const setMarks = StateEffect.define<{ line: number; kind: "error" | "warning" }[]>();

const marksField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(marks, transaction) {
    let next = marks.map(transaction.changes);
    for (const effect of transaction.effects) {
      if (!effect.is(setMarks)) continue;
      const doc = transaction.state.doc;
      const ranges = effect.value
        .filter(({ line }) => line >= 1 && line <= doc.lines)
        .sort((a, b) => a.line - b.line)
        .map(({ line, kind }) => Decoration.line({ class: `ll-line-${kind}` }).range(doc.line(line).from));
      next = Decoration.set(ranges, true);
    }
    if (transaction.docChanged) next = Decoration.none;
    return next;
  },
  provide: (field) => EditorView.decorations.from(field),
});

/** Creates an editor inside `parent`. */
export function createEditor(parent: HTMLElement, options: EditorOptions): CodeEditor {
  const extensions: Extension[] = [
    lineNumbers(),
    highlightActiveLineGutter(),
    history(),
    drawSelection(),
    indentOnInput(),
    bracketMatching(),
    highlightActiveLine(),
    // The TypeScript grammar alone: no completion or lint sources (a third of the chunk's weight).
    new LanguageSupport(typescriptLanguage),
    // Completion, type errors and docs: loaded on first focus (src/island/language/).
    languageOnFocus(),
    syntaxHighlighting(classHighlighter),
    marksField,
    EditorState.tabSize.of(2),
    EditorView.contentAttributes.of({ "aria-label": options.label }),
    keymap.of([
      { key: "Mod-Enter", run: () => (options.onRun?.(), true) },
      indentWithTab,
      ...defaultKeymap,
      ...historyKeymap,
    ]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange?.(update.state.doc.toString());
    }),
  ];
  if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.doc, extensions }) });

  return {
    text: () => view.state.doc.toString(),
    setText(text) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    revealLine(line, column = 1) {
      const doc = view.state.doc;
      const target = doc.line(Math.min(Math.max(line, 1), doc.lines));
      const anchor = Math.min(target.from + Math.max(column - 1, 0), target.to);
      view.dispatch({ selection: { anchor }, effects: EditorView.scrollIntoView(anchor, { y: "center" }) });
      view.focus();
    },
    markLines(lines) {
      view.dispatch({ effects: setMarks.of(lines) });
    },
    destroy: () => view.destroy(),
  };
}
