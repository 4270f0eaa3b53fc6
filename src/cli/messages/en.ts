/** The CLI's messages in English. */

import type { CliMessages } from "./catalog.ts";

const LANG_HELP = `  --lang <en|ko>    the language of the report (default: LOOPLAB_LANG, else the locale)`;

export const en: CliMessages = {
  main: {
    usage: (summaries) =>
      [
        "Usage: npm run course -- <command> [options]",
        "",
        "Commands:",
        ...summaries.map(([name, summary]) => `  ${name.padEnd(14)} ${summary}`),
        "",
        "Run a command with --help for its options; --lang ko (or LOOPLAB_LANG=ko) answers in Korean.",
      ].join("\n"),
    summaries: {
      run: "Run a TypeScript program in the sandbox and print its output (or its trace with --json).",
      grade:
        "Grade one submission (TypeScript, prediction, bundle or a whole progress file) against an exercise.",
      "grade-batch": "Grade a class folder (student folders or exported progress files) and write a report.",
      "merge-reports": "Combine the JSON reports of grade-batch --shard runs into one report.",
      assignment:
        "Check an assignment file, print a link that hands it out, or write a GitHub Classroom template repository for it.",
      list: "List the exercises with their lesson, kind and number of checks.",
    },
    unknownCommand: (name) => `Unknown command '${name}'. Try: npm run course -- --help`,
  },
  common: {
    cannotRead: (p) => `Cannot read ${p.file}: ${p.code}`,
    noExercise: (p) =>
      `There is no exercise "${p.slug}".` +
      (p.suggestions.length > 0 ? ` Did you mean ${p.suggestions.map((s) => `"${s}"`).join(" or ")}?` : "") +
      " Run `npm run course -- list` to see them all.",
    unknownOption: (option) =>
      `Unknown option ${option}. (A file whose name starts with "-" goes at the end, after --.)`,
    needsValue: (option) => `${option} needs a value.`,
    takesNoValue: (option) => `${option} does not take a value.`,
    badArguments: "These arguments cannot be read.",
  },
  inputs: {
    notJson: (p) => `${p.file}: not valid JSON: ${p.why}.`,
    progressFormat: (p) => `${p.file}: "format" must be "${p.format}".`,
    progressVersion: (p) =>
      `${p.file}: "version" must be ${p.versions.join(" or ")} (this course reads progress files of those versions).`,
    notString: (p) => `${p.file}: "${p.field}" must be a string when present.`,
    submissionsNotArray: (file) => `${file}: "submissions" must be an array of submission bundles.`,
  },
  grade: {
    help: `Usage: npm run course -- grade <exercise-slug> <file> [--json] [--bundle <out.json>] [--lang <en|ko>]
       npm run course -- grade <bundle.json | progress.json> [--json] [--lang <en|ko>]

  <file>            the submission: TypeScript (.ts), a prediction (.json) for predict
                    exercises, a submission bundle exported by the site, or a progress file
                    exported from the site's progress page (every exercise in it is graded)
  --json            print the result as JSON (Exercism results.json, version 3)
  --bundle <file>   also write a submission bundle of this grading to <file>
${LANG_HELP}

Exit code: 0 pass, 1 fail or error (or a bundle that does not reproduce its trace hash), 2 usage.
`,
    expectedSlugAndFile: "Expected an exercise slug and a file.",
    progressWithSlug: (file) => `${file} is a progress file: grade it without an exercise slug.`,
    bundleOfProgress: "--bundle applies to one submission, not a progress file.",
    neitherBundleNorProgress: (file) =>
      `${file} is neither a submission bundle nor a progress file: give the exercise slug first.`,
    expectedSlug: "Expected an exercise slug before the file.",
    otherExercise: (p) => `${p.file} is a submission for "${p.bundle}", not "${p.slug}".`,
    wantsPrediction: (slug) => `"${slug}" is a predict-the-output exercise: grade a prediction .json file.`,
    wantsCode: (slug) => `"${slug}" expects TypeScript code: grade a .ts file.`,
    progressHeader: (p) =>
      `Progress file of ${p.student ?? "an unnamed learner"}` +
      `${p.assignment === null ? "" : ` for assignment ${p.assignment}`}` +
      ` (course version ${p.courseVersion}): ${p.submissions} submission(s).`,
    reproduced: (hash) => `Re-graded: same trace hash as the bundle (${hash}).`,
    differs: (p) =>
      `Re-graded: the trace hash DIFFERS from the bundle's.\n  bundle:    ${p.bundleHash}\n` +
      `  re-graded: ${p.hash}\n  (bundle result: ${p.bundleStatus}; now: ${p.status}).` +
      (p.bundleVersion === null
        ? ""
        : ` The bundle was made with course version ${p.bundleVersion}; this is ${p.currentVersion}.`),
  },
  batch: {
    help: (timeout) => `Usage: npm run course -- grade-batch <dir> --format <format> [--out <file>] [options]

  <dir>                 the class folder: one folder per student holding <exercise-slug>.ts
                        files (<exercise-slug>.json for predict-the-output exercises), and/or
                        progress files exported from the site (one <name>.json per student)
  --format <format>     json, csv, junit (JUnit XML), tap (TAP version 13), classroom (GitHub
                        Classroom autograding, one student), moodle or canvas (gradebook CSV)
  --out <file>          write the report there instead of to standard output
  --assignment <file>   grade exactly that assignment's exercises, in its order (a file,
                        or a link made by \`npm run course -- assignment link\`, in quotes)
  --student <name>      <dir> is that one student's folder (as in a student's repository)
  --shard <i>/<n>       grade share i of n of the students; combine the JSON reports of every
                        share with \`npm run course -- merge-reports\`
  --jobs <n>            worker threads (default: the number of CPU cores)
  --timeout <seconds>   stop a submission that takes longer than this (default ${timeout})
  --total               gradebook formats: one total column instead of one per exercise
  --reproducible        leave wall times out (0) and date the report by SOURCE_DATE_EPOCH
                        (or 1970-01-01), so the same class always gives the same bytes
  --lang <en|ko>        the language of the messages and labels in the report (default:
                        LOOPLAB_LANG, else the locale); ids, statuses and fields stay English

The exit code is 0 once the report is written, whatever the grades.
`,
    expectedFolder: "Expected one class folder.",
    format: (formats) => `--format must be one of ${formats.join(", ")}.`,
    jobs: "--jobs must be a positive whole number.",
    timeout: "--timeout must be a positive number of seconds.",
    shard: "--shard must look like 2/4: share 2 of 4 (counting from 1).",
    student: "--student needs a name.",
    sourceDateEpoch: "SOURCE_DATE_EPOCH must be a whole number of seconds.",
    notAFolder: (dir) => `${dir} is not a folder.`,
    cannotReadFolder: (dir) => `Cannot read the folder ${dir}.`,
    cannotWrite: (p) => `Cannot write the report to ${p.file} (${p.code}); nothing was graded.`,
    summary: (p) =>
      `Graded ${p.graded} submissions of ${p.students} students in ${p.seconds.toFixed(1)} s` +
      (p.rate === null ? "" : ` (${p.rate.toFixed(1)} submissions/s)`) +
      ` (${p.threads} worker thread${p.threads === 1 ? "" : "s"}); ${p.missing} missing` +
      (p.ignored > 0 ? `; ignored ${p.ignored} unrelated file(s): ${p.ignoredPreview}` : "") +
      (p.out === null ? "" : `. Report: ${p.out}`),
    notReproduced: (p) =>
      `${p.count} submission(s) from progress files did not reproduce their trace hash: ${p.preview}`,
    otherAssignment: (p) =>
      `${p.count} progress file(s) were exported for another assignment than "${p.assignment}": ${p.preview}`,
    skipped: (problem) => `Skipped: ${problem}`,
    missingFile: (file) => `No submission: ${file} is missing.`,
    missingInProgress: (p) => `No submission: ${p.file} has none for ${p.exercise}.`,
    graderFailed: (why) => `The grader failed on this submission: ${why}`,
    notGraded: "it was not graded",
    totals: (p) => `${p.passed} passed, ${p.failed} failed, ${p.errored} errors, ${p.missing} missing`,
    totalsOf: (p) => `${en.batch.totals(p)} of ${p.total}`,
    noSubmission: (file) => `no submission (${file})`,
    allPassed: (checks) => `All ${checks} checks passed.`,
    classroomOneStudent: (students) =>
      `--format classroom reports one student (a student's repository: use --student), not ${students}.`,
  },
  run: {
    help: `Usage: npm run course -- run <file.ts> [--json] [--timestamps] [--timeout <seconds>]
                               [--exercise <slug> [--variant <name>]] [--lang <en|ko>]

  --json              print the trace document (runtime/trace.ts) instead of the output
  --timestamps        prefix every line with its virtual time and task
  --timeout <s>       the wall-clock backstop in seconds (default: the sandbox's, or the exercise's)
  --exercise <slug>   run in that exercise's world and budgets, as Check does
  --variant <name>    which of the exercise's variants (default: its first)
  --lang <en|ko>      the language of the sandbox's messages (default: LOOPLAB_LANG, else the locale)
`,
    expectedFile: "Expected one program file.",
    variantNeedsExercise: "--variant needs --exercise <slug>.",
    timeout: "--timeout must be a positive number of seconds.",
    noVariant: (p) =>
      `"${p.slug}" has no variant "${p.variant}"; its variants are ${p.variants.map((v) => `"${v}"`).join(", ")}.`,
    note: (text) => `Note: ${text}`,
    traceback: "Traceback (most recent call last):",
    waitingTasks: "Waiting tasks:",
    awaits: (p) => `  ${p.task} awaits ${p.waiting}${p.where === null ? "" : ` (${p.where})`}`,
  },
  merge: {
    help: (
      formats,
    ) => `Usage: npm run course -- merge-reports <report.json>… --format <format> [--out <file>] [--total] [--lang <en|ko>]

  <report.json>      the JSON reports of grade-batch --shard 1/n … n/n (every shard once),
                     or one unsharded report to convert
  --format <format>  ${formats.join(", ")} (as for grade-batch)
  --out <file>       write the report there instead of to standard output
  --total            gradebook formats: one total column instead of one per exercise
  --lang <en|ko>     the language of the labels the report adds (default: LOOPLAB_LANG, else the locale)
`,
    expectedReports: "Expected the JSON reports to merge.",
    notAReport: (p) => `${p.file} is not a grade-batch JSON report (version ${p.version}).`,
    notAShard: (p) =>
      `${p.file} is not one of ${p.count ?? "the"} shards of the first report (--shard i/${p.count ?? "n"}).`,
    repeatsShard: (p) => `${p.file} repeats shard ${p.index}/${p.count}.`,
    differs: (p) => `${p.file} differs from ${p.first} in "${p.field}": they are not shares of one grading.`,
    otherExercises: (p) => `${p.file} grades other exercises than ${p.first}.`,
    missingShards: (shards) => `Shard(s) ${shards.join(", ")} missing.`,
  },
  assignment: {
    help: `Usage: npm run course -- assignment check <assignment.json> [--lang <en|ko>]
       npm run course -- assignment link <assignment.json> [--site <url>] [--lang <en|ko>]
       npm run course -- assignment init <assignment.json> <dir> --repository <git-url> [--ref <ref>] [--site <url>]

  check               validate the file and list every problem
  link                print a link to the assignment's page: the assignment travels inside the
                      link, so it needs no file on the site
  init                write a template repository into <dir> (new or empty): the starter files,
                      a README for students and a workflow that grades every push
  --repository <url>  the Git URL the workflow installs Looplab from (this course's repository)
  --ref <ref>         the branch or tag of Looplab to grade with (default: main)
  --site <url>        the course site (with its base path): init links the assignment page
                      from the README, link starts the link with it
  --lang <en|ko>      the language of these messages (default: LOOPLAB_LANG, else the locale)
`,
    expectedAction: "Expected `check <file>`, `link <file>` or `init <file> <dir>`.",
    needsRepository: "--repository <git-url> is required: the workflow installs Looplab from it.",
    notPlain: (option) => `${option} must be a URL or name without spaces or quotes.`,
    notEmpty: (dir) => `${dir} is not empty: choose a new folder.`,
    cannotUse: (dir) => `Cannot use the folder ${dir}.`,
    badSite: "--site must be the site's address, like https://school.github.io/looplab/.",
    checked: (p) =>
      `${p.file}: assignment "${p.id}" with ${p.exercises} exercise(s), ` +
      `hints ${p.hints ? "on" : "off"}, solutions ${p.solutions ? "on" : "off"}` +
      `${p.due === null ? "" : `, due ${p.due}`}.`,
    wrote: (p) =>
      `Wrote ${p.count} files to ${p.dir}. Push it to GitHub, mark it as a template repository, and ` +
      "choose it as the starter code of a GitHub Classroom assignment.",
    linkHolds: (p) =>
      `The link holds assignment "${p.id}" (${p.exercises} exercise(s), ` +
      `hints ${p.hints ? "on" : "off"}, solutions ${p.solutions ? "on" : "off"}); ` +
      `hand-ins from it carry the id "${p.linkId}".` +
      (p.withSite ? "" : " Add --site <url> to start it with the course site's address."),
  },
  list: {
    help: `Usage: npm run course -- list [--json] [--lang <en|ko>]

  --json            print an array of { slug, title, lesson, kind, checks, variants }
  --lang <en|ko>    the language of the titles (default: LOOPLAB_LANG, else the locale)
`,
    columns: ["lesson", "slug", "kind", "checks", "title"],
    count: (n) => `${n} exercises`,
  },
};
