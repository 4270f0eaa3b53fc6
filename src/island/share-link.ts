/**
 * Share a program by URL: the code (and the exercise world it ran with, if any) travels in the
 * URL's hash, compressed, so no server is involved and the link replays the identical run — runs
 * are deterministic, so the same code and world give the same trace.
 */

/** What a share link carries. */
export interface SharedProgram {
  code: string;
  /** The `RunOptions.world` the program ran with (exercise variants). */
  world?: Record<string, unknown>;
}

/** The hash parameter holding the program. */
export const SHARE_PARAM = "code";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const response = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(stream));
  return new Uint8Array(await response.arrayBuffer());
}

/** Encodes a program as the hash part of a share URL (without the leading `#`). */
export async function encodeShare(program: SharedProgram): Promise<string> {
  const json = JSON.stringify(
    program.world ? { v: 1, code: program.code, world: program.world } : { v: 1, code: program.code },
  );
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return `${SHARE_PARAM}=${toBase64Url(packed)}`;
}

/**
 * The outcome of reading a share hash: the program, `ok: false` for a damaged link (the island says
 * so in the page's language), or null when the hash carries no program.
 */
export type DecodedShare = { ok: true; program: SharedProgram } | { ok: false } | null;

/** Reads a share URL's hash (with or without the leading `#`); `null` when it carries no program. */
export async function decodeShare(hash: string): Promise<DecodedShare> {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  const value = params.get(SHARE_PARAM);
  if (value === null) return null;
  try {
    const bytes = await pipe(fromBase64Url(value), new DecompressionStream("deflate-raw"));
    const parsed: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof parsed !== "object" || parsed === null) throw new Error("not an object");
    const { code, world } = parsed as { code?: unknown; world?: unknown };
    if (typeof code !== "string") throw new Error("no code");
    const program: SharedProgram = { code };
    if (typeof world === "object" && world !== null && !Array.isArray(world)) {
      program.world = world as Record<string, unknown>;
    }
    return { ok: true, program };
  } catch {
    return { ok: false };
  }
}
