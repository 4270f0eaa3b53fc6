/**
 * What every part of a playground shares: its root element, its payload, its named parts
 * (`data-role`, `data-action` in `src/components/Playground.astro`), its status line and the
 * page's progress writer.
 */
import { pageSaver } from "../progress/browser-storage.ts";
import type { DraftKey } from "../progress/drafts.ts";
import type { ProgressSaver } from "../progress/progress-saver.ts";
import type { PlaygroundPayload } from "./payload.ts";

export class PlaygroundShell {
  readonly root: HTMLElement;
  readonly payload: PlaygroundPayload;
  readonly saver: ProgressSaver = pageSaver();

  constructor(root: HTMLElement, payload: PlaygroundPayload) {
    this.root = root;
    this.payload = payload;
  }

  role(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-role="${name}"]`);
  }

  button(action: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  }

  /** The progress key of this playground, or null for examples. */
  get slug(): string | null {
    return this.payload.kind === "example" ? null : this.payload.slug;
  }

  /** Where this playground's draft is stored. */
  get draftKey(): DraftKey {
    return this.payload.kind === "example"
      ? { kind: "example", id: this.payload.id }
      : { kind: "exercise", slug: this.payload.slug };
  }

  /** The line under the toolbar that says what just happened (a polite live region). */
  setStatus(text: string): void {
    const status = this.role("status");
    if (status) status.textContent = text;
  }
}

/** The ISO time now. */
export const now = (): string => new Date().toISOString();
