/**
 * What the assignment check says about a file that is not a valid assignment, in the teacher's
 * language (`course assignment`, `grade-batch --assignment`). Field names, slugs and example values
 * stay as they are written in the file. A problem with a field reads `<file>: "<field>"` followed
 * by its message, so each message brings its own separator (a space in English; Korean attaches
 * its particle to the quoted name).
 */
import type { Lang } from "../i18n/lang.ts";

export interface AssignmentWords {
  notObject: (file: string) => string;
  unknownField: (p: { file: string; key: string; fields: string }) => string;
  id: string;
  title: string;
  exercises: string;
  notSlug: string;
  repeats: (slug: string) => string;
  notExercise: (slug: string) => string;
  didYouMean: (slugs: string[]) => string;
  boolean: string;
  due: string;
  points: string;
  instructions: string;
  lang: (p: { langs: string; absent: string }) => string;
  /** The heading above the list of problems. */
  invalid: string;
  /** How problems name an assignment that came in a link. */
  linkLabel: string;
  cannotRead: (p: { source: string; code: string }) => string;
  notJson: (p: { source: string; why: string }) => string;
}

const en: AssignmentWords = {
  notObject: (file) => `${file}: an assignment is a JSON object with "id", "title" and "exercises".`,
  unknownField: (p) => `${p.file}: unknown field "${p.key}" (the fields are ${p.fields}).`,
  id: ' must be lowercase letters, digits and single dashes, like "week-3".',
  title: " must be a non-empty string.",
  exercises: " must be a non-empty list of exercise slugs (`npm run course -- list` shows them).",
  notSlug: " must be an exercise slug (a string).",
  repeats: (slug) => ` repeats "${slug}".`,
  notExercise: (slug) => ` is not an exercise: there is no "${slug}".`,
  didYouMean: (slugs) => ` Did you mean ${slugs.join(" or ")}?`,
  boolean: " must be true or false.",
  due: ' must be a date like "2026-12-15" or "2026-12-15T17:00:00+01:00".',
  points: " must be a positive whole number.",
  instructions: " must be a string.",
  lang: (p) => ` must be one of ${p.langs} (absent: ${p.absent}).`,
  invalid: "Invalid assignment:",
  linkLabel: "the assignment link",
  cannotRead: (p) => `Cannot read the assignment ${p.source}: ${p.code}.`,
  notJson: (p) => `${p.source}: not valid JSON: ${p.why}.`,
};

const ko: AssignmentWords = {
  notObject: (file) => `${file}: 과제는 "id", "title", "exercises" 필드가 있는 JSON 객체여야 합니다.`,
  unknownField: (p) => `${p.file}: "${p.key}" 필드는 알 수 없는 필드입니다 (쓸 수 있는 필드: ${p.fields}).`,
  id: ' 필드는 "week-3"처럼 영어 소문자와 숫자, 하나씩 떨어진 대시로만 써야 합니다.',
  title: " 필드는 비어 있지 않은 문자열이어야 합니다.",
  exercises:
    " 필드는 연습 문제 슬러그를 하나 이상 담은 목록이어야 합니다 (`npm run course -- list`로 볼 수 있습니다).",
  notSlug: " 항목은 연습 문제 슬러그(문자열)여야 합니다.",
  repeats: (slug) => ` 항목: "${slug}" 연습 문제가 두 번 들어 있습니다.`,
  notExercise: (slug) => ` 항목: "${slug}"라는 연습 문제는 없습니다.`,
  didYouMean: (slugs) => ` ${slugs.join(", ")}${slugs.length > 1 ? " 가운데 하나를" : "을(를)"} 뜻하셨나요?`,
  boolean: " 필드는 true 또는 false여야 합니다.",
  due: ' 필드는 "2026-12-15"나 "2026-12-15T17:00:00+01:00" 같은 날짜여야 합니다.',
  points: " 필드는 양의 정수여야 합니다.",
  instructions: " 필드는 문자열이어야 합니다.",
  lang: (p) => ` 필드는 ${p.langs} 가운데 하나여야 합니다 (없으면 ${p.absent}).`,
  invalid: "과제가 올바르지 않습니다:",
  linkLabel: "과제 링크",
  cannotRead: (p) => `과제 파일 ${p.source}을(를) 읽을 수 없습니다: ${p.code}.`,
  notJson: (p) => `${p.source}: 올바른 JSON이 아닙니다: ${p.why}.`,
};

const WORDS: Record<Lang, AssignmentWords> = { en, ko };

/** The assignment check's words in `lang`. */
export function assignmentWords(lang: Lang): AssignmentWords {
  return WORDS[lang];
}
