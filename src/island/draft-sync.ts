/**
 * Keeps one playground's draft and the stored one in step, without ever losing either:
 *
 * - the editor opens on the stored draft (or the page's text) and remembers its revision;
 * - only the learner's edits are saved (debounced, and flushed when the page is hidden), never
 *   the text a tab merely opened with;
 * - a save on top of a newer draft from another tab is refused; so is silently replacing the
 *   learner's unsaved edits with it. An untouched tab follows the other tab's saves; a tab with
 *   edits of its own asks which version to keep;
 * - a draft set aside as a backup (by an import or a shared link) can be switched back to.
 */
import {
  clearBackup,
  readBackup,
  readDraft,
  setBackup,
  writeDraft,
  type StoredDraft,
} from "../progress/drafts.ts";
import { BACKUP_REASONS, loadProgress, STORAGE_KEY } from "../progress/progress-store.ts";
import { browserStorage } from "../progress/browser-storage.ts";
import { h } from "./dom.ts";
import { pageLang, text } from "../i18n/page-lang.ts";
import { now, type PlaygroundShell } from "./shell.ts";

/** The text the learner edits, whatever the editor (code editor or prediction list). */
export interface EditedText {
  text(): string;
  setText(text: string): void;
}

const SAVE_DELAY_MS = 300;

export class DraftSync {
  readonly #shell: PlaygroundShell;
  readonly #initial: string;
  #view: EditedText | null = null;
  /** The revision this tab loaded or saved last (0: never saved). */
  #revision = 0;
  /** The text known to equal the stored draft (or the page's text): no need to save it. */
  #synced: string;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(shell: PlaygroundShell, initial: string) {
    this.#shell = shell;
    this.#initial = initial;
    this.#synced = initial;
  }

  /** The text to open with: the stored draft, or the page's text. */
  load(): string {
    const stored = readDraft(loadProgress(browserStorage()), this.#shell.draftKey);
    if (stored) {
      this.#revision = stored.revision;
      this.#synced = stored.text;
    }
    return this.#synced;
  }

  /** Starts syncing with the editor that opened on `load()`'s text. */
  attach(view: EditedText): void {
    this.#view = view;
    window.addEventListener("storage", (event) => {
      if (event.key === STORAGE_KEY || event.key === null) this.#external();
    });
    // A draft typed just before leaving the page is saved, not lost to the debounce. Only a
    // pending edit is written: an untouched tab writes nothing.
    window.addEventListener("pagehide", () => this.flush());
    this.#showBackup();
  }

  /** The learner edited the text: save it shortly. */
  changed(text: string): void {
    clearTimeout(this.#timer);
    if (text === this.#synced) {
      this.#timer = undefined;
      return;
    }
    this.#timer = setTimeout(() => this.save(text), SAVE_DELAY_MS);
  }

  /** Saves a pending edit now. */
  flush(): void {
    if (this.#timer === undefined || !this.#view) return;
    clearTimeout(this.#timer);
    this.save(this.#view.text());
  }

  /** Saves `text` as the draft now (an edit, Reset, the solution put in the editor). */
  save(text: string, force = false): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const key = this.#shell.draftKey;
    let outcome: ReturnType<typeof writeDraft> | undefined;
    this.#shell.saver.save((doc) => {
      outcome = writeDraft(doc, key, text, this.#revision, now(), force);
    });
    if (!outcome) return;
    if (outcome.ok) this.#adopt(outcome.draft);
    else this.#conflict(outcome.newer);
  }

  /** Shows `text` (from a shared link) in place of the learner's draft, keeping that as a backup. */
  replaceKeepingBackup(text: string, reason: string): void {
    const key = this.#shell.draftKey;
    const current = this.#view?.text() ?? this.#synced;
    if (current === text) return;
    const hadDraft = readDraft(loadProgress(browserStorage()), key) !== undefined;
    // Stored first, so the editor's change event finds the text already saved.
    this.#shell.saver.save((doc) => {
      if (hadDraft && current !== this.#initial) {
        setBackup(doc, key, { text: current, savedAt: now(), reason });
      }
      const outcome = writeDraft(doc, key, text, this.#revision, now(), true);
      if (outcome.ok) this.#adopt(outcome.draft);
    });
    this.#view?.setText(text);
    this.#showBackup();
  }

  #adopt(draft: StoredDraft): void {
    this.#revision = draft.revision;
    this.#synced = draft.text;
  }

  /** Another tab (or an import) stored something: follow it, or ask when this tab has edits. */
  #external(): void {
    const view = this.#view;
    if (!view) return;
    const stored = readDraft(loadProgress(browserStorage()), this.#shell.draftKey);
    this.#showBackup();
    if (!stored || stored.revision <= this.#revision) return;
    const current = view.text();
    if (stored.text === current) {
      this.#adopt(stored);
      return;
    }
    if (current === this.#synced && this.#timer === undefined) {
      this.#adopt(stored);
      view.setText(stored.text);
      this.#shell.setStatus(text().drafts.updated);
      return;
    }
    this.#conflict(stored);
  }

  /** A newer draft exists: the learner chooses; until then nothing overwrites it. */
  #conflict(newer: StoredDraft): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const m = text().drafts;
    const when = new Date(newer.savedAt).toLocaleTimeString(pageLang());
    const useNewer = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.useNewer);
    const keepMine = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.keepMine);
    useNewer.addEventListener("click", () => {
      this.#adopt(newer);
      this.#view?.setText(newer.text);
      this.#notice(null);
      this.#shell.setStatus(m.nowNewer);
    });
    keepMine.addEventListener("click", () => {
      this.#notice(null);
      this.save(this.#view?.text() ?? this.#synced, true);
      this.#shell.setStatus(m.savedMine);
    });
    this.#notice(
      h(
        "div",
        { class: "ll-notice ll-notice--warning", role: "alert" },
        h("p", {}, m.conflict(when)),
        h("p", { class: "ll-toolbar" }, useNewer, keepMine),
      ),
    );
  }

  /** Offers the backup of this draft, if there is one. */
  #showBackup(): void {
    const key = this.#shell.draftKey;
    const backup = readBackup(loadProgress(browserStorage()), key);
    const existing = this.#shell.role("notice")?.querySelector(".ll-notice--backup");
    if (!backup) {
      existing?.remove();
      return;
    }
    const m = text().drafts;
    const code = (Object.keys(BACKUP_REASONS) as (keyof typeof BACKUP_REASONS)[]).find(
      (key) => BACKUP_REASONS[key] === backup.reason,
    );
    const reason = code ? m.reasons[code] : backup.reason;
    const restore = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.switchTo);
    const discard = h("button", { type: "button", class: "ll-btn ll-btn--small" }, m.discard);
    restore.addEventListener("click", () => {
      const current = this.#view?.text() ?? this.#synced;
      this.#shell.saver.save((doc) => {
        const outcome = writeDraft(doc, key, backup.text, this.#revision, now(), true);
        if (outcome.ok) this.#adopt(outcome.draft);
        setBackup(doc, key, { text: current, savedAt: now(), reason: BACKUP_REASONS.switchedAway });
      });
      this.#view?.setText(backup.text);
      this.#showBackup();
      this.#shell.setStatus(m.switched);
    });
    discard.addEventListener("click", () => {
      this.#shell.saver.save((doc) => clearBackup(doc, key));
      this.#showBackup();
      this.#shell.setStatus(m.discarded);
    });
    const notice = h(
      "div",
      { class: "ll-notice ll-notice--backup", role: "status" },
      h(
        "p",
        {},
        backup.savedAt
          ? m.backupSaved(reason, new Date(backup.savedAt).toLocaleString(pageLang()))
          : m.backup(reason),
      ),
      h("p", { class: "ll-toolbar" }, restore, discard),
    );
    if (existing) existing.replaceWith(notice);
    else this.#shell.role("notice")?.append(notice);
  }

  /** Shows or clears the conflict notice (the backup notice stays). */
  #notice(content: HTMLElement | null): void {
    const host = this.#shell.role("notice");
    if (!host) return;
    host.querySelector(".ll-notice--warning")?.remove();
    if (content) host.prepend(content);
  }
}
