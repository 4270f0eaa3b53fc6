/**
 * A one-line summary of the editor's problems under it, in an `aria-live` region so that screen
 * readers hear when the count changes, with a button that opens CodeMirror's lint panel (the
 * keyboard-reachable list; Ctrl/Cmd+Shift+M opens it too, F8 moves to the next problem).
 */
import { diagnosticCount, forEachDiagnostic, openLintPanel, setDiagnosticsEffect } from "@codemirror/lint";
import type { EditorState } from "@codemirror/state";
import { EditorView, showPanel, type Panel } from "@codemirror/view";
import { text } from "../../i18n/page-lang.ts";
import { onFailure } from "./client.ts";

/** The summary's sentence for the editor's current diagnostics. */
export function summarize(state: EditorState): string {
  const m = text().language;
  const count = diagnosticCount(state);
  if (count === 0) return m.noErrors;
  const lines = new Set<number>();
  forEachDiagnostic(state, (_d, from) => lines.add(state.doc.lineAt(from).number));
  const where = [...lines].sort((a, b) => a - b);
  const onLines = where.length === 1 ? m.line(String(where[0])) : m.lines(where.join(", "));
  return m.errors(count, onLines);
}

function summaryPanel(view: EditorView): Panel {
  const dom = document.createElement("div");
  dom.className = "ll-problems";
  const status = document.createElement("span");
  status.setAttribute("role", "status");
  status.setAttribute("aria-live", "polite");
  const m = text().language;
  status.textContent = m.checking;
  const list = document.createElement("button");
  list.type = "button";
  list.className = "ll-problems-list";
  list.textContent = m.list;
  list.title = "Ctrl/⌘+Shift+M";
  list.addEventListener("click", () => openLintPanel(view));
  list.hidden = true;
  dom.append(status, list);

  const stop = onFailure(() => {
    status.textContent = m.unavailable;
  });
  return {
    dom,
    update(update) {
      // Only a new lint result changes the sentence (so screen readers hear it once per check).
      const linted = update.transactions.some((tr) => tr.effects.some((e) => e.is(setDiagnosticsEffect)));
      if (!linted) return;
      const sentence = summarize(update.state);
      if (status.textContent !== sentence) status.textContent = sentence;
      list.hidden = diagnosticCount(update.state) === 0;
    },
    destroy: stop,
  };
}

/** The summary panel and its styles. */
export function problemSummary() {
  return [
    showPanel.of(summaryPanel),
    EditorView.baseTheme({
      ".ll-problems": {
        display: "flex",
        flexWrap: "wrap",
        gap: "0.5rem",
        alignItems: "center",
        padding: "0.25rem 0.5rem",
        fontSize: "0.875em",
      },
      ".ll-problems-list": { font: "inherit", cursor: "pointer" },
    }),
  ];
}
