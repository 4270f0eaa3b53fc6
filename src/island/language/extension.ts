/**
 * Type-aware editing for one editor, backed by the language worker: diagnostics while typing
 * (underlined, in the gutter, in CodeMirror's lint panel and in a spoken summary), completion with
 * the declarations' docs, hover docs and signature help. Loaded the first time an editor gets
 * focus (`on-focus.ts`); type errors never touch Run.
 */
import { autocompletion, type Completion, type CompletionSource } from "@codemirror/autocomplete";
import { type Diagnostic, linter, lintGutter, lintKeymap } from "@codemirror/lint";
import type { Extension } from "@codemirror/state";
import { EditorView, hoverTooltip, keymap, ViewPlugin } from "@codemirror/view";
import type { LearnerDiagnostic } from "../../worker/language-service.ts";
import { pageLang, text } from "../../i18n/page-lang.ts";
import { languageService } from "./client.ts";
import { docView, hoverView } from "./doc-view.ts";
import { signatureHelp } from "./signature-help.ts";
import { problemSummary } from "./summary.ts";

/** How long typing must pause before the program is type-checked again. */
const LINT_DELAY_MS = 400;

let files = 0;

/** The language extensions of one editor: its own file in the worker's virtual file system. */
export function languageSupport(): Extension {
  const service = languageService();
  const path = `/playground-${++files}.ts`;

  // The worker sees every change before the request that follows it (requests are ordered).
  const sync = ViewPlugin.define((view) => {
    void service.updateFile({ path, code: view.state.doc.toString() });
    return {
      update(update) {
        if (update.docChanged) void service.updateFile({ path, code: update.state.doc.toString() });
      },
    };
  });

  const toDiagnostic = (found: LearnerDiagnostic, length: number): Diagnostic => ({
    from: Math.min(found.from, length),
    to: Math.min(found.to, length),
    severity: found.severity,
    message: found.message,
    renderMessage: () => messageView(found),
  });

  const lint = linter(
    async (view) => {
      const found = await service.getLints({ path, lang: pageLang() });
      return found.map((d) => toDiagnostic(d, view.state.doc.length));
    },
    { delay: LINT_DELAY_MS },
  );

  const complete: CompletionSource = async (context) => {
    const result = await service.getAutocompletion({
      path,
      context: { pos: context.pos, explicit: context.explicit },
    });
    if (!result || context.aborted) return null;
    const info = (option: Completion) => async () => {
      const details = await service.getCompletionDetails({ path, pos: context.pos, name: option.label });
      return details ? docView(details.detail, details.documentation) : null;
    };
    return {
      ...result,
      options: result.options.map((option) => ({ ...option, info: info(option) })),
      validFor: /^[\w$]*$/,
    };
  };

  const hover = hoverTooltip(async (_view, pos) => {
    const found = await service.getHover({ path, pos });
    if (!found?.quickInfo) return null;
    const { quickInfo } = found;
    return { pos: found.start, end: found.end, above: true, create: () => ({ dom: hoverView(quickInfo) }) };
  });

  return [
    sync,
    lint,
    lintGutter(),
    keymap.of(lintKeymap),
    problemSummary(),
    autocompletion({ override: [complete], icons: true }),
    hover,
    signatureHelp((pos) => service.getSignature({ path, pos })),
    theme,
  ];
}

/** TypeScript's message, and the hint beneath it in its own style. */
function messageView(found: LearnerDiagnostic): Node {
  const box = document.createElement("span");
  // The hint is the message's last line (TypeScript's own message may have several).
  const hintAt = found.hint ? found.message.lastIndexOf("\n") : -1;
  box.append(hintAt < 0 ? found.message : found.message.slice(0, hintAt));
  if (found.hint) {
    const hint = document.createElement("span");
    hint.className = "ll-lint-hint";
    hint.textContent = text().language.hint(found.hint);
    box.append(hint);
  }
  return box;
}

/** Colours from Starlight's variables, so the popups follow the light and dark themes. */
const theme = EditorView.baseTheme({
  ".ll-lint-hint": { display: "block", marginTop: "0.25em", fontStyle: "italic" },
  ".ll-doc": {
    maxWidth: "min(36rem, 90vw)",
    padding: "0.25rem 0.5rem",
    fontSize: "0.875em",
    lineHeight: "1.4",
  },
  ".ll-doc-signature": { fontFamily: "var(--sl-font-mono, monospace)", whiteSpace: "pre-wrap", margin: 0 },
  ".ll-doc-text": { margin: "0.25rem 0 0", whiteSpace: "pre-wrap" },
  ".ll-doc-active": { fontWeight: "bold", textDecoration: "underline" },
  // CodeMirror styles its popups and panels for a light page (`&light`); the doubled class wins
  // over those rules so they follow the site's theme instead.
  "&light .cm-tooltip.cm-tooltip": {
    backgroundColor: "var(--sl-color-bg-nav, #fff)",
    color: "var(--sl-color-text, inherit)",
    border: "1px solid var(--sl-color-gray-5, #ccc)",
  },
  "&light .cm-panels.cm-panels": {
    backgroundColor: "var(--sl-color-bg-nav, #f5f5f5)",
    color: "var(--sl-color-text, inherit)",
    borderColor: "var(--sl-color-gray-5, #ddd)",
  },
});
