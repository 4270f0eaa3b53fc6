/**
 * TypeScript's translated messages for Node (the CLI, tests): read once per process from the
 * TypeScript package's own `lib/<locale>/diagnosticMessages.generated.json`.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { DiagnosticLocale } from "../compile/diagnostic-locale.ts";

const require = createRequire(import.meta.url);
const loaded = new Map<string, Promise<DiagnosticLocale>>();

/**
 * TypeScript's messages in `locale` (a TypeScript locale such as `ko`), or undefined for English,
 * the language TypeScript's messages are written in.
 */
export function typescriptLocale(locale: string): Promise<DiagnosticLocale | undefined> {
  if (locale === "en") return Promise.resolve(undefined);
  let found = loaded.get(locale);
  if (!found) {
    found = readFile(
      require.resolve(`typescript/lib/${locale}/diagnosticMessages.generated.json`),
      "utf8",
    ).then((text) => ({ locale, messages: JSON.parse(text) as Record<string, string> }));
    loaded.set(locale, found);
  }
  return found;
}
