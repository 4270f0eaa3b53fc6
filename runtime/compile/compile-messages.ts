/**
 * The compile step's own sentences, in the languages the course is written in: TypeScript's
 * messages come from its translations (`diagnostic-locale.ts`), these are the sandbox's. They are
 * chosen by the same locale name, so a Korean compile says everything in Korean.
 */

export interface CompileMessages {
  tooLong(kilobytes: number, maxKilobytes: number): string;
  tooDeep: string;
  failed(detail: string): string;
  reserved(name: string): string;
  /** Appended to the first error when there are others. */
  more(count: number): string;
}

const ENGLISH: CompileMessages = {
  tooLong: (kilobytes, maxKilobytes) =>
    `The program is ${kilobytes} KB long; the sandbox accepts programs up to ${maxKilobytes} KB.`,
  tooDeep:
    "The program nests too deeply for the compiler (thousands of brackets or blocks inside each other).",
  failed: (detail) => `The compiler could not handle this program: ${detail}`,
  reserved: (name) => `The name \`${name}\` is reserved by the sandbox; choose another name.`,
  more: (count) => ` (and ${count} more)`,
};

// No particle follows an interpolated value: Korean particles depend on the word before them.
const KOREAN: CompileMessages = {
  tooLong: (kilobytes, maxKilobytes) =>
    `프로그램 크기는 ${kilobytes}KB입니다. 샌드박스는 최대 ${maxKilobytes}KB 크기의 프로그램을 받습니다.`,
  tooDeep:
    "프로그램이 컴파일러가 다룰 수 없을 만큼 깊이 중첩되어 있습니다(수천 개의 괄호나 블록이 겹겹이 들어 있습니다).",
  failed: (detail) => `컴파일러가 이 프로그램을 처리하지 못했습니다: ${detail}`,
  reserved: (name) => `\`${name}\` 이름은 샌드박스가 쓰는 이름입니다. 다른 이름을 고르세요.`,
  more: (count) => ` (그 밖의 오류 ${count}개)`,
};

const BY_LOCALE: Readonly<Record<string, CompileMessages>> = { en: ENGLISH, ko: KOREAN };

/** The sentences for `locale` (a locale name such as `ko`); English for none or an unknown one. */
export function compileMessages(locale: string | undefined): CompileMessages {
  return (locale !== undefined ? BY_LOCALE[locale] : undefined) ?? ENGLISH;
}
