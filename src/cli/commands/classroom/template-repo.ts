/**
 * The files of a GitHub Classroom template repository for an assignment:
 *
 * - `assignment.json`: the assignment, which the workflow grades;
 * - `submission/<slug>.ts` (`.json` for predict exercises): the starter files the student edits;
 * - `programs/<slug>.ts`: the program a predict exercise asks about;
 * - `README.md`: what to do, for the student, in the assignment's language (`student-readme.ts`);
 * - `.github/workflows/classroom.yml`: on every push, installs Looplab from its repository and
 *   grades `submission/` without a browser or a site build, reporting to GitHub Classroom's
 *   autograding and keeping a JUnit report;
 * - `.gitignore`.
 */

import type { Assignment } from "../../../assignments/assignment.ts";
import type { LoadedExercise } from "../../../grader/index.ts";
import { submissionName } from "./batch-scan.ts";
import { studentReadme } from "./student-readme.ts";

export interface TemplateOptions {
  /** The Git URL Looplab is cloned from in the workflow. */
  repository: string;
  /** The branch or tag of Looplab to grade with. */
  ref: string;
  /** The course site, for links to the assignment page (optional). */
  site?: string;
}

/** Where the workflow puts the Looplab checkout (a dot folder: `grade-batch` skips it). */
export const LOOPLAB_DIR = ".looplab";
/** The step whose output the GitHub Classroom reporter reads (`LOOPLAB_RESULTS`). */
export const GRADE_STEP_ID = "looplab";

/** A Git URL or ref the workflow can carry in an environment variable: no spaces or quotes. */
export function isPlainValue(value: string): boolean {
  return /^[A-Za-z0-9._~:/?#@!$&()*+,;=%-]+$/.test(value);
}

/** Every file of the template, by path relative to the repository's root. */
export function templateFiles(
  assignment: Assignment,
  exercises: LoadedExercise[],
  options: TemplateOptions,
): Map<string, string> {
  const files = new Map<string, string>();
  files.set("assignment.json", `${JSON.stringify(assignment, null, 2)}\n`);
  for (const exercise of exercises) {
    files.set(`submission/${submissionName(exercise)}`, exercise.starter);
    if (exercise.program !== null) files.set(`programs/${exercise.definition.slug}.ts`, exercise.program);
  }
  files.set("README.md", studentReadme(assignment, exercises, options));
  files.set(".github/workflows/classroom.yml", workflow(options));
  files.set(".gitignore", `${LOOPLAB_DIR}/\nlooplab-*.json\nlooplab-*.xml\n`);
  return files;
}

/**
 * The grading workflow. The job is named "Autograding Tests": GitHub Classroom's reporter looks
 * for the check run of that name to attach the points to.
 */
function workflow(options: TemplateOptions): string {
  const cli = `node ${LOOPLAB_DIR}/src/cli/main.ts`;
  return `# Grades the exercises in submission/ on every push, with Looplab's command-line grader.
name: Autograding Tests
on:
  push:
  workflow_dispatch:
permissions:
  checks: write
  actions: read
  contents: read
env:
  LOOPLAB_REPOSITORY: ${options.repository}
  LOOPLAB_REF: ${options.ref}
jobs:
  autograding:
    name: Autograding Tests
    runs-on: ubuntu-latest
    if: github.actor != 'github-classroom[bot]'
    timeout-minutes: 20
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 24
      - name: Install Looplab
        run: |
          git clone --depth 1 --branch "$LOOPLAB_REF" "$LOOPLAB_REPOSITORY" ${LOOPLAB_DIR}
          npm ci --omit=dev --no-audit --no-fund --prefix ${LOOPLAB_DIR}
      - name: Grade the submission
        id: ${GRADE_STEP_ID}
        run: |
          ${cli} grade-batch submission --student "$GITHUB_ACTOR" --assignment assignment.json --format json --out looplab-report.json
          ${cli} merge-reports looplab-report.json --format classroom --out looplab-classroom.json
          ${cli} merge-reports looplab-report.json --format junit --out looplab-junit.xml
          echo "result=$(base64 -w 0 looplab-classroom.json)" >> "$GITHUB_OUTPUT"
      - name: Report to GitHub Classroom
        uses: classroom-resources/autograding-grading-reporter@v1
        env:
          ${GRADE_STEP_ID.toUpperCase()}_RESULTS: \${{ steps.${GRADE_STEP_ID}.outputs.result }}
        with:
          runners: ${GRADE_STEP_ID}
      - name: Keep the reports
        if: always()
        uses: actions/upload-artifact@v4
        with:
          name: looplab-reports
          path: |
            looplab-report.json
            looplab-junit.xml
`;
}
