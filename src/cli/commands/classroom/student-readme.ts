/**
 * The `README.md` of a GitHub Classroom template repository: what the student does, in the
 * assignment's language (`"lang": "ko"` gives a Korean README). Exercise titles and prompts come
 * from the exercise's translation when it has one (`localizeExercise`).
 */

import type { Assignment } from "../../../assignments/assignment.ts";
import { assignmentLang, assignmentPagePath } from "../../../assignments/route.ts";
import type { LoadedExercise } from "../../../grader/index.ts";
import { localizeExercise } from "../../../grader/localize.ts";
import type { Lang } from "../../../i18n/lang.ts";
import { submissionName } from "./batch-scan.ts";

interface ReadmeText {
  due: string;
  workInBrowser: string;
  exercises: string;
  edit: string;
  predict: (program: string) => string[];
  handingIn: string;
  handingInText: string[];
  locally: string;
  locallyText: string;
  thisRepository: string;
}

const TEXT: Record<Lang, ReadmeText> = {
  en: {
    due: "**Due:**",
    workInBrowser: "Work on the exercises in your browser:",
    exercises: "## The exercises",
    edit: "edit",
    predict: (program) => [
      `   Predict what \`${program}\` prints: put its lines in order (with their`,
      "   virtual times) in the JSON file.",
    ],
    handingIn: "## Handing in",
    handingInText: [
      "Commit your files in `submission/` and push. Every push is graded automatically: the",
      "**Actions** tab shows the result of each exercise, with the same messages the course site",
      "gives, and your teacher sees your points in GitHub Classroom. You may push as often as you",
      "like; the last push counts.",
    ],
    locally: "## Trying your code on your own machine",
    locallyText: "With Node 24, clone Looplab next to this repository and run or grade a file from there:",
    thisRepository: "<this repository>",
  },
  ko: {
    due: "**마감:**",
    workInBrowser: "브라우저에서 연습 문제를 풀 수 있습니다:",
    exercises: "## 연습 문제",
    edit: "수정할 파일:",
    predict: (program) => [
      `   \`${program}\` 프로그램이 무엇을 출력할지 예측하세요. 출력되는 줄을 순서대로(가상 시계의`,
      "   시각과 함께) JSON 파일에 적습니다.",
    ],
    handingIn: "## 제출하기",
    handingInText: [
      "`submission/`의 파일을 커밋하고 푸시하세요. 푸시할 때마다 자동으로 채점됩니다.",
      "**Actions** 탭에서 연습 문제마다 결과를 코스 사이트와 같은 메시지로 볼 수 있고,",
      "선생님은 GitHub Classroom에서 점수를 확인합니다. 몇 번이든 푸시해도 되며,",
      "마지막 푸시가 최종 제출이 됩니다.",
    ],
    locally: "## 내 컴퓨터에서 코드 실행해 보기",
    locallyText:
      "Node 24를 설치하고, 이 저장소 옆에 Looplab을 클론한 뒤 그곳에서 파일을 실행하거나 채점하세요:",
    thisRepository: "<이 저장소>",
  },
};

export interface ReadmeOptions {
  repository: string;
  ref: string;
  site?: string;
}

/** The README, in the assignment's language. */
export function studentReadme(
  assignment: Assignment,
  exercises: LoadedExercise[],
  options: ReadmeOptions,
): string {
  const lang = assignmentLang(assignment);
  const text = TEXT[lang];
  const page =
    options.site === undefined
      ? null
      : `${options.site.replace(/\/$/, "")}/${assignmentPagePath(assignment)}`;
  const lines = [`# ${assignment.title}`, ""];
  if (assignment.due !== undefined) lines.push(`${text.due} ${assignment.due}`, "");
  if (assignment.instructions !== undefined) lines.push(assignment.instructions, "");
  if (page !== null) lines.push(`${text.workInBrowser} ${page}`, "");
  lines.push(text.exercises, "");
  exercises.forEach((exercise, i) => {
    const { definition } = exercise;
    const { title, prompt } = localizeExercise(exercise, lang);
    const file = `submission/${submissionName(exercise)}`;
    lines.push(`${i + 1}. **${title}** — ${text.edit} \`${file}\``);
    lines.push("", `   ${prompt.replace(/\n/g, "\n   ")}`);
    if (exercise.program !== null) lines.push("", ...text.predict(`programs/${definition.slug}.ts`));
    lines.push("");
  });
  const here = text.thisRepository;
  lines.push(
    text.handingIn,
    "",
    ...text.handingInText,
    "",
    text.locally,
    "",
    text.locallyText,
    "",
    "```sh",
    `git clone --depth 1 --branch ${options.ref} ${options.repository} looplab`,
    "cd looplab && npm ci",
    `npm run course -- run ../${here}/submission/<exercise>.ts --exercise <exercise>`,
    `npm run course -- grade <exercise> ../${here}/submission/<exercise>.ts`,
    "```",
    "",
  );
  return lines.join("\n");
}
