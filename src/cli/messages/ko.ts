/**
 * The CLI's messages in Korean. As in the grader's catalog, no particle follows an interpolated
 * value directly: it follows a fixed noun (`two-delays 연습 문제는`, `report.csv 파일에`).
 */

import type { CliMessages } from "./catalog.ts";

const LANG_HELP = `  --lang <en|ko>    보고서의 언어 (기본값: LOOPLAB_LANG, 없으면 로캘)`;

export const ko: CliMessages = {
  main: {
    usage: (summaries) =>
      [
        "사용법: npm run course -- <명령> [옵션]",
        "",
        "명령:",
        ...summaries.map(([name, summary]) => `  ${name.padEnd(14)} ${summary}`),
        "",
        "각 명령의 옵션은 --help로 볼 수 있습니다. --lang en(또는 LOOPLAB_LANG=en)이면 영어로 답합니다.",
      ].join("\n"),
    summaries: {
      run: "TypeScript 프로그램을 샌드박스에서 실행하고 출력(--json이면 트레이스)을 보여 줍니다.",
      grade: "제출물 하나(TypeScript, 예측, 번들, 또는 진행 파일 전체)를 연습 문제 기준으로 채점합니다.",
      "grade-batch": "반 폴더(학생별 폴더나 내보낸 진행 파일)를 채점하고 보고서를 씁니다.",
      "merge-reports": "grade-batch --shard로 나누어 만든 JSON 보고서들을 보고서 하나로 합칩니다.",
      assignment:
        "과제 파일을 검사하거나, 과제를 나눠 줄 링크를 출력하거나, 과제용 GitHub Classroom 템플릿 저장소를 씁니다.",
      list: "연습 문제를 강의, 종류, 검사 수와 함께 나열합니다.",
    },
    unknownCommand: (name) => `알 수 없는 명령입니다: '${name}'. 도움말: npm run course -- --help`,
  },
  common: {
    cannotRead: (p) => `${p.file} 파일을 읽을 수 없습니다: ${p.code}`,
    noExercise: (p) =>
      `"${p.slug}" 연습 문제가 없습니다.` +
      (p.suggestions.length > 0
        ? ` 혹시 ${p.suggestions.map((s) => `"${s}"`).join(" 또는 ")} 연습 문제를 찾으셨나요?`
        : "") +
      " 전체 목록은 `npm run course -- list`로 볼 수 있습니다.",
    unknownOption: (option) =>
      `알 수 없는 옵션입니다: ${option} (이름이 "-"로 시작하는 파일은 맨 끝의 -- 뒤에 주세요.)`,
    needsValue: (option) => `${option} 옵션에는 값이 필요합니다.`,
    takesNoValue: (option) => `${option} 옵션은 값을 받지 않습니다.`,
    badArguments: "인자를 읽을 수 없습니다.",
  },
  inputs: {
    notJson: (p) => `${p.file}: 올바른 JSON이 아닙니다: ${p.why}.`,
    progressFormat: (p) => `${p.file}: "format" 값은 "${p.format}" 문자열이어야 합니다.`,
    progressVersion: (p) =>
      `${p.file}: "version" 값은 ${p.versions.join(" 또는 ")} 버전이어야 합니다(이 과정은 그 버전의 진행 파일을 읽습니다).`,
    notString: (p) => `${p.file}: "${p.field}" 값이 있으면 문자열이어야 합니다.`,
    submissionsNotArray: (file) => `${file}: "submissions" 값은 제출 번들의 배열이어야 합니다.`,
  },
  grade: {
    help: `사용법: npm run course -- grade <연습-문제-slug> <파일> [--json] [--bundle <out.json>] [--lang <en|ko>]
        npm run course -- grade <bundle.json | progress.json> [--json] [--lang <en|ko>]

  <파일>            채점할 제출물: TypeScript(.ts), 출력 예측 연습 문제의 예측(.json),
                    사이트에서 내보낸 제출 번들, 또는 사이트의 진행 상황 페이지에서 내보낸
                    진행 파일(그 안의 모든 연습 문제를 채점합니다)
  --json            결과를 JSON(Exercism results.json, 버전 3)으로 출력합니다
  --bundle <파일>   이 채점의 제출 번들도 <파일>에 씁니다
${LANG_HELP}

종료 코드: 0 통과, 1 실패나 오류(또는 트레이스 해시를 재현하지 못한 번들), 2 사용법 오류.
`,
    expectedSlugAndFile: "연습 문제 slug와 파일을 주어야 합니다.",
    progressWithSlug: (file) => `${file} 파일은 진행 파일입니다. 연습 문제 slug 없이 채점하세요.`,
    bundleOfProgress: "--bundle 옵션은 제출물 하나에만 쓸 수 있고, 진행 파일에는 쓸 수 없습니다.",
    neitherBundleNorProgress: (file) =>
      `${file} 파일은 제출 번들도 진행 파일도 아닙니다. 파일 앞에 연습 문제 slug를 주세요.`,
    expectedSlug: "파일 앞에 연습 문제 slug를 주어야 합니다.",
    otherExercise: (p) =>
      `${p.file} 파일은 "${p.slug}" 연습 문제가 아니라 "${p.bundle}" 연습 문제의 제출물입니다.`,
    wantsPrediction: (slug) => `"${slug}" 연습 문제는 출력 예측 문제입니다. 예측 .json 파일을 채점하세요.`,
    wantsCode: (slug) => `"${slug}" 연습 문제는 TypeScript 코드를 받습니다. .ts 파일을 채점하세요.`,
    progressHeader: (p) =>
      `${p.student === null ? "이름 없는 학습자" : `${p.student} 학습자`}의 진행 파일` +
      `${p.assignment === null ? "" : `(${p.assignment} 과제)`}` +
      ` (과정 버전 ${p.courseVersion}): 제출물 ${p.submissions}개.`,
    reproduced: (hash) => `다시 채점했습니다: 트레이스 해시가 번들과 같습니다(${hash}).`,
    differs: (p) =>
      `다시 채점했습니다: 트레이스 해시가 번들과 다릅니다.\n  번들:        ${p.bundleHash}\n` +
      `  다시 채점:   ${p.hash}\n  (번들의 결과: ${p.bundleStatus}, 지금: ${p.status}).` +
      (p.bundleVersion === null
        ? ""
        : ` 번들은 과정 버전 ${p.bundleVersion}에서 만들어졌고, 지금은 버전 ${p.currentVersion}입니다.`),
  },
  batch: {
    help: (timeout) => `사용법: npm run course -- grade-batch <폴더> --format <형식> [--out <파일>] [옵션]

  <폴더>                반 전체 폴더: 학생마다 <연습-문제-slug>.ts 파일(출력 예측 문제는
                        <연습-문제-slug>.json)이 든 폴더 하나, 그리고/또는 사이트에서 내보낸
                        진행 파일(학생마다 <이름>.json 하나)
  --format <형식>       json, csv, junit (JUnit XML), tap (TAP 버전 13), classroom (GitHub
                        Classroom 자동 채점, 학생 한 명), moodle 또는 canvas (성적부 CSV)
  --out <파일>          보고서를 표준 출력 대신 그 파일에 씁니다
  --assignment <파일>   그 과제의 연습 문제만, 과제의 순서대로 채점합니다(과제 파일, 또는
                        \`npm run course -- assignment link\`가 만든 링크를 따옴표로 감싸서)
  --student <이름>      <폴더>가 그 학생 한 명의 폴더입니다(학생 저장소처럼)
  --shard <i>/<n>       학생을 n몫으로 나눈 것 중 i번째 몫만 채점합니다. 각 몫의 JSON 보고서는
                        \`npm run course -- merge-reports\`로 합칩니다
  --jobs <n>            워커 스레드 수 (기본값: CPU 코어 수)
  --timeout <초>        이보다 오래 걸리는 제출물은 멈춥니다 (기본값 ${timeout})
  --total               성적부 형식: 연습 문제마다 열을 두지 않고 합계 열 하나만 씁니다
  --reproducible        실제 걸린 시간을 빼고(0) 보고서 날짜를 SOURCE_DATE_EPOCH(없으면
                        1970-01-01)로 정해서, 같은 반이면 언제나 같은 바이트가 나오게 합니다
  --lang <en|ko>        보고서에 담길 메시지와 레이블의 언어 (기본값: LOOPLAB_LANG, 없으면
                        로캘). id, 상태, 필드 이름은 영어 그대로입니다

보고서를 쓰고 나면 성적과 상관없이 종료 코드는 0입니다.
`,
    expectedFolder: "반 폴더 하나를 주어야 합니다.",
    format: (formats) => `--format 값은 ${formats.join(", ")} 중 하나여야 합니다.`,
    jobs: "--jobs 값은 양의 정수여야 합니다.",
    timeout: "--timeout 값은 양수인 초여야 합니다.",
    shard: "--shard 값은 2/4처럼 적어야 합니다: 4몫 중 2번째 몫(1부터 셉니다).",
    student: "--student 옵션에는 이름이 필요합니다.",
    sourceDateEpoch: "SOURCE_DATE_EPOCH 값은 초 단위의 정수여야 합니다.",
    notAFolder: (dir) => `${dir} 경로는 폴더가 아닙니다.`,
    cannotReadFolder: (dir) => `${dir} 폴더를 읽을 수 없습니다.`,
    cannotWrite: (p) => `${p.file} 파일에 보고서를 쓸 수 없어서(${p.code}) 아무것도 채점하지 않았습니다.`,
    summary: (p) =>
      `학생 ${p.students}명의 제출물 ${p.graded}개를 ${p.seconds.toFixed(1)}초 동안 채점했습니다` +
      (p.rate === null ? "" : `(초당 ${p.rate.toFixed(1)}개)`) +
      ` (워커 스레드 ${p.threads}개). 빠진 제출물 ${p.missing}개` +
      (p.ignored > 0 ? `, 관련 없어서 건너뛴 파일 ${p.ignored}개: ${p.ignoredPreview}` : "") +
      (p.out === null ? "." : `. 보고서: ${p.out}`),
    notReproduced: (p) =>
      `진행 파일의 제출물 ${p.count}개가 트레이스 해시를 재현하지 못했습니다: ${p.preview}`,
    otherAssignment: (p) =>
      `진행 파일 ${p.count}개는 "${p.assignment}" 과제가 아닌 다른 과제용으로 내보낸 것입니다: ${p.preview}`,
    skipped: (problem) => `건너뜀: ${problem}`,
    missingFile: (file) => `제출물 없음: ${file} 파일이 없습니다.`,
    missingInProgress: (p) => `제출물 없음: ${p.file} 파일에 ${p.exercise} 연습 문제의 제출물이 없습니다.`,
    graderFailed: (why) => `채점기가 이 제출물을 채점하지 못했습니다: ${why}`,
    notGraded: "채점되지 않았습니다",
    totals: (p) => `통과 ${p.passed}개, 실패 ${p.failed}개, 오류 ${p.errored}개, 빠짐 ${p.missing}개`,
    totalsOf: (p) => `연습 문제 ${p.total}개 중 ${ko.batch.totals(p)}`,
    noSubmission: (file) => `제출물 없음 (${file})`,
    allPassed: (checks) => `검사 ${checks}개를 모두 통과했습니다.`,
    classroomOneStudent: (students) =>
      `--format classroom 형식은 학생 한 명만 보고합니다(학생 저장소라면 --student를 쓰세요). 지금은 학생이 ${students}명입니다.`,
  },
  run: {
    help: `사용법: npm run course -- run <파일.ts> [--json] [--timestamps] [--timeout <초>]
                               [--exercise <slug> [--variant <이름>]] [--lang <en|ko>]

  --json              출력 대신 트레이스 문서(runtime/trace.ts)를 출력합니다
  --timestamps        줄마다 가상 시간과 태스크를 앞에 붙입니다
  --timeout <초>      실제 시간 기준의 안전 한도(초) (기본값: 샌드박스의 값, 또는 연습 문제의 값)
  --exercise <slug>   그 연습 문제의 world와 예산으로 실행합니다(검사할 때처럼)
  --variant <이름>    연습 문제의 변형 중 어느 것으로 실행할지 (기본값: 첫 번째 변형)
  --lang <en|ko>      샌드박스 메시지의 언어 (기본값: LOOPLAB_LANG, 없으면 로캘)
`,
    expectedFile: "프로그램 파일 하나를 주어야 합니다.",
    variantNeedsExercise: "--variant 옵션은 --exercise <slug>와 함께 써야 합니다.",
    timeout: "--timeout 값은 양수인 초여야 합니다.",
    noVariant: (p) =>
      `"${p.slug}" 연습 문제에는 "${p.variant}" 변형이 없습니다. 변형 목록: ${p.variants.map((v) => `"${v}"`).join(", ")}.`,
    note: () =>
      "참고: 트레이스가 이벤트 한도에 이르러 이후의 태스크 이벤트는 기록되지 않았습니다(출력된 줄은 모두 기록됩니다).",
    traceback: "트레이스백 (가장 최근 호출이 마지막):",
    waitingTasks: "기다리는 태스크:",
    awaits: (p) =>
      `  ${p.task} 태스크가 ${p.waiting}에서 기다리는 중${p.where === null ? "" : ` (${p.where})`}`,
  },
  merge: {
    help: (
      formats,
    ) => `사용법: npm run course -- merge-reports <report.json>… --format <형식> [--out <파일>] [--total] [--lang <en|ko>]

  <report.json>      grade-batch --shard 1/n … n/n의 JSON 보고서들(몫마다 한 번씩), 또는 형식을
                     바꿀 나누지 않은 보고서 하나
  --format <형식>    ${formats.join(", ")} (grade-batch와 같습니다)
  --out <파일>       보고서를 표준 출력 대신 그 파일에 씁니다
  --total            성적부 형식: 연습 문제마다 열을 두지 않고 합계 열 하나만 씁니다
  --lang <en|ko>     보고서에 덧붙는 레이블의 언어 (기본값: LOOPLAB_LANG, 없으면 로캘)
`,
    expectedReports: "합칠 JSON 보고서를 주어야 합니다.",
    notAReport: (p) => `${p.file} 파일은 grade-batch의 JSON 보고서(버전 ${p.version})가 아닙니다.`,
    notAShard: (p) =>
      p.count === null
        ? `${p.file} 파일은 첫 보고서와 같은 채점을 나눈 몫이 아닙니다(첫 보고서는 나누지 않은 보고서입니다).`
        : `${p.file} 파일은 첫 보고서의 ${p.count}몫 가운데 하나가 아닙니다(--shard i/${p.count}).`,
    repeatsShard: (p) => `${p.file} 파일은 ${p.count}몫 중 ${p.index}번째 몫을 한 번 더 담고 있습니다.`,
    differs: (p) =>
      `${p.file} 파일은 "${p.field}" 값이 ${p.first} 파일과 달라서, 한 채점을 나눈 몫들이 아닙니다.`,
    otherExercises: (p) => `${p.file} 파일은 ${p.first} 파일과 다른 연습 문제를 채점했습니다.`,
    missingShards: (shards) => `빠진 몫이 있습니다: ${shards.join(", ")}.`,
  },
  assignment: {
    help: `사용법: npm run course -- assignment check <assignment.json> [--lang <en|ko>]
        npm run course -- assignment link <assignment.json> [--site <url>] [--lang <en|ko>]
        npm run course -- assignment init <assignment.json> <폴더> --repository <git-url> [--ref <ref>] [--site <url>]

  check               파일을 검사하고 문제를 모두 나열합니다
  link                과제 페이지로 가는 링크를 출력합니다. 과제가 링크 안에 담기므로 사이트에
                      파일을 올릴 필요가 없습니다
  init                <폴더>(새 폴더나 빈 폴더)에 템플릿 저장소를 씁니다: 시작 파일, 학생용
                      README, 푸시할 때마다 채점하는 워크플로
  --repository <url>  워크플로가 Looplab을 설치할 Git URL (이 과정의 저장소)
  --ref <ref>         채점에 쓸 Looplab의 브랜치나 태그 (기본값: main)
  --site <url>        과정 사이트의 주소(기본 경로 포함): init은 README에서 과제 페이지를
                      링크하고, link는 링크를 이 주소로 시작합니다
  --lang <en|ko>      이 메시지들의 언어 (기본값: LOOPLAB_LANG, 없으면 로캘)
`,
    expectedAction: "`check <파일>`, `link <파일>`, `init <파일> <폴더>` 중 하나를 주어야 합니다.",
    needsRepository: "--repository <git-url> 옵션이 필요합니다. 워크플로가 그 주소에서 Looplab을 설치합니다.",
    notPlain: (option) => `${option} 옵션의 값은 공백이나 따옴표가 없는 URL이나 이름이어야 합니다.`,
    notEmpty: (dir) => `${dir} 폴더가 비어 있지 않습니다. 새 폴더를 고르세요.`,
    cannotUse: (dir) => `${dir} 폴더를 쓸 수 없습니다.`,
    badSite: "--site 값은 https://school.github.io/looplab/ 같은 사이트 주소여야 합니다.",
    checked: (p) =>
      `${p.file}: "${p.id}" 과제, 연습 문제 ${p.exercises}개, ` +
      `힌트 ${p.hints ? "켬" : "끔"}, 풀이 ${p.solutions ? "켬" : "끔"}` +
      `${p.due === null ? "" : `, 마감 ${p.due}`}.`,
    wrote: (p) =>
      `${p.dir} 폴더에 파일 ${p.count}개를 썼습니다. GitHub에 푸시하고 템플릿 저장소로 표시한 다음, ` +
      "GitHub Classroom 과제의 시작 코드로 고르세요.",
    linkHolds: (p) =>
      `이 링크에는 "${p.id}" 과제가 담겨 있습니다(연습 문제 ${p.exercises}개, ` +
      `힌트 ${p.hints ? "켬" : "끔"}, 풀이 ${p.solutions ? "켬" : "끔"}). ` +
      `이 링크로 낸 제출물에는 "${p.linkId}" id가 붙습니다.` +
      (p.withSite ? "" : " --site <url>을 주면 링크가 과정 사이트의 주소로 시작합니다."),
  },
  list: {
    help: `사용법: npm run course -- list [--json] [--lang <en|ko>]

  --json            { slug, title, lesson, kind, checks, variants }의 배열을 출력합니다
  --lang <en|ko>    제목의 언어 (기본값: LOOPLAB_LANG, 없으면 로캘)
`,
    columns: ["강의", "slug", "종류", "검사", "제목"],
    count: (n) => `연습 문제 ${n}개`,
  },
};
