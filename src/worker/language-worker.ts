/**
 * The language worker: TypeScript's language service for the editors of a page (completion,
 * diagnostics, hover, signature help), apart from the sandbox worker so that it answers while a
 * program runs and survives a Stop. Started by the first editor that gets focus.
 */
import { expose } from "comlink";
import { createLanguageService } from "./language-service.ts";
import { typescriptLocale } from "./typescript-locale.ts";

expose(createLanguageService(typescriptLocale));
