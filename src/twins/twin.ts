/**
 * Python twins: every runnable TypeScript program of the course (`name.ts`) has its asyncio
 * original beside it (`name.py`), or a file `name.no-twin.txt` holding the one-sentence reason it
 * cannot have one. A twin whose first line is `# twin: order` is CPU-bound: its times cannot match
 * the sandbox's cost model, so only its lines, their order and which tasks blocked the loop are
 * compared. The content tests run every twin on CPython; the site shows it beside the program.
 */
import { DEFAULT_LANG, type Lang } from "../i18n/lang.ts";
import { uiMessages } from "../i18n/ui/index.ts";

/** How a program's twin was verified, or why it has none. */
export type TwinStatus =
  | { kind: "exact"; python: string }
  | { kind: "order"; python: string }
  | { kind: "none"; reason: string }
  | { kind: "missing" };

/** The first line that marks a CPU-bound twin. */
export const ORDER_MARKER = "# twin: order";

/** `dir/name.ts` → `dir/name.py`. */
export function twinPath(program: string): string {
  return program.replace(/\.ts$/, ".py");
}

/** `dir/name.ts` → `dir/name.no-twin.txt`. */
export function noTwinPath(program: string): string {
  return program.replace(/\.ts$/, ".no-twin.txt");
}

/** The twin status from the two files' texts (undefined: the file does not exist). */
export function twinStatus(python: string | undefined, noTwin: string | undefined): TwinStatus {
  if (python !== undefined) {
    const first = python.split("\n", 1)[0].trim();
    return first === ORDER_MARKER ? { kind: "order", python } : { kind: "exact", python };
  }
  if (noTwin !== undefined) return { kind: "none", reason: noTwin.trim() };
  return { kind: "missing" };
}

/** The twin as the reader sees it: without the `# twin: order` marker line. */
export function displayedPython(python: string): string {
  const [first, ...rest] = python.split("\n");
  return first.trim() === ORDER_MARKER ? rest.join("\n") : python;
}

/** The one-line note under the Python tab, in `lang`: how the twin was checked. */
export function verificationNote(status: TwinStatus, lang: Lang = DEFAULT_LANG): string {
  const words = uiMessages(lang).twin;
  switch (status.kind) {
    case "exact":
      return words.exact;
    case "order":
      return words.order;
    case "none":
      return words.none(status.reason);
    case "missing":
      return words.missing;
  }
}
