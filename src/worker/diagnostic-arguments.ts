/**
 * The values TypeScript filled into a diagnostic's message (the types and names of
 * "Property '{0}' does not exist on type '{1}'."), read back by the message's code from its
 * template in the language the message was written in. Hints read these, never the sentence, so
 * they work in every language TypeScript speaks.
 */
import ts from "typescript";
import type { DiagnosticLocale } from "../../runtime/compile/diagnostic-locale.ts";

/** One message of a diagnostic (the head, or one of its chain's): its code and its values. */
export interface MessageArguments {
  code: number;
  /** The values of `{0}`, `{1}`… in order; empty when the message has none or did not match. */
  args: readonly string[];
}

interface MessageTemplate {
  key: string;
  message: string;
}

/**
 * TypeScript's English templates by code. `ts.Diagnostics` is the table the compiler formats its
 * messages from; it is on the module but not in its public declarations.
 */
const templates = new Map<number, MessageTemplate>();
for (const entry of Object.values(
  (ts as unknown as { Diagnostics: Record<string, MessageTemplate & { code: number }> }).Diagnostics,
)) {
  if (!templates.has(entry.code)) templates.set(entry.code, entry);
}

const patterns = new Map<string, { pattern: RegExp; order: number[] }>();

/** A template as a pattern whose groups are its placeholders, with their indices in order. */
function patternOf(template: string): { pattern: RegExp; order: number[] } {
  let found = patterns.get(template);
  if (!found) {
    const order: number[] = [];
    const source = template
      .split(/(\{\d+\})/)
      .map((part) => {
        const placeholder = /^\{(\d+)\}$/.exec(part);
        if (!placeholder) return part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        order.push(Number(placeholder[1]));
        return "([\\s\\S]*?)";
      })
      .join("");
    found = { pattern: new RegExp(`^${source}$`), order };
    patterns.set(template, found);
  }
  return found;
}

/** The values in `text`, a message of `code` written in `locale` (English without one). */
function argumentsOf(code: number, text: string, locale: DiagnosticLocale | undefined): string[] {
  const template = templates.get(code);
  if (!template) return [];
  const { pattern, order } = patternOf(locale?.messages[template.key] ?? template.message);
  const match = pattern.exec(text);
  if (!match) return [];
  const args: string[] = [];
  order.forEach((index, group) => (args[index] = match[group + 1]!));
  return Array.from(args, (value) => value ?? "");
}

/** Every message of a diagnostic, head first, then its chain depth first, with their values. */
export function messageArguments(
  diagnostic: Pick<ts.Diagnostic, "code" | "messageText">,
  locale: DiagnosticLocale | undefined,
): MessageArguments[] {
  const { messageText } = diagnostic;
  if (typeof messageText === "string") {
    return [{ code: diagnostic.code, args: argumentsOf(diagnostic.code, messageText, locale) }];
  }
  const found: MessageArguments[] = [];
  const visit = (chain: ts.DiagnosticMessageChain): void => {
    found.push({ code: chain.code, args: argumentsOf(chain.code, chain.messageText, locale) });
    chain.next?.forEach(visit);
  };
  visit(messageText);
  return found;
}
