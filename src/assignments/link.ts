/**
 * An assignment encoded in a link: `<site>/assignments/link/#a1.<data>`, where `<data>` is the
 * assignment's canonical JSON, zlib-compressed (its Adler-32 checksum catches a damaged link) and
 * written in URL-safe base64. The fragment never reaches a server, so a teacher who cannot add a
 * file to the course's repository can still hand out an assignment, and nobody but the students
 * sees it. A link carries the same schema as `assignments/*.json` and is validated the same way.
 *
 * A link's assignment id is the file's id followed by a hash of the canonical JSON, so the same
 * assignment always gives the same id, and a link edited to turn the hints on gives another one.
 * Nothing here uses Node-only APIs: the CLI and the site's link page share it.
 */

import { en, type UiMessages } from "../i18n/ui/en.ts";
import { validateAssignment, type Assignment } from "./assignment.ts";
import { assignmentWords, type AssignmentWords } from "./assignment-words.ts";
import { assignmentLang, linkPagePath } from "./route.ts";

/** The fragment's prefix: the encoding's version, so a later encoding can tell its links apart. */
export const LINK_PREFIX = "a1.";
/** The longest fragment a link may have: beyond it, browsers and chat apps start cutting links. */
export const MAX_LINK_DATA = 8000;
/** The longest JSON a link may unpack to (a zip bomb is refused before it is parsed). */
const MAX_JSON_BYTES = 64 * 1024;
/** Hex digits of the SHA-256 kept in a link's id: 48 bits, unique within any course. */
const HASH_DIGITS = 10;

/** The assignment's JSON with its keys sorted: equal assignments give equal text. */
export function canonicalJson(assignment: Assignment): string {
  const sorted = Object.fromEntries(
    Object.entries(assignment)
      .filter(([, value]) => value !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  return JSON.stringify(sorted);
}

/** The id a hand-in from the assignment's link carries: `week-3-1a2b3c4d5e`. */
export async function linkId(assignment: Assignment): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(canonicalJson(assignment)));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${assignment.id}-${hex.slice(0, HASH_DIGITS)}`;
}

/**
 * The fragment (without `#`) that carries the assignment. Throws a `RangeError` saying so when
 * the assignment is too long for a link (its instructions, most likely).
 */
export async function encodeAssignment(assignment: Assignment): Promise<string> {
  const json = new TextEncoder().encode(canonicalJson(assignment));
  const data = toBase64Url(await transform(json, new CompressionStream("deflate"), MAX_JSON_BYTES));
  if (data.length > MAX_LINK_DATA) {
    throw new RangeError(
      `The assignment "${assignment.id}" is too long for a link (${data.length} characters encoded, at most ${MAX_LINK_DATA}): shorten its instructions, or add it to the site as a file.`,
    );
  }
  return `${LINK_PREFIX}${data}`;
}

/**
 * The whole link: `site` is the course site's address, with its base path. A Korean assignment
 * opens on the Korean link page.
 */
export async function assignmentLink(assignment: Assignment, site: string): Promise<string> {
  const page = linkPagePath(assignmentLang(assignment));
  return `${site.replace(/\/?$/, "/")}${page}#${await encodeAssignment(assignment)}`;
}

/** A decoded link: the assignment as written, and the id its hand-ins carry. */
export interface LinkedAssignment {
  assignment: Assignment;
  /** The id of the link form (see `linkId`). */
  id: string;
}

/** Why a link cannot be opened; `invalid`: it decoded, but the assignment in it breaks the schema. */
export type LinkProblem = "empty" | "foreign" | "too-long" | "damaged" | "too-large" | "invalid";

export type DecodedLink =
  { ok: true; linked: LinkedAssignment } | { ok: false; reason: LinkProblem; problems: string[] };

/**
 * What a student reads when a link is broken for `reason`, in the language of `messages` (the
 * page's catalog; the CLI and the schema's problems use English).
 */
export function linkProblemText(
  reason: Exclude<LinkProblem, "invalid">,
  messages: UiMessages["assignment"] = en.assignment,
): string {
  return reason === "too-long" ? messages.linkTooLong(String(MAX_LINK_DATA)) : messages.linkProblems[reason];
}

const fail = (reason: Exclude<LinkProblem, "invalid">): DecodedLink => ({
  ok: false,
  reason,
  problems: [linkProblemText(reason)],
});

/**
 * Decodes a link, a fragment (with or without `#`) or the encoded data, and validates the
 * assignment against the course's exercise `slugs`. Every failure is a sentence a student can act on;
 * the assignment's own problems are worded by `words` (English by default).
 */
export async function decodeAssignment(
  input: string,
  slugs: readonly string[],
  words: AssignmentWords = assignmentWords("en"),
): Promise<DecodedLink> {
  const hash = input.indexOf("#");
  const fragment = hash >= 0 ? input.slice(hash + 1) : /^[a-z]+:\/\//i.test(input) ? "" : input.trim();
  if (fragment === "") return fail("empty");
  if (!fragment.startsWith(LINK_PREFIX)) return fail("foreign");
  const data = fragment.slice(LINK_PREFIX.length);
  if (data.length > MAX_LINK_DATA) return fail("too-long");
  const bytes = fromBase64Url(data);
  if (bytes === null) return fail("damaged");
  let text: string;
  try {
    const unpacked = await transform(bytes, new DecompressionStream("deflate"), MAX_JSON_BYTES);
    text = new TextDecoder("utf-8", { fatal: true }).decode(unpacked);
  } catch (error) {
    return fail(error instanceof TooLarge ? "too-large" : "damaged");
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail("damaged");
  }
  const checked = validateAssignment(json, words.linkLabel, slugs, words);
  if (!checked.ok) return { ok: false, reason: "invalid", problems: checked.problems };
  return { ok: true, linked: { assignment: checked.assignment, id: await linkId(checked.assignment) } };
}

/** Thrown when a stream's output passes its limit. */
class TooLarge extends Error {
  override name = "TooLarge";
}

/** Runs bytes through a (de)compression stream; throws `TooLarge` past `limit` bytes of output. */
async function transform(
  bytes: Uint8Array<ArrayBuffer>,
  stream: CompressionStream | DecompressionStream,
  limit: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const writer = stream.writable.getWriter();
  // The writer's promises settle with the reader's: a failure is reported (once) by the read loop.
  writer.write(bytes).catch(() => undefined);
  writer.close().catch(() => undefined);
  const reader = stream.readable.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new TooLarge(`more than ${limit} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** The bytes of URL-safe base64 (unpadded), or null when it is not that. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
