/**
 * The lesson the learner last opened, for the home page's "continue where you left off". Kept
 * under its own `localStorage` key, apart from the progress document (it is not progress to hand
 * in, and a failed write of it must never touch a draft).
 */
import type { KeyValueStorage } from "./progress-store.ts";

export const LAST_VISIT_KEY = "looplab:last-lesson";

export interface LastVisit {
  /** `01-why-async`. */
  slug: string;
  title: string;
  /** The page's path, base included. */
  href: string;
  /** ISO time of the visit. */
  at: string;
}

/** Remembers a lesson visit; a storage failure only loses this hint. */
export function recordVisit(storage: KeyValueStorage, visit: LastVisit): void {
  try {
    storage.setItem(LAST_VISIT_KEY, JSON.stringify(visit));
  } catch {
    // Storage full or refused: the home page simply offers no "continue" link.
  }
}

/** The last lesson visit, or null when there is none (or it is unreadable). */
export function lastVisit(storage: KeyValueStorage): LastVisit | null {
  try {
    const parsed: unknown = JSON.parse(storage.getItem(LAST_VISIT_KEY) ?? "null");
    if (typeof parsed !== "object" || parsed === null) return null;
    const { slug, title, href, at } = parsed as Record<string, unknown>;
    if (typeof slug !== "string" || typeof title !== "string" || typeof href !== "string") return null;
    return { slug, title, href, at: typeof at === "string" ? at : "" };
  } catch {
    return null;
  }
}
