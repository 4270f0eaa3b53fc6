/**
 * Signature help: typing `(` or `,` inside a call shows the called function's signature above the
 * cursor, its current parameter in bold, with the doc comment. It follows the cursor while it stays
 * inside the call's parentheses; Escape closes it. `@valtown/codemirror-ts` has no signature help,
 * so this is the glue to TypeScript's `getSignatureHelpItems`.
 */
import { type Extension, StateEffect, StateField } from "@codemirror/state";
import { EditorView, keymap, showTooltip, type Tooltip, ViewPlugin, type ViewUpdate } from "@codemirror/view";
import type { SignatureView } from "../../worker/language-service.ts";

const setSignature = StateEffect.define<{ pos: number; view: SignatureView } | null>();

const signatureField = StateField.define<Tooltip | null>({
  create: () => null,
  update(tooltip, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setSignature)) continue;
      if (!effect.value) return null;
      const { pos, view } = effect.value;
      return { pos, above: true, strictSide: false, create: () => ({ dom: render(view) }) };
    }
    if (tooltip && tr.docChanged) return { ...tooltip, pos: tr.changes.mapPos(tooltip.pos) };
    return tooltip;
  },
  provide: (field) => showTooltip.from(field),
});

function render(view: SignatureView): HTMLElement {
  const box = document.createElement("div");
  box.className = "ll-doc ll-signature";
  const code = document.createElement("pre");
  code.className = "ll-doc-signature";
  for (const part of view.parts) {
    if (!part.active) {
      code.append(part.text);
      continue;
    }
    const active = document.createElement("span");
    active.className = "ll-doc-active";
    active.textContent = part.text;
    code.append(active);
  }
  box.append(code);
  if (view.documentation) {
    const doc = document.createElement("p");
    doc.className = "ll-doc-text";
    doc.textContent = view.documentation;
    box.append(doc);
  }
  return box;
}

/** The character the update typed, when it typed exactly one. */
function typedCharacter(update: ViewUpdate): string | null {
  let typed: string | null = null;
  for (const tr of update.transactions) {
    if (!tr.isUserEvent("input.type")) continue;
    tr.changes.iterChanges((_fromA, _toA, _fromB, _toB, inserted) => {
      typed = inserted.length === 1 ? inserted.toString() : null;
    });
  }
  return typed;
}

/** Signature help, asking `lookup` for the signature at a position. */
export function signatureHelp(lookup: (pos: number) => Promise<SignatureView | null>): Extension {
  const plugin = ViewPlugin.fromClass(
    class {
      /** Counts requests, so that an answer overtaken by a newer one is dropped. */
      generation = 0;
      readonly view: EditorView;

      constructor(view: EditorView) {
        this.view = view;
      }

      update(update: ViewUpdate) {
        if (!update.docChanged && !update.selectionSet) return;
        const open = update.state.field(signatureField) !== null;
        const typed = typedCharacter(update);
        if (!open && typed !== "(" && typed !== ",") return;
        const pos = update.state.selection.main.head;
        const generation = ++this.generation;
        void lookup(pos).then((found) => {
          if (generation !== this.generation || this.view.state.selection.main.head !== pos) return;
          if (!found && this.view.state.field(signatureField) === null) return;
          this.view.dispatch({ effects: setSignature.of(found ? { pos, view: found } : null) });
        });
      }
    },
  );
  const close = keymap.of([
    {
      key: "Escape",
      run(view) {
        if (view.state.field(signatureField) === null) return false;
        view.dispatch({ effects: setSignature.of(null) });
        return true;
      },
    },
  ]);
  return [signatureField, plugin, close];
}
