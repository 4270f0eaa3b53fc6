/**
 * The code editor: CodeMirror 6 with TypeScript highlighting, themed through CSS classes
 * (`.tok-*`) so it follows Starlight's light and dark colours. Loaded only when a playground nears
 * the viewport.
 *
 * Keyboard: the editor never traps the keyboard. Reached with Tab, it is in browsing mode: Tab and
 * Shift+Tab move on to the next or previous control. Enter (or a click) starts editing, where Tab
 * indents; Esc stops editing. Ctrl/Cmd-Enter runs the program in both modes. The instructions
 * under the editor say which mode it is in and are tied to it with `aria-describedby`.
 */
import { defaultKeymap, history, historyKeymap, indentLess, indentMore } from "@codemirror/commands";
import { typescriptLanguage } from "@codemirror/lang-javascript";
import { bracketMatching, indentOnInput, LanguageSupport, syntaxHighlighting } from "@codemirror/language";
import { Compartment, EditorState, Prec, StateEffect, StateField, type Extension } from "@codemirror/state";
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
import { text } from "../i18n/page-lang.ts";

export interface EditorOptions {
  doc: string;
  readOnly: boolean;
  /** Accessible name of the text area. */
  label: string;
  onChange?: (text: string) => void;
  onRun?: () => void;
  /** More extensions (a language service, say), added after the editor's own. */
  extensions?: Extension[];
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

/** Whether the learner entered editing (Tab indents) or is browsing past (Tab moves focus). */
const setEditing = StateEffect.define<boolean>();

const editingField = StateField.define<boolean>({
  create: () => false,
  update(editing, transaction) {
    for (const effect of transaction.effects) if (effect.is(setEditing)) editing = effect.value;
    return editing;
  },
});

let editors = 0;

/** Long lines wrap on a narrow screen (a phone), where scrolling sideways hides the code. */
const NARROW = "(max-width: 40rem)";

function wrapOnNarrowScreens(): { extension: Extension; attach(view: EditorView): void } {
  const wrapping = new Compartment();
  const media = window.matchMedia(NARROW);
  const mode = (): Extension => (media.matches ? EditorView.lineWrapping : []);
  return {
    extension: wrapping.of(mode()),
    attach(view) {
      media.addEventListener("change", () => view.dispatch({ effects: wrapping.reconfigure(mode()) }));
    },
  };
}

/** The keyboard model described at the top of this file, with its instructions in `help`. */
function keyboard(help: HTMLElement, onRun: (() => void) | undefined): Extension {
  const editing = (view: EditorView): boolean => view.state.field(editingField);
  const enter = (view: EditorView, value: boolean): boolean => {
    view.dispatch({ effects: setEditing.of(value) });
    return true;
  };
  return [
    editingField,
    Prec.highest(
      keymap.of([
        { key: "Mod-Enter", run: () => (onRun?.(), true) },
        { key: "Enter", run: (view) => !editing(view) && enter(view, true) },
        { key: "Escape", run: (view) => editing(view) && enter(view, false) },
        // Unhandled (browsing), Tab keeps its browser meaning: the next control.
        { key: "Tab", run: (view) => editing(view) && indentMore(view) },
        { key: "Shift-Tab", run: (view) => editing(view) && indentLess(view) },
      ]),
    ),
    EditorView.domEventHandlers({
      mousedown: (_event, view) => {
        if (!editing(view)) view.dispatch({ effects: setEditing.of(true) });
        return false;
      },
    }),
    // Coming back with the keyboard later starts in browsing mode again.
    EditorView.focusChangeEffect.of((_state, focusing) => (focusing ? null : setEditing.of(false))),
    EditorView.contentAttributes.compute([editingField], (state) => ({
      "aria-describedby": help.id,
      "data-editing": String(state.field(editingField)),
    })),
    EditorView.updateListener.of((update) => {
      const mode = update.state.field(editingField) ? "editing" : "browsing";
      if (help.dataset.mode !== mode) {
        help.dataset.mode = mode;
        help.textContent = text().editor[mode];
      }
    }),
  ];
}

/** Creates an editor inside `parent`, with its keyboard instructions under it. */
export function createEditor(parent: HTMLElement, options: EditorOptions): CodeEditor {
  const help = document.createElement("p");
  help.className = "ll-editor-help";
  help.id = `ll-editor-help-${++editors}`;
  help.dataset.mode = "browsing";
  help.textContent = text().editor.browsing;
  const wrap = wrapOnNarrowScreens();
  const extensions: Extension[] = [
    wrap.extension,
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
    // An explicit tab stop: the scroller around the text then counts as keyboard-reachable.
    EditorView.contentAttributes.of({ "aria-label": options.label, tabindex: "0" }),
    keyboard(help, options.onRun),
    keymap.of([...defaultKeymap, ...historyKeymap]),
    EditorView.updateListener.of((update) => {
      if (update.docChanged) options.onChange?.(update.state.doc.toString());
    }),
    ...(options.extensions ?? []),
  ];
  if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
  const view = new EditorView({ parent, state: EditorState.create({ doc: options.doc, extensions }) });
  parent.append(help);
  wrap.attach(view);

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
