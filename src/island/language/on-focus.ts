/**
 * The editor's hook for type-aware editing: an empty slot that fills the first time the editor
 * gets focus, so neither the language extensions nor the language worker load with the page.
 * This module is part of the editor's chunk: keep it tiny.
 */
import { Compartment, type Extension } from "@codemirror/state";
import { EditorView } from "@codemirror/view";

/** Completion, diagnostics and hover docs, loaded on the editor's first focus. */
export function languageOnFocus(): Extension {
  const slot = new Compartment();
  let requested = false;
  return [
    slot.of([]),
    EditorView.domEventHandlers({
      focus(_event, view) {
        if (requested) return;
        requested = true;
        void import("./extension.ts").then(({ languageSupport }) => {
          if (view.dom.isConnected) view.dispatch({ effects: slot.reconfigure(languageSupport()) });
        });
      },
    }),
  ];
}
