/**
 * The grader's messages in Korean. A particle (을/를, 이/가, 은/는) never follows an interpolated
 * value directly: it follows a fixed noun (`"done" 줄이`, `Task-2 태스크가`), because its form
 * depends on the value's last syllable.
 */

import type { TraceError } from "../../../runtime/trace.ts";
import type { GraderMessages, LineShape, SelectorShape, Span, WaitShape } from "./catalog.ts";

function quote(text: string): string {
  return `"${text}"`;
}

const seconds = (t: number): string => `${t.toFixed(3)}초`;

function line(shape: LineShape): string {
  switch (shape.kind) {
    case "exact":
      return `${quote(shape.text)} 줄`;
    case "like":
      return `${quote(shape.text)} 같은 줄`;
    case "starts":
      return `${quote(shape.text)} 문자열로 시작하는 줄`;
    case "ends":
      return `${quote(shape.text)} 문자열로 끝나는 줄`;
    case "contains":
      return `${quote(shape.text)} 문자열이 들어 있는 줄`;
    case "form":
      return "기대한 형식의 줄";
  }
}

/** How a warning's text is described before the noun 경고. */
function warningText(shape: LineShape): string {
  switch (shape.kind) {
    case "exact":
      return quote(shape.text);
    case "like":
      return `${quote(shape.text)} 같은`;
    case "starts":
      return `${quote(shape.text)} 문자열로 시작하는`;
    case "ends":
      return `${quote(shape.text)} 문자열로 끝나는`;
    case "contains":
      return `${quote(shape.text)} 문자열이 들어 있는`;
    case "form":
      return "기대한 형식의";
  }
}

/** Every selector phrase ends with the noun 태스크, so the particles after it are fixed. */
function selector(shape: SelectorShape): string {
  switch (shape.kind) {
    case "task":
      return `${shape.name} 태스크`;
    case "coro":
      return `${shape.coro}() 코루틴을 실행하는 태스크`;
    case "fields": {
      const running = shape.coro === undefined ? "" : `${shape.coro}() 코루틴을 실행하는 `;
      if (shape.name === undefined) return `${running}태스크`;
      return running === ""
        ? `이름이 ${shape.name} 조건에 맞는 태스크`
        : `이름이 ${shape.name} 조건에 맞고 ${running}태스크`;
    }
  }
}

/** The wait filter before the verb 기다리다. */
function wait(shape: WaitShape): string {
  switch (shape.kind) {
    case "any":
      return "";
    case "sleep":
      return "asyncio.sleep으로 ";
    case "for":
      return `${shape.text} 대상을 `;
    case "form":
      return "기대한 방식으로 ";
  }
}

/** "3번째 줄", "3, 4번째 줄". */
const lineNumbers = (numbers: number[]): string => `${numbers.join(", ")}번째 줄`;
const at = (line: number | undefined, column?: number): string =>
  line === undefined ? "" : column === undefined ? ` (${line}번째 줄)` : ` (${line}번째 줄, ${column}열)`;
const spanList = (spans: Span[], label: (who: string) => string): string =>
  spans.map((s) => `${label(s.who)} ${seconds(s.start)}~${seconds(s.end)}`).join(", ");
/** Each ends with a noun whose particle is 이. */
const reasons = { sleep: "블로킹 time.sleep() 호출", cpu: "CPU 작업", step: "태스크의 한 단계 실행" };
const tolerance = (t: number): string => `(오차 ±${seconds(t)})`;
const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** A byte count as the runtime's English message gives it: `1 MB`, `64 KB`, `100 bytes`. */
function bytes(count: number): string {
  if (count >= 1 << 20) return `${count / (1 << 20)} MB`;
  return count >= 1024 ? `${Math.round(count / 1024)} KB` : `${count}바이트`;
}

/**
 * The runtime's message rebuilt in Korean from the error's kind and structured values: each says
 * what the English one says (the limit, where the code was, the worker, what a deadlock holds up).
 */
function detail(error: TraceError): string {
  switch (error.kind) {
    case "compile":
    case "exception":
      return error.message;
    case "timeout": {
      const running =
        error.line === undefined
          ? ""
          : ` (${error.line}번째 줄의 ${error.running === "loop" ? "반복문을" : "코드를"} 실행하던 중이었습니다)`;
      const over =
        error.limit === undefined
          ? "실행 시간 한도를 넘었습니다"
          : error.clock === "wall"
            ? `코드가 실제 시간으로 ${error.limit}초 넘게 실행되어 중지되었습니다`
            : `코드가 CPU 시간을 ${error.limit}초 넘게 써서 중지되었습니다`;
      return `${over}${running}. 끝나지 않거나 await하지 않는 반복문이 있는지 살펴보세요.`;
    }
    case "virtual-timeout": {
      const over =
        error.limit === undefined
          ? "가상 시간 한도를 넘어 실행을 멈췄습니다."
          : `프로그램이 가상 시간으로 ${error.limit}초 넘게 실행되어 실행을 멈췄습니다.`;
      return typeof error.worker === "string"
        ? `${over} ${error.worker} 워커에서 일어난 일입니다. 익스큐터(executor)에 넘긴 함수는 워커가 시작하자마자 ` +
            "끝까지 실행되므로, 이벤트 루프가 나중에 하는 일을 기다릴 수 없습니다."
        : over;
    }
    case "memory":
      return error.limit === undefined
        ? "프로그램이 샌드박스가 허용하는 것보다 많은 메모리를 썼습니다."
        : `프로그램이 메모리를 ${mb(error.limit)} 넘게 써서 실행을 멈췄습니다.`;
    case "stack":
      return "최대 재귀 깊이를 넘었습니다(호출 스택이 넘쳤습니다).";
    case "deadlock":
      switch (error.stuck) {
        case "main":
          return typeof error.main === "string"
            ? `더 이상 실행할 수 있는 것이 없는데 ${error.main} 메인 태스크가 끝나지 않았습니다.`
            : "더 이상 실행할 수 있는 것이 없는데 이벤트 루프가 끝나지 않았습니다.";
        case "forever":
          return "이벤트 루프에 더 실행할 것이 없는데, 루프를 멈추는 호출이 없었습니다.";
        case "pool":
          return "스레드 하나가 결코 시작할 수 없는 작업의 결과를 기다립니다(그 풀의 워커가 모두 바쁘고, 워커들도 기다리는 중입니다).";
        default:
          return error.waiting !== undefined && error.waiting.length > 0
            ? "아래 태스크들이 서로를, 또는 절대 오지 않을 무언가를 기다리고 있습니다."
            : "더 이상 실행할 수 있는 것이 없습니다.";
      }
    case "output-limit":
      return error.limit === undefined
        ? "출력 한도를 넘어 실행을 멈췄습니다."
        : `프로그램이 ${bytes(error.limit)} 넘게 출력해서 실행을 멈췄습니다.`;
    case "internal":
      return "샌드박스의 런타임이 잘못된 결과를 보내 실행을 멈췄습니다.";
  }
}

export const ko: GraderMessages = {
  words: {
    seconds,
    where: (p) => {
      const task = p.task === null ? "태스크 밖" : `${p.task} 태스크`;
      return p.line === undefined
        ? `${seconds(p.t)}에 ${task}에서`
        : `${seconds(p.t)}에 ${task}의 ${p.line}번째 줄에서`;
    },
    when: (p) => (p.line === undefined ? `${seconds(p.t)}에` : `${seconds(p.t)}에 ${p.line}번째 줄에서`),
    task: (name, coro) => (coro ? `${name} (${coro})` : name),
    line,
    selector,
    waiter: selector,
    mainCoroutine: "main() 코루틴",
    tasksOf: (shape) => (shape === null ? "태스크" : selector(shape)),
    variant: (name) => `“${name}” 변형에서`,
  },
  output: {
    lineDiffers: (p) =>
      `출력의 ${p.number}번째 줄은 ${p.got}입니다(${p.where} 출력). 이 자리에는 ${p.want} 줄이 와야 합니다.` +
      (p.sameLines ? " 기대한 줄이 모두 출력되었지만 순서가 다릅니다." : ""),
    stopsEarly: (p) =>
      `출력이 ${p.got}줄에서 끝났지만 ${p.want}줄이어야 합니다. 다음에 올 줄은 ${p.next}입니다.`,
    tooLong: (p) =>
      `출력이 ${p.got}줄이지만 ${p.want}줄이어야 합니다. 첫 번째로 남는 줄은 ${p.extra}입니다(${p.where} 출력).`,
    printedTimes: (p) => `${p.line} 줄이 ${p.actual}번 출력되었지만 ${p.want}번 출력되어야 합니다.`,
    printedNothing: (p) => `프로그램이 아무것도 출력하지 않았습니다. ${p.what}이 출력되어야 합니다.`,
    nearMiss: (p) => `프로그램이 ${p.close} 줄을 출력했지만, ${p.want} 줄을 출력해야 합니다.`,
    neverPrinted: (p) => `프로그램이 ${p.what}을 출력하지 않았습니다.`,
    printedByOther: (p) =>
      p.by === null
        ? `${p.text} 줄이 ${p.when} 태스크 밖에서 출력되었지만, ${p.selector}가 출력해야 합니다.`
        : `${p.text} 줄을 ${p.when} ${p.by} 태스크가 출력했지만, ${p.selector}가 출력해야 합니다.`,
    printedCount: (p) =>
      `${p.what}이 ${p.actual}번 출력되었지만 ${p.want}번 출력되어야 합니다` +
      `(${p.actual > p.want ? "첫 번째로 남는 줄" : "마지막 줄"}: ${p.where}).`,
    printedAt: (p) =>
      `${p.text} 줄이 ${p.where} 출력되었지만, ${seconds(p.at)}에 출력되어야 합니다${tolerance(p.tolerance)}.`,
    notPrinted: (p) => `${p.text} 줄이 ${p.where} 출력되었지만, 프로그램은 이 줄을 출력하면 안 됩니다.`,
  },
  ordering: {
    inOrder: (p) =>
      `${p.early} 줄이 ${p.earlyWhere} 출력되어 ${p.previous} 줄(${p.previousWhere})보다 먼저 나왔지만, ` +
      "그 줄보다 뒤에 나와야 합니다.",
    before: (p) =>
      `${p.then} 줄이 ${p.thenWhere} 출력되어 ${p.first} 줄(${p.firstWhere})보다 먼저 나왔지만, ` +
      `${p.first} 줄이 먼저 나와야 합니다.`,
    outsideAnyTask: (p) =>
      `${p.text} 줄이 태스크 밖에서 출력되었지만(${p.where}), 별도의 태스크에서 출력되어야 합니다.`,
    byMainTask: (p) =>
      `${p.text} 줄을 메인 태스크가 ${p.when} 출력했지만, 별도의 태스크에서 출력되어야 합니다.`,
    differentTasks: (p) =>
      `${p.a} 줄과 ${p.b} 줄을 서로 다른 태스크(${p.taskA}, ${p.taskB})가 출력했지만, 두 줄은 같은 작업에 ` +
      "속하므로 한 태스크에서 출력되어야 합니다.",
    sameTask: (p) =>
      `${p.a} 줄과 ${p.b} 줄을 모두 ${p.task} 태스크가 출력했지만, 각 작업은 자기만의 태스크에서 실행되어야 합니다.`,
  },
  timing: {
    defaultNotMeans: "작업이 겹치지 않는 경우",
    finishedAtNot: (p) =>
      `프로그램이 ${seconds(p.actual)}에 끝났습니다. ${p.meaning}에 걸리는 시간입니다. ` +
      `하지만 ${seconds(p.want)}에 끝나야 합니다${tolerance(p.tolerance)}.`,
    finishedOff: (p) =>
      `프로그램이 ${seconds(p.actual)}에 끝나 ${seconds(Math.abs(p.actual - p.want))}만큼 ` +
      `${p.actual > p.want ? "늦었습니다" : "빨랐습니다"}. ${seconds(p.want)}에 끝나야 합니다${tolerance(p.tolerance)}.`,
    finishedAfter: (p) =>
      `프로그램이 ${seconds(p.actual)}에 끝났지만, ${seconds(p.limit)}까지는 끝나야 합니다.`,
  },
  warnings: {
    notWarned: (p) => {
      const kind = p.category === undefined ? "경고" : `${p.category} 경고`;
      const seen =
        p.seen.length === 0
          ? `${kind}가 나오지 않았습니다.`
          : `런타임이 ${p.seen.join(", ")} 경고를 냈습니다.`;
      return `${seen} 하지만 런타임이 ${warningText(p.shape)} ${kind}를 내야 합니다.`;
    },
    warnedAnyway: (p) =>
      `런타임이 ${p.where} ${p.text} 경고를 냈지만, ` +
      `${p.shape === null ? "경고가 하나도 없어야" : `${warningText(p.shape)} 경고는 없어야`} 합니다.`,
  },
  prediction: {
    unknownLine: (p) => `${p.text} 줄을 예측했지만, 프로그램은 이 줄을 출력하지 않습니다.`,
    lineCount: (p) => `${p.predicted}줄을 예측했지만, 프로그램은 ${p.actual}줄을 출력합니다.`,
    misplaced: (p) =>
      `예측의 ${lineNumbers(p.lines)}이 프로그램이 출력하는 자리에 있지 않습니다` +
      (p.right > 0 ? `. 나머지 ${p.right}줄은 제자리에 있습니다.` : "."),
    notAProgramLine: (p) =>
      `${p.number}번째 줄(${p.text})은 프로그램이 출력하는 줄이 아니라서 시간을 비교할 수 없습니다.`,
    noTime: (p) =>
      `${p.number}번째 줄(${p.text})에 예측한 시간이 없습니다. 줄마다 시간을 초 단위로 적으세요.`,
    timesOff: (p) => {
      const listed = p.given.map((g) => `${g.text} ${seconds(g.t)}`).join(", ");
      return (
        `${lineNumbers(p.lines)}에 적은 시간(${listed})이 프로그램이 실제로 출력하는 시간과 ` +
        `${seconds(p.tolerance)} 넘게 차이 납니다.`
      );
    },
  },
  tasks: {
    neverCreatedToCancel: (p) => `프로그램이 ${p.selector}를 만들지 않아서 취소할 대상이 없었습니다.`,
    stillRunningNotAsked: (p) =>
      `${p.task} 태스크가 프로그램이 끝날 때까지 실행 중이었지만, 취소된 채로 끝나야 합니다. ` +
      "태스크의 cancel() 메서드를 호출하세요.",
    stillRunningAsked: (p) =>
      `${p.task} 태스크는 ${p.where} 취소 요청을 받았지만, 프로그램이 끝날 때까지 계속 실행 중이었습니다.`,
    outcome: (p) =>
      p.exception !== undefined
        ? `${p.exception} 예외 발생`
        : p.result === undefined
          ? "결과 반환"
          : `${p.result} 값 반환`,
    finishedNotAsked: (p) =>
      `${p.task} 태스크는 ${seconds(p.t)}에 정상적으로 끝났습니다(${p.outcome}). 하지만 취소된 채로 끝나야 ` +
      "합니다. 아무도 이 태스크의 cancel() 메서드를 호출하지 않았습니다.",
    finishedAsked: (p) =>
      `${p.task} 태스크는 ${seconds(p.asked)}에 취소 요청을 받았지만 ${seconds(p.t)}에 정상적으로 ` +
      `끝났습니다(${p.outcome}). 하지만 취소된 채로 끝나야 합니다. CancelledError를 잡고 계속 실행하는 ` +
      "태스크는 취소된 것이 아닙니다.",
    noEndEvent: (p) => `${p.task} 태스크에 종료 이벤트가 없습니다.`,
    cancelledByCleanup: (p) =>
      `${p.task} 태스크는 main이 반환된 뒤 asyncio.run()이 정리하면서 취소했을 뿐입니다. main이 반환되기 ` +
      "전에 코드에서 직접 취소하고, 태스크가 멈출 때까지 기다려야 합니다.",
    mainReturnedFirst: (p) =>
      `${p.task} 태스크는 ${p.where} 취소 요청을 받았지만, 태스크가 멈추기 전에 main이 반환되었습니다. ` +
      "취소한 뒤 태스크를 await해서, main이 태스크가 정말 멈출 때까지 기다리게 하세요.",
    cancelledAt: (p) =>
      `${p.task} 태스크가 ${seconds(p.t)}에 취소되었지만, ${seconds(p.want)}에 취소되어야 합니다` +
      `${tolerance(p.tolerance)}.`,
    stillRunningAtEnd: (p) =>
      `${p.task} 태스크가 프로그램이 끝날 때까지 실행 중이었습니다. main은 자신이 시작한 모든 태스크를 ` +
      "기다려야 합니다.",
    unfinishedAtMainEnd: (p) =>
      `main이 ${seconds(p.t)}에 반환될 때 ${p.task} 태스크가 끝나지 않아서 asyncio.run()이 그 태스크를 ` +
      "취소했습니다. main은 반환하기 전에 시작한 모든 태스크를 await하거나 gather해서 기다려야 합니다.",
    neverCreatedToWait: (p) => `프로그램이 ${p.selector}를 만들지 않아서 기다릴 대상이 없었습니다.`,
    neverAskedToCancel: (p) =>
      `${p.task} 태스크에 취소를 요청한 곳이 없어서, 태스크가 멈추기를 기다린 곳도 없습니다.`,
    notWaitedAfterCancel: (p) =>
      `${p.where} ${p.task} 태스크에 취소를 요청한 뒤, ` +
      (p.waiter === null
        ? "그 태스크를 기다린 다른 태스크가 없었습니다. "
        : `${p.waiter}는 그 태스크를 기다리지 않았습니다. `) +
      "태스크가 정말 멈춘 다음에 진행하도록 그 태스크를 await해야 합니다.",
    neverWaited: (p) =>
      (p.waiter === null
        ? `${p.task} 태스크를 기다린 다른 태스크가 없었습니다. `
        : `${p.waiter}는 ${p.task} 태스크를 기다리지 않았습니다. `) +
      "그 태스크가 끝날 때까지 await하거나 gather해서 기다려야 합니다.",
    mainTaskLabel: "메인 태스크",
    noSuchTask: (p) =>
      `${p.label}에 해당하는 태스크가 실행되지 않았습니다. ${p.label}의 반환값은 ${p.want} 값이어야 합니다.`,
    neverFinished: (p) =>
      `${p.task} 태스크가 끝나지 않았습니다. ${p.label}의 반환값은 ${p.want} 값이어야 합니다.`,
    wasCancelled: (p) =>
      `${p.task} 태스크가 취소되었습니다. ${p.label}의 반환값은 ${p.want} 값이어야 합니다.`,
    raisedInstead: (p) =>
      `${p.label}에서 ${p.exception} 예외가 발생했습니다. 반환값은 ${p.want} 값이어야 합니다.`,
    returnedOther: (p) => `${p.label}의 반환값은 ${p.got} 값이었지만(${p.when}), ${p.want} 값이어야 합니다.`,
  },
  concurrency: {
    noWait: (p) =>
      `${wait(p.wait)}기다린 태스크가 하나도 없었습니다. 최소 ${p.wanted}개의 ${p.whose}가 동시에 ` +
      `${wait(p.wait)}기다려야 합니다.`,
    tooFewWaiting: (p) => {
      const most =
        p.count === 1
          ? "한 번에 한 태스크만 기다렸습니다"
          : `동시에 기다린 태스크는 최대 ${p.count}개였습니다`;
      return (
        `${most}(${spanList(p.spans, (who) => `${who} 태스크`)}). 하지만 최소 ${p.wanted}개의 ${p.whose}가 ` +
        `동시에 ${wait(p.wait)}기다려야 합니다.`
      );
    },
    tooFewSpans: (p) => {
      const shown = spanList(p.spans, (who) => who);
      const most =
        p.count <= 1
          ? "한 번에 한 가지 작업만 진행되었습니다"
          : `동시에 진행된 작업은 최대 ${p.count}개였습니다`;
      return (
        `${most}${shown === "" ? "" : `(${shown})`}. 하지만 ` +
        `${p.all ? `${p.atLeast}개 모두` : `최소 ${p.atLeast}개`}가 동시에 진행되어야 합니다.`
      );
    },
    heldTooLong: (p) =>
      `${p.task === null ? "태스크 밖" : `${p.task} 태스크`}의 ${reasons[p.reason]}` +
      `${p.line === undefined ? "" : `(${p.line}번째 줄)`}이 ${seconds(p.start)}부터 ${seconds(p.duration)} 동안 ` +
      `이벤트 루프를 막았습니다. 어떤 것도 ${seconds(p.limit)}보다 오래 루프를 막으면 안 됩니다. 루프가 막혀 ` +
      "있는 동안에는 다른 태스크가 실행될 수 없습니다.",
    heldInTotal: (p) =>
      `이벤트 루프가 ${p.pieces === 1 ? "" : `${p.pieces}번에 걸쳐 `}모두 ${seconds(p.total)} 동안 막혔습니다` +
      (p.longest === undefined
        ? ""
        : `(가장 긴 것: ${p.longest.line}번째 줄의 ${reasons[p.longest.reason]})`) +
      `. 하지만 합쳐서 ${seconds(p.limit)}까지만 막을 수 있습니다. 블로킹은 조각마다 더해지고, 그동안 다른 ` +
      "태스크는 실행되지 않습니다.",
  },
  grading: {
    didNotFinish: "프로그램이 끝나지 않았습니다.",
    programFailed: (message) => `연습 문제의 프로그램이 실패했습니다: ${message}`,
    cutShort: (p) =>
      `실행이 중간에 잘렸습니다. 트레이스가 ${p.events}개의 이벤트 뒤로는 기록되지 않았습니다. 끝까지 보지 ` +
      "못한 실행은 검사할 수 없으니, 프로그램이 단계를 덜 밟도록 고친 뒤 다시 검사하세요.",
    notEvaluated: "평가되지 않았습니다.",
    checkCrashed: (error) => `이 검사를 평가할 수 없었습니다: ${error}`,
    checkFailed: "이 검사를 통과하지 못했습니다.",
    why: (message) => `이유: ${message}`,
    hint: (message) => `힌트: ${message}`,
  },
  report: {
    headline: (p) =>
      `${p.name}: ${p.status === "pass" ? "통과" : "실패"} (검사 ${p.total}개 중 ${p.passed}개 통과)`,
    error: (name) => `${name}: 오류`,
    didNotRun: "프로그램이 실행되지 않았습니다.",
  },
  runErrors: {
    detail,
    headline: (p) => {
      const where = at(p.line, p.column);
      switch (p.kind) {
        case "compile":
          return `코드를 컴파일할 수 없습니다${where}: ${p.message}`;
        case "exception":
          return `프로그램에서 예외가 발생했습니다${where}${p.task ? ` (${p.task} 태스크)` : ""}: ${p.exception}`;
        case "timeout":
          return `프로그램이 너무 오래 실행되어 중지되었습니다${where}. ${p.message}`;
        case "virtual-timeout":
          return `가상 시간 한도에 이르렀을 때도 프로그램이 아직 실행 중이었습니다${where}. ${p.message}`;
        case "memory":
          return `프로그램이 허용된 것보다 많은 메모리를 사용했습니다${where}. ${p.message}`;
        case "stack":
          return `프로그램의 재귀 호출이 너무 깊습니다${where}. ${p.message}`;
        case "deadlock":
          return `교착 상태(deadlock): 실행할 수 있는 것이 없는데 메인 태스크가 끝나지 않았습니다. ${p.message}`;
        case "output-limit":
          return `프로그램이 출력 한도보다 많이 출력했습니다${where}. ${p.message}`;
        case "internal":
          return `프로그램을 실행하는 중에 샌드박스가 실패했습니다. ${p.message} 다시 실행해 보고, 또 일어나면 알려 주세요.`;
      }
    },
    waits: (p) =>
      `  ${p.task} 태스크가 ${p.waiting}에서 기다리는 중${p.line === undefined ? "" : ` (${p.line}번째 줄)`}`,
    traceback: "트레이스백 (가장 안쪽 호출이 마지막):",
  },
  json: {
    problem: (problem) => {
      switch (problem.kind) {
        case "empty":
          return "파일이 비어 있습니다";
        case "end":
          return "값이 끝나기 전에 텍스트가 끝났습니다(닫는 괄호나 따옴표가 빠졌을 수 있습니다)";
        case "at":
          return `${problem.line}번째 줄 ${problem.column}번째 글자에서 JSON 문법이 맞지 않습니다`;
        case "token":
          return `JSON 값이 시작할 수 없는 문자가 있습니다: ${JSON.stringify(problem.token)}`;
        case "other":
          return "JSON 문법이 맞지 않습니다";
      }
    },
  },
  bundleInput: {
    notJson: (p) => `${p.file}: 올바른 JSON이 아닙니다: ${p.detail}`,
    format: (p) => `${p.file}: "format" 값은 "${p.format}" 문자열이어야 합니다.`,
    version: (p) =>
      `${p.file}: "version" 값은 ${p.version} 버전이어야 합니다(이 과정은 번들 버전 ${p.version} 형식을 읽습니다).`,
    notString: (p) => `${p.file}: "${p.field}" 값은 문자열이어야 합니다.`,
    traceHash: (file) => `${file}: "traceHash" 값은 sha256:<16진수 64자리> 형식이어야 합니다.`,
    result: (file) => `${file}: "result" 값은 "status"가 있는 채점 결과여야 합니다.`,
  },
  predictionInput: {
    notJson: (detail) => `예측이 올바른 JSON이 아닙니다: ${detail}`,
    notAnObject:
      '예측의 형식이 잘못되었습니다: { "lines": [{ "text": "hello", "t": 0 }] } 같은 객체여야 합니다.',
    linesNotArray: '예측의 형식이 잘못되었습니다: "lines" 필드는 배열이어야 합니다.',
    lineNotObject: (i) =>
      `예측의 형식이 잘못되었습니다: lines[${i}] 항목은 "text"(와 "t")가 있는 객체여야 합니다.`,
    textNotString: (i) => `예측의 형식이 잘못되었습니다: lines[${i}].text 값은 문자열이어야 합니다.`,
    badTime: (i) =>
      `예측의 형식이 잘못되었습니다: lines[${i}].t 값은 가상 시간의 초를 나타내는 0 이상의 숫자여야 합니다.`,
  },
};
