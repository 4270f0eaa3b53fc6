/**
 * `--shard i/n`: a deterministic share of a class, so a CI matrix of n runners grades it in
 * parallel. Students are dealt out in turn, in code-point order of their names (every runner
 * sees the same folder, so every runner deals the same way): student k (from 0) belongs to
 * shard (k mod n) + 1. A student's submissions all land in the same shard, so per-student
 * totals stay whole.
 */

import type { Shard } from "./batch-report.ts";
import type { ClassFolder } from "./batch-scan.ts";

/** Parses `i/n` (1 ≤ i ≤ n); null when it is not that. */
export function parseShard(text: string): Shard | null {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  if (match === null) return null;
  const index = Number(match[1]);
  const count = Number(match[2]);
  return index >= 1 && index <= count ? { index, count } : null;
}

/** The part of `folder` that `shard` grades; the class folder's own ignored files stay in every share. */
export function shardOf(folder: ClassFolder, shard: Shard): ClassFolder {
  return { ...folder, students: folder.students.filter((_, k) => k % shard.count === shard.index - 1) };
}
