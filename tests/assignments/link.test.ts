import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateAssignment, type Assignment } from "../../src/assignments/assignment.ts";
import {
  assignmentLink,
  canonicalJson,
  decodeAssignment,
  encodeAssignment,
  linkId,
  LINK_PREFIX,
  MAX_LINK_DATA,
} from "../../src/assignments/link.ts";
import { exerciseSlugs } from "../../src/exercise-folders/load.ts";

const slugs = await exerciseSlugs();
const fromFile = (file: string): Assignment => {
  const checked = validateAssignment(JSON.parse(readFileSync(file, "utf8")), file, slugs);
  if (!checked.ok) throw new Error(checked.problems.join("\n"));
  return checked.assignment;
};
const week2 = fromFile("assignments/week-2-cancellation.json");

/** The encoded data with one character replaced by another of the URL-safe alphabet. */
function flip(fragment: string, at: number): string {
  const i = LINK_PREFIX.length + at;
  return fragment.slice(0, i) + (fragment[i] === "A" ? "B" : "A") + fragment.slice(i + 1);
}

describe("encodeAssignment / decodeAssignment", () => {
  it("round-trips an assignment, with the defaults filled in", async () => {
    const decoded = await decodeAssignment(await encodeAssignment(week2), slugs);
    expect(decoded).toEqual({ ok: true, linked: { assignment: week2, id: await linkId(week2) } });
  });

  it("reads a whole link, a fragment with its # or the data alone", async () => {
    const link = await assignmentLink(week2, "https://school.example/looplab");
    expect(link.startsWith(`https://school.example/looplab/assignments/link/#${LINK_PREFIX}`)).toBe(true);
    const fragment = link.slice(link.indexOf("#"));
    for (const input of [link, fragment, fragment.slice(1)]) {
      await expect(decodeAssignment(input, slugs)).resolves.toMatchObject({
        ok: true,
        linked: { assignment: week2 },
      });
    }
  });

  it("writes only URL-safe characters, so the link survives e-mail and chat", async () => {
    const big: Assignment = {
      ...week2,
      exercises: [...slugs],
      instructions: 'Ünïcödé, 한국어 & <b>"quotes"</b> '.repeat(8),
    };
    expect(await encodeAssignment(big)).toMatch(/^a1\.[A-Za-z0-9_-]+$/);
  });

  it("keeps an assignment of every exercise of the course well under the length links are cut at", async () => {
    const every: Assignment = { ...week2, exercises: [...slugs] };
    expect((await assignmentLink(every, "https://school.example/looplab/")).length).toBeLessThan(1000);
  });

  it("refuses an assignment too long for a link, naming it", async () => {
    // Pseudo-random text (a linear congruential generator) does not compress: the link would pass the limit.
    let seed = 1;
    const noise = Array.from({ length: MAX_LINK_DATA }, () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return String.fromCharCode(33 + (seed % 89));
    }).join("");
    await expect(encodeAssignment({ ...week2, instructions: noise })).rejects.toThrow(
      /"week-2-cancellation" is too long for a link/,
    );
  });

  it("finds every changed character of the data: the checksum or the schema refuses it", async () => {
    const fragment = await encodeAssignment(week2);
    const data = fragment.length - LINK_PREFIX.length;
    for (let at = 0; at < data; at++) {
      const decoded = await decodeAssignment(flip(fragment, at), slugs);
      // Either refused, or (a change in the last character's unused bits) the very same assignment.
      if (decoded.ok) expect(decoded.linked.assignment, `character ${at}`).toEqual(week2);
      else expect(decoded.problems.length, `character ${at}`).toBeGreaterThan(0);
    }
  });

  it("says a cut-off link is damaged, at every length", async () => {
    const fragment = await encodeAssignment(week2);
    for (let end = LINK_PREFIX.length + 1; end < fragment.length; end++) {
      const decoded = await decodeAssignment(fragment.slice(0, end), slugs);
      expect(decoded.ok, `cut at ${end}`).toBe(false);
      if (!decoded.ok) expect(decoded.problems[0]).toMatch(/damaged|not an assignment link/);
    }
  });

  it("explains an empty fragment, a foreign one and characters base64 does not have", async () => {
    await expect(decodeAssignment("https://school.example/assignments/link/", slugs)).resolves.toEqual({
      ok: false,
      reason: "empty",
      problems: ["This address holds no assignment: open the whole link your teacher gave you."],
    });
    await expect(decodeAssignment("#exercise=two-delays", slugs)).resolves.toMatchObject({
      ok: false,
      reason: "foreign",
      problems: [expect.stringContaining("This is not an assignment link")],
    });
    await expect(decodeAssignment("a1.abc$def", slugs)).resolves.toMatchObject({
      ok: false,
      reason: "damaged",
      problems: [expect.stringContaining("damaged")],
    });
  });

  it("refuses data that unpacks to more than an assignment can hold", async () => {
    const zeros = new Uint8Array(200_000);
    const stream = new Blob([zeros]).stream().pipeThrough(new CompressionStream("deflate"));
    const packed = new Uint8Array(await new Response(stream).arrayBuffer());
    const data = btoa(String.fromCharCode(...packed))
      .replace(/\+/g, "-")
      .replace(/\//g, "_")
      .replace(/=+$/, "");
    await expect(decodeAssignment(`${LINK_PREFIX}${data}`, slugs)).resolves.toEqual({
      ok: false,
      reason: "too-large",
      problems: ["The assignment link unpacks to more than an assignment can hold."],
    });
  });

  it("validates what it unpacks with the assignment schema's messages", async () => {
    const broken = { ...week2, exercises: ["two-delay"], hints: "no" } as unknown as Assignment;
    const decoded = await decodeAssignment(await encodeAssignment(broken), slugs);
    expect(decoded).toEqual({
      ok: false,
      reason: "invalid",
      problems: [
        'the assignment link: "exercises[0]" is not an exercise: there is no "two-delay". Did you mean "two-delays"?',
        'the assignment link: "hints" must be true or false.',
      ],
    });
  });
});

describe("linkId", () => {
  it("is the file's id and a hash of the canonical JSON: the same for the same assignment", async () => {
    const reordered = Object.fromEntries(Object.entries(week2).reverse()) as unknown as Assignment;
    expect(canonicalJson(reordered)).toBe(canonicalJson(week2));
    expect(await linkId(reordered)).toBe(await linkId(week2));
    expect(await linkId(week2)).toMatch(/^week-2-cancellation-[0-9a-f]{10}$/);
  });

  it("changes when an option changes, so a link edited to turn the hints on hands in under another id", async () => {
    expect(await linkId({ ...week2, hints: true })).not.toBe(await linkId(week2));
    expect(await linkId({ ...week2, due: "2026-12-23" })).not.toBe(await linkId(week2));
  });

  it("treats an explicit default language like an absent one", async () => {
    const explicit = validateAssignment({ ...week2, lang: "en" }, "week-2.json", slugs);
    expect(explicit.ok && (await linkId(explicit.assignment))).toBe(await linkId(week2));
  });
});

describe("an assignment's lang", () => {
  it("is one of the course's languages", () => {
    expect(validateAssignment({ ...week2, lang: "fr" }, "week-2.json", slugs)).toEqual({
      ok: false,
      problems: ['week-2.json: "lang" must be one of "en", "ko" (absent: "en").'],
    });
    const korean = validateAssignment({ ...week2, lang: "ko" }, "week-2.json", slugs);
    expect(korean.ok && korean.assignment.lang).toBe("ko");
  });

  it("sends a Korean assignment's link to the Korean link page", async () => {
    const link = await assignmentLink({ ...week2, lang: "ko" }, "https://school.example/");
    expect(link.startsWith("https://school.example/ko/assignments/link/#a1.")).toBe(true);
  });
});
