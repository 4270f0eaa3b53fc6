/**
 * The site's interface text in English: the playgrounds (island), the timeline, the progress,
 * home, playground and 404 pages, the lesson map and the sandbox worker's own errors. Every other
 * language's catalog has exactly this shape (`UiMessages`), so a missing key fails the type check.
 *
 * Values are plain strings, or functions for text with values in it. The values passed in are
 * already formatted (times as `formatTime` prints them), so each language only arranges words.
 */

/** The site's interface text in English. */
export const en = {
  badge: {
    pass: "Passed",
    fail: "Not yet",
    error: "Error",
    started: "Started",
    label: (status: string) => `Result: ${status}`,
  },
  toolbar: {
    run: "Run",
    stop: "Stop",
    check: "Check",
    reset: "Reset",
    hint: "Hint",
    solution: "Solution",
    share: "Share",
    download: "Download code",
    actions: (label: string) => `${label}: actions`,
    noscript: "Running programs needs JavaScript.",
  },
  playground: {
    example: (filename: string) => `Example ${filename}`,
    exercise: (title: string) => `Exercise: ${title}`,
    predict: (title: string) => `Predict the output: ${title}`,
    editorOfExercise: (title: string) => `Code for exercise ${title}`,
    editorOfFile: (filename: string) => `Code of ${filename}`,
    confirmAgain: (question: string) => `${question} Press the button again to confirm.`,
    discardChanges: "Discard your changes?",
    showBeforeTrying: "Show it before trying?",
    backToOrder: "Back to the original order.",
    backToCode: "Back to the original code.",
    downloaded: (filename: string) => `Downloaded ${filename}.`,
    solutionInEditor: "The solution is in the editor.",
    sharedExercise: "This code came from a shared link. Press Run to run it, or Check to grade it.",
    sharedProgram: "This program came from a shared link. Press Run to run it.",
  },
  twin: {
    tabs: (filename: string) => `Language of ${filename}`,
    typescript: "TypeScript",
    python: "Python",
    exact: "Prints the same lines at the same virtual times on CPython 3.11 — checked in CI.",
    order:
      "CPU-bound, so times differ: prints the same lines in the same order on CPython 3.11, and the same tasks block the loop — checked in CI.",
    none: (reason: string) => `No Python equivalent: ${reason}`,
    missing: "No Python version yet.",
  },
  console: {
    line: (line: string) => `line ${line}`,
    showLine: "Show this line in the editor",
    errorTitles: {
      compile: "Your code does not compile",
      exception: "The program raised an exception",
      timeout: "Stopped: the program ran too long",
      "virtual-timeout": "Stopped: the program went past the virtual time limit",
      memory: "Stopped: the program used too much memory",
      stack: "Stopped: the call stack overflowed (runaway recursion?)",
      deadlock: "Stopped: deadlock — every task is waiting and nothing can wake them",
      "output-limit": "Stopped: the program printed too much",
      internal: "The sandbox failed (this is not your code's fault)",
    },
    runFailed: "The run failed",
    /**
     * What the page says instead of the runtime's message when the sandbox stopped the run. The
     * runtime writes English, with the exact limit; English pages show that message itself.
     */
    inTask: (task: string) => ` in ${task}`,
    waitsFor: (what: string) => ` waits for ${what} `,
    truncated: (events: string) => `The trace was truncated after ${events} events`,
    warning: "Warning",
    label: "Program output, with virtual time in seconds and task",
    showMore: (count: string) => `Show ${count} more`,
    showing: (shown: string, total: string) => `Showing ${shown} of ${total} lines. `,
    download: "Download the output",
    finished: (t: string) => `Finished at ${t} s of virtual time.`,
    ended: (t: string) => `Ended at ${t} s of virtual time.`,
    printedNothing: "The program printed nothing.",
  },
  output: {
    heading: "Output ",
    headingNote: "(virtual time, task)",
    timeline: "Timeline ",
    asTable: "Show as table",
    asPicture: "Show as picture",
    stopped: "Stopped",
    collecting: "Collecting what the program printed before you stopped it…",
    stoppedAfter: (seconds: string) =>
      `You stopped the program after ${seconds} s; above is what it printed until then.`,
    stoppedBefore: "The program was stopped before it finished.",
    statusStopped: "Stopped.",
    tooLongTitle: "Stopped: the program ran too long",
    tooLong: (seconds: string) =>
      `It was still running after ${seconds} s of real time, so the sandbox was shut down. Look for a loop that never ends or never awaits.`,
    statusTooLong: "Stopped: ran too long.",
    sandboxFailedTitle: "The sandbox failed (this is not your code's fault)",
    statusSandboxFailed: "The sandbox failed.",
    workerFailed: "The sandbox worker could not start.",
  },
  run: {
    preparing: "Preparing…",
    running: "Running…",
    checking: "Checking…",
    stoppedCollecting: (seconds: string) => `Stopped after ${seconds} s. Collecting what it printed…`,
    stoppedAfter: (seconds: string) => `Stopped after ${seconds} s.`,
    finished: (t: string, ms: string) => `Finished at ${t} s virtual time (${ms} ms).`,
    endedWithError: (t: string) => `Ended with an error at ${t} s virtual time.`,
    switchTimeline: "Switch the timeline to the picture to see it.",
    passed: "Passed: every check is green.",
    notYet: (failed: string) => `Not yet: ${failed} check(s) failed.`,
    error: "Error: the program did not finish.",
    notSaved: " (Not saved yet: see the notice.)",
  },
  results: {
    allPassed: "All checks passed.",
    failed: (failed: string, total: string) => `${failed} of ${total} checks failed.`,
    notGraded: "The program could not be graded.",
    checks: "Checks",
    line: (line: string) => `line ${line}`,
    lineAt: (line: string, t: string) => `line ${line} at ${t} s`,
    showOnTimeline: "show on the timeline",
    passedPrefix: "Passed: ",
    failedPrefix: "Failed: ",
    variant: (name: string) => ` (variant “${name}”)`,
  },
  hints: {
    numbered: (n: string) => `Hint ${n}: `,
    next: (n: string, total: string) => `Hint (${n} of ${total})`,
    none: "No more hints",
  },
  share: {
    exerciseLink: "Link to this exercise with your code",
    programLink: "Link to this program",
    copied: "Link copied: ",
    copyThis: "Copy this link: ",
    statusCopied: "Link copied to the clipboard.",
    statusCopy: "Copy the link below.",
    damaged: "This link's program could not be read; it may have been cut short when it was copied.",
  },
  solution: {
    diff: "Your code compared with the solution",
    onlySolution: "only in the solution",
    onlyYours: "only in your code",
    use: "Put the solution in the editor",
    hide: "Hide the solution",
    heading: "Solution, as changes to your code",
    legendYours: "− only in your code",
    legendSolution: "+ only in the solution",
  },
  drafts: {
    updated: "Updated with the version saved in another tab.",
    useNewer: "Use the newer version",
    keepMine: "Keep this tab's version",
    nowNewer: "Now showing the newer version.",
    savedMine: "Saved this tab's version.",
    conflict: (when: string) =>
      `A newer version of this code was saved in another tab (at ${when}). This tab's changes are not saved until you choose.`,
    switchTo: "Switch to it",
    discard: "Discard it",
    switched: "Switched to the other version; the one you left is kept as the backup.",
    discarded: "The backup was discarded.",
    backup: (reason: string) => `Another version of this code is kept as a backup: ${reason}.`,
    backupSaved: (reason: string, when: string) =>
      `Another version of this code is kept as a backup: ${reason} (saved ${when}).`,
    /** Why a backup was kept, by its reason (`BACKUP_REASONS` in src/progress/progress-store.ts). */
    reasons: {
      switchedAway: "the version you switched away from",
      sharedLink: "set aside when you opened a shared link",
      import: "replaced by an imported progress file",
    },
  },
  saveAlert: {
    savedAgain: "Your work is saved again.",
    retry: "Try again now",
    notSaved: (reason: string) =>
      `Your latest work is not saved: ${reason}. It is kept in this page and saving is retried every few seconds; keep the page open, or free some space (for example by exporting your progress from the progress page).`,
    full: "this browser's storage for the site is full",
    refused: "this browser refused to store it",
  },
  predict: {
    showAnswer: "Show the answer",
    shown: "The real output is shown with the console and timeline.",
    checkFirst:
      "Check your prediction: the real output appears once you pass, after three tries, or when you ask for it.",
    triesLeft: (left: number) =>
      `Not yet: ${left} more ${left === 1 ? "try" : "tries"} before the real output appears, or ask for it now.`,
    really: "Really show the answer?",
    list: "Your predicted output, first line first",
    helpWithTimes:
      "Put the lines in the order the program prints them (drag them, or use ↑ and ↓), and write the virtual time (in seconds) at which each is printed.",
    help: "Put the lines in the order the program prints them: drag them, or use ↑ and ↓.",
    moveUp: (text: string) => `Move “${text}” up`,
    moveDown: (text: string) => `Move “${text}” down`,
    timeOf: (text: string) => `Virtual time of “${text}”, in seconds`,
    timePlaceholder: "t (s)",
  },
  editor: {
    browsing: "Press Enter or click to edit the code; Tab moves on. Ctrl/⌘+Enter runs.",
    editing: "Editing: Tab indents; Esc stops editing, then Tab moves on. Ctrl/⌘+Enter runs.",
  },
  language: {
    noErrors: "No type errors.",
    errors: (count: number, lines: string) =>
      `${count} type ${count === 1 ? "error" : "errors"}, on ${lines}. The program still runs.`,
    line: (line: string) => `line ${line}`,
    lines: (lines: string) => `lines ${lines}`,
    checking: "Checking types…",
    list: "List problems",
    unavailable: "Type checking is not available; Run still works.",
    hint: (hint: string) => `Hint: ${hint}`,
    workerFailed: "The language worker could not start.",
  },
  timeline: {
    outside: "(top level)",
    cpu: (seconds: string) => `CPU work for ${seconds} s`,
    sleep: (seconds: string) => `time.sleep for ${seconds} s`,
    ready: "ready to start",
    running: "running",
    runningThrown: (what: string) => `running, with ${what} thrown in at its await`,
    waitsFor: (what: string) => `waits for ${what}`,
    something: "something",
    blocks: (detail: string) => `blocks the loop: ${detail}`,
    inProcess: "runs a function in a process",
    inThread: "runs a function in a thread",
    created: "created",
    createdCoro: (coro: string) => `created (${coro})`,
    createdBy: (parent: string) => `created by ${parent}`,
    createdCoroBy: (coro: string, parent: string) => `created (${coro}) by ${parent}`,
    runs: "runs",
    runsThrown: (what: string) => `runs, with ${what} thrown in at its await`,
    aTask: "a task",
    asksCancel: (by: string, target: string) => `${by} asks ${target} to cancel`,
    askedCancel: (target: string) => `asked ${target} to cancel`,
    asksCancelRow: (target: string) => `asks ${target} to cancel`,
    cancelled: "was cancelled",
    failed: (exception: string) => `failed: ${exception}`,
    finished: "finished",
    finishedWith: (result: string) => `finished → ${result}`,
    startsInProcess: "starts a function in a process",
    startsInThread: "starts a function in a thread",
    returned: "function returned",
    prints: (text: string) => `prints “${text}”`,
    warningRow: (category: string, text: string) => `warning (${category}): ${text}`,
    warningCategory: "warning",
    details: "Hover over or focus a bar or a mark for details.",
    laneKeys: (lane: string) => `${lane}: use the arrow keys to step through what it did`,
    atLine: (line: string) => ` (line ${line})`,
    span: (from: string, to: string) => `${from}–${to} s`,
    at: (t: string) => `at ${t} s`,
    segment: (lane: string, detail: string, time: string, where: string) =>
      `${lane} ${detail}, ${time}${where}`,
    markPrints: (lane: string, text: string) => `${lane} prints “${text}”`,
    markWarning: (lane: string, text: string) => `${lane} warning: ${text}`,
    markAt: (label: string, t: string) => `${label} at ${t} s`,
    unfinished: "unfinished",
    outcomes: {
      done: (t: string) => `done at ${t} s`,
      failed: (t: string) => `failed at ${t} s`,
      cancelled: (t: string) => `cancelled at ${t} s`,
    },
    legendRunning: " running ",
    legendWaiting: " waiting ",
    legendBlocked: " blocking the loop ",
    legendPrint: " print",
    caption: (lanes: string, t: string) => `Timeline: ${lanes} lane(s) over ${t} s of virtual time`,
    capped: (max: string) => ` (the first ${max} bars and marks of each lane are drawn)`,
    tableCaption: "What each task did, in order (times in virtual seconds)",
    tableCapped: (max: string, total: string) => `: the first ${max} of ${total} rows`,
    time: "Time",
    task: "Task",
    what: "What happened",
    where: "Where",
  },
  /** The editor's hints beside TypeScript's messages (`src/worker/diagnostic-hints.ts`). */
  diagnostics: {
    gatherSpread: (spread: string) =>
      `gather takes its awaitables one by one, not a list: spread it, \`${spread}\`.`,
    awaitTask: "A task or future holds its result for later: `await` it to get the value.",
    awaitCoroutine:
      "Calling an async function only creates a coroutine: put `await` before the call to get its result.",
    camelCase: (name: string, suggestion: string) =>
      `Python's names are written in camelCase here: \`${name}\` is \`${suggestion}\`.`,
    misspelt: (module: string, name: string, suggestion: string) =>
      `${module} has no \`${name}\`: check the spelling (\`${suggestion}\`?).`,
    listMembers: (module: string, name: string, receiver: string) =>
      `${module} has no \`${name}\`: type \`${receiver}.\` to list what it has.`,
    importFirst: (line: string) => `Import it first, at the top of the file: \`${line}\``,
    callNamed: (call: string) =>
      `This wants a coroutine, not the async function itself: call it, \`${call}\`.`,
    callIt: "This wants a coroutine, not the async function itself: call it.",
    awaitOutsideAsync: "Only an async function can `await`: write `async function` (or `async () =>`).",
  },
  lessonMap: {
    exercisesIn: (lesson: string) => `Exercises in ${lesson}`,
    kinds: { write: "write", fix: "fix", predict: "predict" },
    none: "No lessons yet.",
  },
  sidebar: {
    passed: ", exercises passed: ",
  },
  progress: {
    title: "Your progress",
    description: "Your exercises, and your progress file to keep or hand in.",
    caption: "Your exercises, lesson by lesson",
    exercise: "Exercise",
    result: "Result",
    attempts: "Attempts",
    hints: "Hints",
    solutionSeen: "Solution seen",
    yes: "yes",
    no: "no",
    summary: (passed: string, total: string) => `You have passed ${passed} of ${total} exercises.`,
    keepHeading: "Keep or hand in your progress",
    keepText:
      "Your progress and drafts are stored in this browser only. Export them to a file to keep a copy, move to another browser, or hand your work in: for each exercise the file holds your best graded submission (your latest passing one, if any) and your latest one, which your teacher can re-grade. See",
    handInLink: "handing in and grading",
    name: "Your name (optional, written into the file)",
    export: "Export progress file",
    import: "Import a progress file",
    exported: (count: string, filename: string) => `Exported ${count} submission(s) to ${filename}.`,
    imported: (count: string, filename: string) => `Imported ${count} exercise(s) from ${filename}.`,
    importBackups: (count: string, slugs: string) =>
      ` Your own draft of ${count} exercise(s) (${slugs}) was different: it is kept as a backup, and each exercise offers to switch back to it.`,
    importNotSaved: " The import is not saved yet: browser storage refused it; retrying.",
  },
  /** Why an imported file was not read (the reason in parentheses is the program's own words). */
  progressFile: {
    notJson: "This file is not JSON. Choose a file exported from the progress page.",
    notAFile: "This file is not a Looplab progress file.",
    bundle:
      "This is a single submission bundle; it can be graded with `npm run course -- grade`, not imported here.",
    notAFileBecause: (reason: string) => `This file is not a Looplab progress file (${reason}).`,
  },
  home: {
    description:
      "An interactive course on asynchronous programming with asyncio's event loop, in TypeScript, in your browser.",
    tagline:
      "Learn how an event loop really works: coroutines, tasks, futures, cancellation, timeouts and queues. You write TypeScript; it runs right here in the page, on an asyncio-style loop with a virtual clock, so every wait is instant and every timestamp is exact.",
    start: (lesson: string) => `Start: ${lesson}`,
    progress: "Your progress",
    continue: "Continue where you left off: ",
    learnHeading: "What you will learn",
    learnBefore:
      "The lessons follow the classic texts on Python's asyncio, translated to TypeScript. Every example runs in your browser inside a sandbox; the",
    learnTimeline: "timeline",
    /** Follows the highlighted word directly (its own leading space, where the language has one). */
    learnAfter:
      " under each run shows which task ran, waited or blocked the loop, at which virtual second. Exercises are graded on what your program actually did: what it printed, in which order, at which time.",
    lessonsHeading: "Lessons",
  },
  playgroundPage: {
    title: "Playground",
    description: "Write and run any program; share it with a link.",
    introBefore: "Write any program and run it.",
    introShare: "Share",
    /** Follows the highlighted word directly, like `home.learnAfter`. */
    introAfter: " puts the program in a link that opens here and replays the same run.",
  },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address. Perhaps a lesson moved; here are all of them.",
    home: "Go to the course's home page",
  },
  assignment: {
    description: (count: string) => `An assignment of ${count} exercise(s).`,
    due: "Due:",
    utc: " (UTC)",
    /** How the due date is written (a BCP 47 tag for `Intl.DateTimeFormat`). */
    dateLocale: "en-GB",
    hintsOff: "Hints are turned off.",
    solutionsOff: "Solutions are not shown.",
    handInHeading: "Hand in",
    handInText:
      "When you are done, save your hand-in file and give it to your teacher. It holds your best graded submission of each exercise above.",
    name: "Your name (written into the file)",
    save: "Save my hand-in file",
    saved: (filename: string, count: string, total: string) =>
      `Saved ${filename} with ${count} of ${total} exercise(s). Hand in this file.`,
    /** The link page's title and description before it has read the link. */
    linkTitle: "Assignment",
    linkDescription: "An assignment your teacher sent as a link.",
    opening: "Opening the assignment…",
    needsScript: "This page reads the assignment from its link: it needs JavaScript.",
    cannotOpen: "This assignment link cannot be opened",
    /** What a student reads for each way a link can be broken (`src/assignments/link.ts`). */
    linkProblems: {
      empty: "This address holds no assignment: open the whole link your teacher gave you.",
      foreign:
        "This is not an assignment link (it should end in #a1. followed by letters and digits). Copy the whole link again.",
      damaged:
        "The assignment link is damaged: part of it is missing or was changed. Copy the whole link from your teacher again.",
      "too-large": "The assignment link unpacks to more than an assignment can hold.",
    },
    linkTooLong: (max: string) => `The assignment link is too long (over ${max} characters).`,
    /** Above the schema's problems (in English: they are the teacher's to fix). */
    invalidLink: "The assignment in this link has mistakes; please tell your teacher:",
    partFailed: (title: string) =>
      `The exercise "${title}" could not be loaded. Check your connection and reload the page.`,
  },
  /** The prompt when a new version of the course is ready (`src/offline/update-prompt.ts`). */
  update: {
    available: "A new version of the course is available.",
    reload: "Reload",
    later: "Later",
  },
  worker: {
    unknownExercise: (slug: string) => `This site has no exercise "${slug}".`,
  },
};

/** The shape every language's catalog has. */
export type UiMessages = typeof en;
