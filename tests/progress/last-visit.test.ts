import { describe, expect, it } from "vitest";
import { LAST_VISIT_KEY, lastVisit, recordVisit } from "../../src/progress/last-visit.ts";

function memory(): Map<string, string> & {
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
} {
  const map = new Map<string, string>();
  return Object.assign(map, {
    getItem: (key: string) => map.get(key) ?? null,
    setItem: (key: string, value: string) => void map.set(key, value),
  });
}

describe("lastVisit", () => {
  it("returns the lesson recorded last", () => {
    const storage = memory();
    recordVisit(storage, { slug: "01-a", title: "A", href: "/lessons/01-a/", at: "t1" });
    recordVisit(storage, { slug: "02-b", title: "B", href: "/lessons/02-b/", at: "t2" });
    expect(lastVisit(storage)).toEqual({ slug: "02-b", title: "B", href: "/lessons/02-b/", at: "t2" });
  });

  it("is null when nothing or something unreadable is stored", () => {
    const storage = memory();
    expect(lastVisit(storage)).toBeNull();
    storage.setItem(LAST_VISIT_KEY, "{not json");
    expect(lastVisit(storage)).toBeNull();
  });

  it("survives a storage that refuses writes", () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError");
      },
    };
    expect(() => recordVisit(full, { slug: "x", title: "X", href: "/", at: "" })).not.toThrow();
  });
});
