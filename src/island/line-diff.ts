/**
 * A line diff (longest common subsequence) for showing the reference solution against the
 * learner's code. Exercise programs are a few dozen lines, so the quadratic table is cheap.
 */

export interface DiffLine {
  /** `same`: in both; `removed`: only in the learner's code; `added`: only in the solution. */
  kind: "same" | "removed" | "added";
  text: string;
  /** 1-based line numbers in the learner's code (`before`) and the solution (`after`). */
  before?: number;
  after?: number;
}

/** Diffs `before` (the learner's code) against `after` (the solution), line by line. */
export function diffLines(before: string, after: string): DiffLine[] {
  const a = before.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const b = after.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n");
  const n = a.length;
  const m = b.length;
  // lcs[i * (m + 1) + j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = m + 1;
  const lcs = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i] === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const out: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    const lineA = a[i] ?? "";
    const lineB = b[j] ?? "";
    if (i < n && j < m && lineA === lineB) {
      out.push({ kind: "same", text: lineA, before: i + 1, after: j + 1 });
      i++;
      j++;
    } else if (i < n && (j >= m || (lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0))) {
      // Removed lines come before added ones, as in a unified diff.
      out.push({ kind: "removed", text: lineA, before: i + 1 });
      i++;
    } else {
      out.push({ kind: "added", text: lineB, after: j + 1 });
      j++;
    }
  }
  return out;
}
