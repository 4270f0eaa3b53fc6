/**
 * The assignment check in Korean (src/assignments/assignment-words.ts): a teacher who runs
 * `course assignment check` or `grade-batch --assignment` with `--lang ko` reads every problem in
 * Korean, one for one with the English check, naming the same fields and values.
 */
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAssignment, type Assignment } from "../../src/assignments/assignment.ts";
import { assignmentWords } from "../../src/assignments/assignment-words.ts";
import { decodeAssignment, encodeAssignment } from "../../src/assignments/link.ts";
import { loadAssignment } from "../../src/assignments/load.ts";
import { exerciseSlugs } from "../../src/exercise-folders/load.ts";

const slugs = await exerciseSlugs();

/** An assignment with one problem of every kind the check finds. */
const BROKEN = {
  id: "Week 3",
  title: " ",
  exercises: ["two-delay", 7, slugs[0], slugs[0]],
  hints: "yes",
  solutions: 1,
  due: "next friday",
  points: 0.5,
  instructions: ["read"],
  lang: "fr",
  colour: "red",
};

/** What a message quotes: field names, slugs and example values. */
const quoted = (text: string) => [...text.matchAll(/"[^"]*"/g)].map((m) => m[0]).sort();

/** A run of three or more English words outside quotes and backticks. */
const englishRun = (text: string) =>
  /\b[A-Za-z]{2,}(?:\s+[A-Za-z]{2,}){2,}\b/.test(text.replace(/"[^"]*"|`[^`]*`/g, ""));

function problems(lang: "en" | "ko"): string[] {
  const checked = validateAssignment(BROKEN, "week-3.json", slugs, assignmentWords(lang));
  if (checked.ok) throw new Error("the broken assignment passed");
  return checked.problems;
}

describe("validateAssignment in Korean", () => {
  it("finds every problem the English check finds, quoting the same fields and values", () => {
    const english = problems("en");
    const korean = problems("ko");
    expect(english.length).toBeGreaterThanOrEqual(12);
    expect(korean).toHaveLength(english.length);
    korean.forEach((problem, i) => {
      expect(quoted(problem)).toEqual(quoted(english[i]));
      expect(problem.startsWith("week-3.json: ")).toBe(true);
      expect(problem).toMatch(/[가-힣]/);
      expect(englishRun(problem), problem).toBe(false);
    });
  });

  it("is English by default", () => {
    expect(validateAssignment(BROKEN, "week-3.json", slugs)).toEqual({ ok: false, problems: problems("en") });
  });
});

describe("loadAssignment in Korean", () => {
  const dir = tmpdir();

  it("says in Korean that a file cannot be read, is not JSON, or is not an assignment", async () => {
    const cut = join(dir, "looplab-cut-assignment.json");
    await writeFile(cut, '{ "id": ');
    const broken = join(dir, "looplab-broken-assignment.json");
    await writeFile(broken, JSON.stringify(BROKEN));
    for (const source of [join(dir, "looplab-no-such-assignment.json"), cut, broken]) {
      const loaded = await loadAssignment(source, "ko");
      expect(loaded.ok).toBe(false);
      if (loaded.ok) continue;
      expect(loaded.message).toMatch(/[가-힣]/);
      for (const line of loaded.message.split("\n")) expect(englishRun(line), line).toBe(false);
    }
  });

  it("says in Korean what is wrong with a link: damaged, or holding an invalid assignment", async () => {
    const week = validateAssignment(
      { id: "week-9", title: "9주차", exercises: [slugs[0]] },
      "week-9.json",
      slugs,
    );
    if (!week.ok) throw new Error(week.problems.join("\n"));
    const invalid = await encodeAssignment({ ...week.assignment, hints: "no" } as unknown as Assignment);
    for (const link of ["#a1.%%%", `https://example.org/assignments/link/#${invalid}`]) {
      const loaded = await loadAssignment(link, "ko");
      expect(loaded.ok).toBe(false);
      if (loaded.ok) continue;
      expect(loaded.message.split("\n")[0]).toBe(assignmentWords("ko").invalid);
      for (const line of loaded.message.split("\n")) expect(englishRun(line), line).toBe(false);
    }
    const decoded = await decodeAssignment(invalid, slugs, assignmentWords("ko"));
    expect(decoded).toEqual({
      ok: false,
      reason: "invalid",
      problems: ['과제 링크: "hints" 필드는 true 또는 false여야 합니다.'],
    });
  });
});
