/**
 * TypeScript's own messages in the page's language, for the workers' compile errors and editor
 * diagnostics. The Korean messages are a chunk of their own, fetched the first time a Korean page
 * needs them: English pages never download it.
 */
import type { DiagnosticLocale } from "../../runtime/compile/diagnostic-locale.ts";
import type { Lang } from "../i18n/lang.ts";

let korean: Promise<DiagnosticLocale> | null = null;

/** TypeScript's messages in `lang`, or undefined for English (TypeScript's own language). */
export function typescriptLocale(lang: Lang): Promise<DiagnosticLocale | undefined> {
  if (lang !== "ko") return Promise.resolve(undefined);
  korean ??= import("typescript/lib/ko/diagnosticMessages.generated.json").then(
    (module) => ({ locale: "ko", messages: module.default as Readonly<Record<string, string>> }),
    (error: unknown) => {
      // Let the next request try again (a flaky network) instead of failing for ever.
      korean = null;
      throw error;
    },
  );
  return korean;
}
