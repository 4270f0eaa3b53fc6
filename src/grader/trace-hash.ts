/**
 * The trace hash: a fingerprint of what a submission did, so a re-grade can prove it reproduced
 * the same run. It is the SHA-256 of the canonical JSON of the run's traces (one per variant, in
 * the exercise's variant order), written `sha256:<64 hex digits>`.
 *
 * Canonical JSON (as RFC 8785 JCS for the values a trace holds): object keys sorted by UTF-16
 * code units, no whitespace, `undefined` members dropped, numbers and strings as
 * `JSON.stringify` writes them. Uses WebCrypto, present in browsers, workers and Node alike.
 */

import type { Trace } from "../../runtime/trace.ts";

/** Serialises a JSON value canonically (sorted keys, no whitespace). */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) {
      throw new TypeError(`canonicalJson: ${value} is not a JSON number`);
    }
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record)
    .filter((key) => record[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(",")}}`;
}

/** `sha256:<hex>` of a UTF-8 string. */
export async function sha256(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, "0")).join("");
  return `sha256:${hex}`;
}

/** The trace hash of a graded submission: its traces, one per variant, in variant order. */
export function traceHash(traces: readonly Trace[]): Promise<string> {
  return sha256(canonicalJson(traces));
}
