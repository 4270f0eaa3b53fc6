/**
 * TypeScript's diagnostics in another language. TypeScript ships its messages translated
 * (`typescript/lib/<locale>/diagnosticMessages.generated.json`) and installs a translation
 * globally on its module (`ts.setLocalizedDiagnosticMessages`); the runtime never reads the file
 * itself (Node and the browser fetch it differently), it is handed the parsed map.
 */
import ts from "typescript";

/**
 * `ts.setLocalizedDiagnosticMessages`: exported by the TypeScript module (what `tsc --locale`
 * uses) but left out of its public declarations.
 */
const localized = ts as unknown as {
  setLocalizedDiagnosticMessages(messages: Readonly<Record<string, string>> | undefined): void;
};

/** One of TypeScript's translations: its messages by key (`Cannot_find_name_0_2304`). */
export interface DiagnosticLocale {
  /** The locale's name (`ko`): part of the compile cache's key. */
  locale: string;
  /** The parsed contents of the locale's `diagnosticMessages.generated.json`. */
  messages: Readonly<Record<string, string>>;
}

/**
 * Calls `work` with TypeScript's messages in `locale` (English without one), then puts English
 * back: the translation is global to the TypeScript module, and the next compile may be English.
 */
export function withDiagnosticLocale<T>(locale: DiagnosticLocale | undefined, work: () => T): T {
  if (!locale) return work();
  localized.setLocalizedDiagnosticMessages(locale.messages);
  try {
    return work();
  } finally {
    localized.setLocalizedDiagnosticMessages(undefined);
  }
}
