/**
 * How values print inside the sandbox: `print` uses `str()`, containers use `repr()`. The
 * formatting itself lives in `runtime/repr.ts`, outside the guest, because the grader compares
 * results in the same form without depending on guest code.
 */

export { repr, str } from "../repr.ts";
