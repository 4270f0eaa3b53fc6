/** The grader's messages in English. */

import type { GraderMessages, LineShape, SelectorShape, Span, WaitShape } from "./catalog.ts";

function quote(text: string): string {
  return `"${text}"`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const seconds = (t: number): string => `${t.toFixed(3)} s`;

function line(shape: LineShape): string {
  switch (shape.kind) {
    case "exact":
      return `the line ${quote(shape.text)}`;
    case "like":
      return `a line like ${quote(shape.text)}`;
    case "starts":
      return `a line starting with ${quote(shape.text)}`;
    case "ends":
      return `a line ending with ${quote(shape.text)}`;
    case "contains":
      return `a line containing ${quote(shape.text)}`;
    case "form":
      return "a line of the expected form";
  }
}

/** A line's description without its "the line"/"a line" head: what a warning's text is like. */
function warningText(shape: LineShape): string {
  return line(shape).replace(/^(the|a) line /, "");
}

function selector(shape: SelectorShape): string {
  switch (shape.kind) {
    case "task":
      return shape.name;
    case "coro":
      return `the task running ${shape.coro}()`;
    case "fields": {
      const parts: string[] = [];
      if (shape.name !== undefined) parts.push(`named ${shape.name}`);
      if (shape.coro !== undefined) parts.push(`running ${shape.coro}()`);
      return `the task ${parts.join(" and ")}`;
    }
  }
}

function wait(shape: WaitShape): string {
  switch (shape.kind) {
    case "any":
      return "";
    case "sleep":
      return " in asyncio.sleep";
    case "for":
      return ` for ${shape.text}`;
    case "form":
      return " in the expected way";
  }
}

/** "line 3", "lines 3 and 4", "lines 3, 4 and 6". */
function lineNumbers(numbers: number[]): string {
  if (numbers.length === 1) return `line ${numbers[0]}`;
  return `lines ${numbers.slice(0, -1).join(", ")} and ${numbers[numbers.length - 1]}`;
}

const times = (count: number): string => (count === 1 ? "once" : count === 2 ? "twice" : `${count} times`);
const lineCount = (count: number): string => (count === 1 ? "1 line" : `${count} lines`);
const at = (line: number | undefined, column?: number): string =>
  line === undefined ? "" : column === undefined ? ` (line ${line})` : ` (line ${line}:${column})`;
const spanList = (spans: Span[], label: (who: string) => string): string =>
  spans.map((s) => `${label(s.who)} from ${seconds(s.start)} to ${seconds(s.end)}`).join(", ");
const reasons = { sleep: "a blocking time.sleep()", cpu: "CPU work", step: "one step of the task" };

export const en: GraderMessages = {
  words: {
    seconds,
    where: (p) => {
      const task = p.task === null ? "outside any task" : `in ${p.task}`;
      return `at ${seconds(p.t)} ${task}${p.line === undefined ? "" : `, line ${p.line}`}`;
    },
    when: (p) => `at ${seconds(p.t)}${p.line === undefined ? "" : `, line ${p.line}`}`,
    task: (name, coro) => (coro ? `${name} (${coro})` : name),
    line,
    selector,
    waiter: (shape) => (shape.kind === "coro" ? `${shape.coro}()` : selector(shape)),
    mainCoroutine: "main()",
    tasksOf: (shape) => {
      if (shape === null) return "tasks";
      if (shape.kind === "coro") return `tasks running ${shape.coro}()`;
      return selector(shape).replace(/^the task/, "tasks");
    },
    variant: (name) => `in the variant “${name}”`,
  },
  output: {
    lineDiffers: (p) =>
      `Line ${p.number} of the output is ${p.got} (printed ${p.where}), but it should be ${p.want}.` +
      (p.sameLines ? " All the expected lines were printed, but in a different order." : ""),
    stopsEarly: (p) =>
      `The output stops after ${lineCount(p.got)}, but it should have ${p.want}: the next one is ${p.next}.`,
    tooLong: (p) =>
      `The output has ${lineCount(p.got)} but should have ${p.want}: the first extra one is ${p.extra} ` +
      `(printed ${p.where}).`,
    printedTimes: (p) =>
      `The line ${p.line} was printed ${times(p.actual)}, but it should be printed ${times(p.want)}.`,
    printedNothing: (p) => `The program printed nothing; it should print ${p.what}.`,
    nearMiss: (p) => `The program printed ${p.close}, but it should print ${p.want}.`,
    neverPrinted: (p) => `The program never printed ${p.what}.`,
    printedByOther: (p) =>
      `${p.text} was printed ${p.by === null ? "outside any task" : `by ${p.by}`} ${p.when}, ` +
      `but it should be printed by ${p.selector}.`,
    printedCount: (p) =>
      `${capitalise(p.what)} was printed ${times(p.actual)}, but it should be printed ${times(p.want)} ` +
      `(${p.actual > p.want ? "the first extra one" : "the last one"} ${p.where}).`,
    printedAt: (p) =>
      `${p.text} was printed ${p.where}, but it should be printed at ${seconds(p.at)}, ` +
      `give or take ${seconds(p.tolerance)}.`,
    notPrinted: (p) => `${p.text} was printed ${p.where}, but the program should not print it.`,
  },
  ordering: {
    inOrder: (p) =>
      `${p.early} was printed ${p.earlyWhere}, before ${p.previous} (${p.previousWhere}), ` +
      "but it should come after it.",
    before: (p) =>
      `${p.then} was printed ${p.thenWhere}, before ${p.first} (${p.firstWhere}), ` +
      `but ${p.first} should come before it.`,
    outsideAnyTask: (p) =>
      `${p.text} was printed outside any task (${p.where}), but it should come from a task of its own.`,
    byMainTask: (p) =>
      `${p.text} was printed by the main task ${p.when}, but it should come from a task of its own.`,
    differentTasks: (p) =>
      `${p.a} and ${p.b} were printed by different tasks, ${p.taskA} and ${p.taskB}, but they belong to ` +
      "the same piece of work and should come from one task.",
    sameTask: (p) =>
      `${p.a} and ${p.b} were both printed by ${p.task}, but each should run in a task of its own.`,
  },
  timing: {
    defaultNotMeans: "the work does not overlap",
    finishedAtNot: (p) =>
      `The program finished at ${seconds(p.actual)}, the time it takes when ${p.meaning}, but it should ` +
      `finish at ${seconds(p.want)}, give or take ${seconds(p.tolerance)}.`,
    finishedOff: (p) =>
      `The program finished at ${seconds(p.actual)}, ${seconds(Math.abs(p.actual - p.want))} ` +
      `${p.actual > p.want ? "late" : "early"}, but it should finish at ${seconds(p.want)}, ` +
      `give or take ${seconds(p.tolerance)}.`,
    finishedAfter: (p) =>
      `The program finished at ${seconds(p.actual)}, but it should finish by ${seconds(p.limit)}.`,
  },
  warnings: {
    notWarned: (p) => {
      const kind = p.category === undefined ? "a warning" : `a ${p.category} warning`;
      const seen =
        p.seen.length === 0
          ? `no ${kind.replace(/^an? /, "")} was emitted`
          : `the runtime warned ${p.seen.join(", ")}`;
      return `${capitalise(seen)}, but the runtime should emit ${kind} ${warningText(p.shape)}.`;
    },
    warnedAnyway: (p) =>
      `The runtime warned ${p.text} ${p.where}, but there should be ` +
      `${p.shape === null ? "no warning at all" : `no warning ${warningText(p.shape)}`}.`,
  },
  prediction: {
    unknownLine: (p) => `You predicted ${p.text}, but the program never prints that line.`,
    lineCount: (p) =>
      `You predicted ${p.predicted} line${p.predicted === 1 ? "" : "s"}, but the program prints ${p.actual}.`,
    misplaced: (p) => {
      const one = p.lines.length === 1;
      return (
        `${capitalise(lineNumbers(p.lines))} of your prediction ${one ? "is" : "are"} not where the program ` +
        `prints ${one ? "it" : "them"}` +
        (p.right > 0
          ? `; the other ${p.right === 1 ? "line is" : `${p.right} lines are`} in the right place.`
          : ".")
      );
    },
    notAProgramLine: (p) =>
      `Line ${p.number} (${p.text}) is not a line the program prints, so it has no time to compare.`,
    noTime: (p) => `Line ${p.number} (${p.text}) has no predicted time; give each line a time in seconds.`,
    timesOff: (p) => {
      const one = p.lines.length === 1;
      const listed = p.given.map((g) => `${g.text} at ${seconds(g.t)}`).join(", ");
      return (
        `The time${one ? "" : "s"} you gave for ${lineNumbers(p.lines)} (${listed}) ${one ? "is" : "are"} ` +
        `more than ${seconds(p.tolerance)} away from when the program prints ${one ? "it" : "them"}.`
      );
    },
  },
  tasks: {
    neverCreatedToCancel: (p) => `The program never created ${p.selector}, so nothing could cancel it.`,
    stillRunningNotAsked: (p) =>
      `${p.task} was still running when the program ended, but it should end cancelled: call its cancel() method.`,
    stillRunningAsked: (p) =>
      `${p.task} was asked to cancel ${p.where} but was still running when the program ended.`,
    outcome: (p) =>
      p.exception !== undefined ? `raised ${p.exception}` : `returned ${p.result ?? "a result"}`,
    finishedNotAsked: (p) =>
      `${p.task} finished normally at ${seconds(p.t)} (it ${p.outcome}), but it should end cancelled: ` +
      "nothing ever called its cancel() method.",
    finishedAsked: (p) =>
      `${p.task} was asked to cancel at ${seconds(p.asked)} but finished normally at ${seconds(p.t)} ` +
      `(it ${p.outcome}), but it should end cancelled: a task that catches CancelledError and carries on is not cancelled.`,
    noEndEvent: (p) => `${p.task} has no end event.`,
    cancelledByCleanup: (p) =>
      `${p.task} was cancelled only by asyncio.run() cleaning up after main returned, ` +
      "but your code should cancel it itself, and wait for it to stop, before main returns.",
    mainReturnedFirst: (p) =>
      `${p.task} was asked to cancel ${p.where}, but main returned before the task had stopped: ` +
      "await the task after cancelling it, so that main waits until it has really stopped.",
    cancelledAt: (p) =>
      `${p.task} was cancelled at ${seconds(p.t)}, but it should be cancelled at ${seconds(p.want)}, ` +
      `give or take ${seconds(p.tolerance)}.`,
    stillRunningAtEnd: (p) =>
      `${p.task} was still running when the program ended, but main should wait for every task it starts.`,
    unfinishedAtMainEnd: (p) =>
      `${p.task} had not finished when main returned at ${seconds(p.t)} (asyncio.run() then cancelled it), ` +
      "but main should wait for every task it starts: await them, or gather them, before main returns.",
    neverCreatedToWait: (p) => `The program never created ${p.selector}, so nothing could wait for it.`,
    neverAskedToCancel: (p) => `Nothing ever asked ${p.task} to cancel, so nothing waited for it to stop.`,
    notWaitedAfterCancel: (p) =>
      `After asking ${p.task} to cancel ${p.where}, ` +
      `${p.waiter === null ? "no other task waited" : `${p.waiter} never waited`} for that task, but it ` +
      "should await the task so that it goes on only once the task has really stopped.",
    neverWaited: (p) =>
      `${p.waiter === null ? "No other task waited" : `${capitalise(p.waiter)} never waited`} for ${p.task}, ` +
      "but it should await that task (or gather it) until it is done.",
    mainTaskLabel: "the main task",
    noSuchTask: (p) => `No task like ${p.label} ran, but ${p.label} should return ${p.want}.`,
    neverFinished: (p) => `${p.task} never finished, but ${p.label} should return ${p.want}.`,
    wasCancelled: (p) => `${p.task} was cancelled, but ${p.label} should return ${p.want}.`,
    raisedInstead: (p) => `${p.label} raised ${p.exception}, but it should return ${p.want}.`,
    returnedOther: (p) => `${p.label} returned ${p.got} ${p.when}, but it should return ${p.want}.`,
  },
  concurrency: {
    noWait: (p) =>
      `No task ever waited${wait(p.wait)}, but at least ${p.wanted} ${p.whose} should wait${wait(p.wait)} ` +
      "at the same time.",
    tooFewWaiting: (p) => {
      const most =
        p.count === 1 ? "only one task was waiting at a time" : `at most ${p.count} were waiting at once`;
      return (
        `${capitalise(most)} (${spanList(p.spans, (who) => who)}), but at least ${p.wanted} ${p.whose} ` +
        `should wait${wait(p.wait)} at the same time.`
      );
    },
    tooFewSpans: (p) => {
      const shown = spanList(p.spans, (who) => who);
      const most =
        p.count <= 1
          ? "Only one piece of work was under way at a time"
          : `At most ${p.count} pieces of work were under way at once`;
      return (
        `${most}${shown === "" ? "" : ` (${shown})`}, but ${p.all ? "all" : "at least"} ${p.atLeast} ` +
        "should be under way at the same time."
      );
    },
    heldTooLong: (p) =>
      `${capitalise(reasons[p.reason])}${p.line === undefined ? "" : ` at line ${p.line}`} ` +
      `${p.task === null ? "outside any task" : `in ${p.task}`} held the loop for ${seconds(p.duration)} ` +
      `from ${seconds(p.start)}, but nothing may hold it longer than ${seconds(p.limit)}: while it is held, ` +
      "no other task can run.",
    heldInTotal: (p) =>
      `The loop was held for ${seconds(p.total)} in total${p.pieces === 1 ? "" : ` in ${p.pieces} pieces`}` +
      (p.longest === undefined
        ? ""
        : ` (the longest: ${reasons[p.longest.reason]} at line ${p.longest.line})`) +
      `, but it may be held for at most ${seconds(p.limit)} altogether: every piece of blocking adds up, ` +
      "and no other task runs meanwhile.",
  },
  grading: {
    didNotFinish: "The program did not finish.",
    programFailed: (message) => `The exercise's program failed: ${message}`,
    cutShort: (p) => {
      const cut = p.said ?? `cut after ${p.events} events`;
      const said = /[.!?]$/.test(cut) ? cut : `${cut}.`;
      return (
        `The run was cut short. ${said} Checks cannot judge a run they have not seen to the end: ` +
        "make the program do fewer steps, then check again."
      );
    },
    notEvaluated: "Not evaluated.",
    checkCrashed: (error) => `This check could not be evaluated: ${error}`,
    checkFailed: "This check failed.",
    why: (message) => `Why: ${message}`,
    hint: (message) => `Hint: ${message}`,
  },
  report: {
    headline: (p) => `${p.name}: ${p.status.toUpperCase()} (${p.passed}/${p.total} checks)`,
    error: (name) => `${name}: ERROR`,
    didNotRun: "The program did not run.",
  },
  runErrors: {
    detail: (error) => error.message,
    headline: (p) => {
      const where = at(p.line, p.column);
      switch (p.kind) {
        case "compile":
          return `Your code does not compile${where}: ${p.message}`;
        case "exception":
          return `Your program raised ${p.exception}${where}${p.task ? ` in ${p.task}` : ""}.`;
        case "timeout":
          return `Your program ran too long and was stopped${where}: ${p.message}`;
        case "virtual-timeout":
          return `Your program was still running at the virtual-time limit${where}: ${p.message}`;
        case "memory":
          return `Your program used more memory than allowed${where}: ${p.message}`;
        case "stack":
          return `Your program recursed too deeply${where}: ${p.message}`;
        case "deadlock":
          return `Deadlock: nothing can run and the main task is not done. ${p.message}`;
        case "output-limit":
          return `Your program printed more than the output limit${where}: ${p.message}`;
        case "internal":
          return `The sandbox failed while running your program: ${p.message} Run it again; if it happens again, please report it.`;
      }
    },
    waits: (p) => `  ${p.task} waits for ${p.waiting}${p.line === undefined ? "" : ` (line ${p.line})`}`,
    traceback: "Traceback (innermost last):",
  },
  json: {
    problem: (problem) => (problem.kind === "empty" ? "the file is empty" : problem.detail),
  },
  bundleInput: {
    notJson: (p) => `${p.file}: not valid JSON: ${p.detail}`,
    format: (p) => `${p.file}: "format" must be "${p.format}".`,
    version: (p) =>
      `${p.file}: "version" must be ${p.version} (this course reads bundle version ${p.version}).`,
    notString: (p) => `${p.file}: "${p.field}" must be a string.`,
    traceHash: (file) => `${file}: "traceHash" must look like sha256:<64 hex digits>.`,
    result: (file) => `${file}: "result" must be a grading result with a "status".`,
  },
  predictionInput: {
    notJson: (detail) => `Your prediction is not valid JSON: ${detail}`,
    notAnObject:
      'Your prediction is malformed: expected an object like { "lines": [{ "text": "hello", "t": 0 }] }.',
    linesNotArray: 'Your prediction is malformed: the field "lines" must be an array.',
    lineNotObject: (i) =>
      `Your prediction is malformed: lines[${i}] must be an object with "text" (and "t").`,
    textNotString: (i) => `Your prediction is malformed: lines[${i}].text must be a string.`,
    badTime: (i) => `Your prediction is malformed: lines[${i}].t must be a number of virtual seconds (≥ 0).`,
  },
};
