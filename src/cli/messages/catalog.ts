/**
 * The shape of the CLI's message catalog: the help, usage errors and summary lines of the
 * commands that speak the learner's language (`grade`, `grade-batch`, `run`, `list`), the
 * top-level help, and what is wrong with the files they read. One
 * catalog per language (`en.ts`, `ko.ts`), typed by this interface, so a missing entry does not
 * compile. Grading messages themselves come from the grader's catalogs.
 */

/** What a progress file says about itself, for the line that introduces its grades. */
export interface ProgressHeader {
  student: string | null;
  assignment: string | null;
  courseVersion: string;
  submissions: number;
}

/** What a re-graded bundle gave, when its trace hash differs from the bundle's. */
export interface Differing {
  bundleHash: string;
  hash: string;
  bundleStatus: string;
  status: string;
  /** The bundle's course version when it differs from this one, else null. */
  bundleVersion: string | null;
  currentVersion: string;
}

/** A student's counts, as the report's total rows and comments give them. */
export interface Totals {
  passed: number;
  failed: number;
  errored: number;
  missing: number;
}

/** What `assignment check` and `assignment link` say about an assignment. */
export interface AssignmentFacts {
  id: string;
  exercises: number;
  hints: boolean;
  solutions: boolean;
  due: string | null;
}

/** The numbers of the summary line `grade-batch` writes on standard error. */
export interface BatchSummary {
  graded: number;
  students: number;
  seconds: number;
  threads: number;
  missing: number;
  /** Submissions per second, or null when no time was measured. */
  rate: number | null;
  ignored: number;
  ignoredPreview: string;
  out: string | null;
}

/** The commands `npm run course -- --help` lists, in its order. */
export const COMMANDS = ["run", "grade", "grade-batch", "merge-reports", "assignment", "list"] as const;
export type CommandName = (typeof COMMANDS)[number];

export interface CliMessages {
  /** `npm run course -- --help` and the top-level usage error. */
  main: {
    usage(summaries: [CommandName, string][]): string;
    summaries: Record<CommandName, string>;
    unknownCommand(name: string): string;
  };
  common: {
    cannotRead(p: { file: string; code: string }): string;
    noExercise(p: { slug: string; suggestions: string[] }): string;
    unknownOption(option: string): string;
    needsValue(option: string): string;
    takesNoValue(option: string): string;
    /** Arguments the parser refused for another reason. */
    badArguments: string;
  };
  /** What is wrong with a JSON file the CLI reads; `file` names it (`alice.json`). */
  inputs: {
    /** `why` is the grader catalog's `json.problem` in the same language. */
    notJson(p: { file: string; why: string }): string;
    progressFormat(p: { file: string; format: string }): string;
    progressVersion(p: { file: string; versions: readonly number[] }): string;
    notString(p: { file: string; field: string }): string;
    submissionsNotArray(file: string): string;
  };
  grade: {
    help: string;
    expectedSlugAndFile: string;
    progressWithSlug(file: string): string;
    bundleOfProgress: string;
    neitherBundleNorProgress(file: string): string;
    expectedSlug: string;
    otherExercise(p: { file: string; bundle: string; slug: string }): string;
    wantsPrediction(slug: string): string;
    wantsCode(slug: string): string;
    progressHeader(p: ProgressHeader): string;
    reproduced(hash: string): string;
    differs(p: Differing): string;
  };
  batch: {
    help(defaultTimeoutSeconds: number): string;
    expectedFolder: string;
    format(formats: readonly string[]): string;
    jobs: string;
    timeout: string;
    shard: string;
    student: string;
    sourceDateEpoch: string;
    notAFolder(dir: string): string;
    cannotReadFolder(dir: string): string;
    cannotWrite(p: { file: string; code: string }): string;
    summary(p: BatchSummary): string;
    notReproduced(p: { count: number; preview: string }): string;
    otherAssignment(p: { count: number; assignment: string; preview: string }): string;
    skipped(problem: string): string;
    /** A report row for a file the student did not hand in. */
    missingFile(file: string): string;
    /** A report row for an exercise a progress file has no submission for. */
    missingInProgress(p: { file: string; exercise: string }): string;
    /** A report row whose submission the grader could not grade (a host failure). */
    graderFailed(why: string): string;
    notGraded: string;
    /** The message column of a student's CSV total row. */
    totals(p: Totals): string;
    /** A student's TAP comment line, after the name: the totals out of every exercise. */
    totalsOf(p: Totals & { total: number }): string;
    /** The reason of a TAP `# SKIP` for a missing submission. */
    noSubmission(file: string): string;
    /** The GitHub Classroom message of a passed exercise. */
    allPassed(checks: number): string;
    /** `--format classroom` given a report of several students. */
    classroomOneStudent(students: number): string;
  };
  run: {
    help: string;
    expectedFile: string;
    variantNeedsExercise: string;
    timeout: string;
    noVariant(p: { slug: string; variant: string; variants: string[] }): string;
    note(text: string): string;
    traceback: string;
    waitingTasks: string;
    awaits(p: { task: string; waiting: string; where: string | null }): string;
  };
  merge: {
    help(formats: readonly string[]): string;
    expectedReports: string;
    notAReport(p: { file: string; version: number }): string;
    /** `count` is null when the first report was not sharded. */
    notAShard(p: { file: string; count: number | null }): string;
    repeatsShard(p: { file: string; index: number; count: number }): string;
    differs(p: { file: string; first: string; field: string }): string;
    otherExercises(p: { file: string; first: string }): string;
    missingShards(shards: string[]): string;
  };
  assignment: {
    help: string;
    expectedAction: string;
    needsRepository: string;
    notPlain(option: string): string;
    notEmpty(dir: string): string;
    cannotUse(dir: string): string;
    badSite: string;
    checked(p: AssignmentFacts & { file: string }): string;
    wrote(p: { count: number; dir: string }): string;
    linkHolds(p: AssignmentFacts & { linkId: string; withSite: boolean }): string;
  };
  list: {
    help: string;
    /** The table's column headings: lesson, slug, kind, checks, title. */
    columns: [string, string, string, string, string];
    count(n: number): string;
  };
}
