/**
 * The result GitHub Classroom's autograding reads: the JSON that its grading reporter action
 * (`classroom-resources/autograding-grading-reporter`) takes, base64-encoded, from the
 * `<STEP_ID>_RESULTS` environment variable of each step it lists in `runners`:
 * `{ version: 1, status, max_score, tests: [{ name, status, message, score, filename }] }`.
 * One test per exercise, worth the assignment's `points`; a missing exercise is a failed test.
 */

import { DEFAULT_LANG, type Lang } from "../../../i18n/lang.ts";
import { cliMessages } from "../../messages/index.ts";
import type { BatchReport } from "./batch-report.ts";

interface ClassroomTest {
  name: string;
  status: "pass" | "fail" | "error";
  message: string;
  score: number;
  filename: string;
  line_no: number;
  test_code: string;
  execution_time: string;
}

export interface ClassroomResult {
  version: 1;
  status: "pass" | "fail" | "error";
  max_score: number;
  tests: ClassroomTest[];
}

/** The result of the report's one student, its messages in `lang`; a report of several students is refused. */
export function toClassroom(report: BatchReport, lang: Lang = DEFAULT_LANG): ClassroomResult {
  const m = cliMessages(lang).batch;
  if (report.students.length !== 1) throw new Error(m.classroomOneStudent(report.students.length));
  const points = report.points ?? 1;
  const tests = report.students[0].rows.map((row): ClassroomTest => ({
    name: row.exercise,
    status: row.status === "pass" ? "pass" : row.status === "error" ? "error" : "fail",
    message: row.message ?? m.allPassed(row.checksTotal),
    score: row.status === "pass" ? points : 0,
    filename: row.file,
    line_no: row.result?.checks.find((c) => c.status !== "pass")?.at?.line ?? 0,
    test_code: `npm run course -- grade ${row.exercise} ${row.file}`,
    execution_time: `${row.seconds.toFixed(2)}s`,
  }));
  const status = tests.every((t) => t.status === "pass")
    ? "pass"
    : tests.some((t) => t.status === "fail")
      ? "fail"
      : "error";
  return { version: 1, status, max_score: points * tests.length, tests };
}
