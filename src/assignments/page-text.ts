/**
 * The words of the assignment pages (an assignment file's page and the link page) in each of the
 * course's languages. The exercises inside bring their own; these are the page's frame.
 */

import type { Lang } from "../i18n/lang.ts";
import type { Assignment } from "./assignment.ts";
import { LINK_PROBLEMS, type LinkProblem } from "./link.ts";

export interface AssignmentPageText {
  /** Before the due date. */
  due: string;
  hintsOff: string;
  solutionsOff: string;
  /** The page's description, for an assignment of `count` exercises. */
  description: (count: number) => string;
  handInTitle: string;
  handInIntro: string;
  studentLabel: string;
  handInButton: string;
  /** After saving `file`, which holds `saved` of the assignment's `total` exercises. */
  saved: (file: string, saved: number, total: number) => string;
  /** The link page's title and description before it has read the link. */
  linkTitle: string;
  linkDescription: string;
  opening: string;
  needsScript: string;
  cannotOpen: string;
  /** What a student reads for each way a link can be broken, in this language. */
  linkProblems: Record<Exclude<LinkProblem, "invalid">, string>;
  /** Above the schema's problems (in English: they are the teacher's to fix). */
  invalidLink: string;
}

export const PAGE_TEXT: Record<Lang, AssignmentPageText> = {
  en: {
    due: "Due:",
    hintsOff: "Hints are turned off.",
    solutionsOff: "Solutions are not shown.",
    description: (count) => `An assignment of ${count} exercise(s).`,
    handInTitle: "Hand in",
    handInIntro:
      "When you are done, save your hand-in file and give it to your teacher. It holds your best graded submission of each exercise above.",
    studentLabel: "Your name (written into the file)",
    handInButton: "Save my hand-in file",
    saved: (file, saved, total) => `Saved ${file} with ${saved} of ${total} exercise(s). Hand in this file.`,
    linkTitle: "Assignment",
    linkDescription: "An assignment your teacher sent as a link.",
    opening: "Opening the assignment…",
    needsScript: "This page reads the assignment from its link: it needs JavaScript.",
    cannotOpen: "This assignment link cannot be opened",
    linkProblems: LINK_PROBLEMS,
    invalidLink: "The assignment in this link has mistakes; please tell your teacher:",
  },
  ko: {
    due: "마감:",
    hintsOff: "힌트는 제공되지 않습니다.",
    solutionsOff: "풀이는 공개되지 않습니다.",
    description: (count) => `연습 문제 ${count}개로 이루어진 과제입니다.`,
    handInTitle: "제출하기",
    handInIntro:
      "다 풀었으면 제출 파일을 저장해 선생님께 드리세요. 파일에는 위의 연습 문제마다 채점받은 제출 가운데 가장 좋은 것이 담깁니다.",
    studentLabel: "이름 (파일에 기록됩니다)",
    handInButton: "제출 파일 저장",
    saved: (file, saved, total) =>
      `제출 파일을 저장했습니다(${file}). 연습 문제 ${total}개 중 ${saved}개가 담겨 있습니다. 이 파일을 제출하세요.`,
    linkTitle: "과제",
    linkDescription: "선생님이 링크로 보낸 과제입니다.",
    opening: "과제를 여는 중입니다…",
    needsScript: "이 페이지는 링크에서 과제를 읽어 오므로 JavaScript가 필요합니다.",
    cannotOpen: "이 과제 링크를 열 수 없습니다",
    linkProblems: {
      empty: "이 주소에는 과제가 없습니다. 선생님이 준 링크 전체를 여세요.",
      foreign:
        "과제 링크가 아닙니다(링크는 #a1. 뒤에 영문자와 숫자가 이어지는 형태로 끝나야 합니다). 링크 전체를 다시 복사하세요.",
      "too-long": "과제 링크가 너무 깁니다.",
      damaged:
        "과제 링크가 손상되었습니다. 일부가 빠졌거나 바뀌었습니다. 선생님이 준 링크 전체를 다시 복사하세요.",
      "too-large": "과제 링크를 풀면 과제 하나에 담을 수 있는 양보다 큽니다.",
    },
    invalidLink: "이 링크에 담긴 과제에 잘못된 부분이 있습니다. 선생님께 알려 주세요:",
  },
};

/** The sentences about the options that are off ("Hints are turned off."), in `lang`. */
export function assignmentRules(assignment: Assignment, lang: Lang): string[] {
  const text = PAGE_TEXT[lang];
  return [assignment.hints ? null : text.hintsOff, assignment.solutions ? null : text.solutionsOff].filter(
    (rule) => rule !== null,
  );
}
