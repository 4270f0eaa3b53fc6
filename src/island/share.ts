/**
 * Share links. An example's (or the playground's) program is shared as a playground link
 * (`<base>/playground/#code=…`); an exercise's code as a link to the exercise in its lesson
 * (`<base>/lessons/<lesson>/#exercise=<slug>&code=…`), so whoever opens it gets the prompt and
 * Check too. A shared program waits for the reader's Run: opening a link never runs code.
 */
import { decodeShare, encodeShare, type SharedProgram } from "./share-link.ts";
import { pathInLang } from "../i18n/paths.ts";
import { h } from "./dom.ts";
import { pageLang, text } from "../i18n/page-lang.ts";
import type { PlaygroundShell } from "./shell.ts";

/** The hash parameter naming the exercise a link opens (`boot.ts` reads it too). */
const EXERCISE_PARAM = "exercise";

/** The exercise a page's share link targets, if any. */
function sharedExercise(hash: string): string | null {
  return new URLSearchParams(hash.replace(/^#/, "")).get(EXERCISE_PARAM);
}

/** Builds the link, copies it to the clipboard and shows it (selected, for copying by hand). */
export async function share(shell: PlaygroundShell, program: SharedProgram): Promise<void> {
  const { payload } = shell;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const hash = await encodeShare(program);
  // The link opens the page in the sharer's language.
  const lang = pageLang();
  const path =
    payload.kind === "exercise"
      ? `${base}${pathInLang(`lessons/${payload.lesson}/`, lang)}#${EXERCISE_PARAM}=${encodeURIComponent(payload.slug)}&${hash}`
      : `${base}${pathInLang("playground/", lang)}#${hash}`;
  const m = text().share;
  const url = new URL(path, window.location.href).href;
  let copied: boolean;
  try {
    await navigator.clipboard.writeText(url);
    copied = true;
  } catch {
    copied = false;
  }
  const field = h("input", {
    type: "url",
    class: "ll-share-url",
    readonly: true,
    value: url,
    "aria-label": payload.kind === "exercise" ? m.exerciseLink : m.programLink,
  });
  shell.role("hints")?.append(h("p", { class: "ll-share" }, copied ? m.copied : m.copyThis, field));
  field.select();
  shell.setStatus(copied ? m.statusCopied : m.statusCopy);
}

/**
 * Reads the page's share link when it is meant for this playground: the playground page's
 * `#code=…`, or `#exercise=<slug>&code=…` for this exercise. Null when there is none; a
 * notice says so when the link is damaged.
 */
export async function sharedProgram(shell: PlaygroundShell): Promise<SharedProgram | null> {
  const { hash } = window.location;
  const target = sharedExercise(hash);
  const forMe =
    shell.payload.kind === "example"
      ? target === null && shell.root.hasAttribute("data-shared-target")
      : target === shell.slug;
  if (!forMe) return null;
  const shared = await decodeShare(hash);
  if (shared === null) return null;
  if (!shared.ok) {
    showNotice(shell, text().share.damaged);
    return null;
  }
  return shared.program;
}

/** Says, above the editor, where the code came from. */
export function showNotice(shell: PlaygroundShell, text: string): void {
  shell.role("notice")?.prepend(h("p", { class: "ll-notice ll-notice--shared", role: "status" }, text));
}
