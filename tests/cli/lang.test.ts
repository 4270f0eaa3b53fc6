import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chooseLang, langOfArgs } from "../../src/cli/lang.ts";
import { CLI_CATALOGS } from "../../src/cli/messages/index.ts";
import type { BatchReport } from "../../src/cli/commands/classroom/batch-report.ts";
import { loadExercise } from "../../src/exercise-folders/load.ts";
import type { ExerciseTranslation, GradeResult } from "../../src/grader/index.ts";
import { LANGS } from "../../src/i18n/lang.ts";
import { makeBundle, progressFile } from "./make-bundle.ts";
import { runCli } from "./run-cli.ts";

const twoDelays = await loadExercise("two-delays");
const ko = twoDelays.translations?.ko as ExerciseTranslation;

describe("chooseLang", () => {
  it("takes --lang first, then LOOPLAB_LANG, then a Korean locale", () => {
    expect(chooseLang("ko", { LOOPLAB_LANG: "en" })).toEqual({ ok: true, lang: "ko" });
    expect(chooseLang(undefined, { LOOPLAB_LANG: "ko", LANG: "en_US.UTF-8" })).toEqual({
      ok: true,
      lang: "ko",
    });
    expect(chooseLang(undefined, { LANG: "ko_KR.UTF-8" })).toEqual({ ok: true, lang: "ko" });
    expect(chooseLang(undefined, { LC_ALL: "ko_KR.UTF-8", LANG: "en_US.UTF-8" })).toEqual({
      ok: true,
      lang: "ko",
    });
    expect(chooseLang(undefined, { LC_ALL: "C", LANG: "ko_KR.UTF-8" })).toEqual({ ok: true, lang: "en" });
    expect(chooseLang(undefined, { LANG: "de_DE.UTF-8" })).toEqual({ ok: true, lang: "en" });
    expect(chooseLang(undefined, {})).toEqual({ ok: true, lang: "en" });
  });

  it("refuses a language the course does not have, in both languages", () => {
    const choice = chooseLang("fr", {});
    expect(choice.ok).toBe(false);
    if (!choice.ok)
      expect(choice.message).toBe(
        '--lang must be one of en, ko (got "fr"). / --lang 값은 en, ko 중 하나여야 합니다.',
      );
    expect(chooseLang(undefined, { LOOPLAB_LANG: "jp" }).ok).toBe(false);
  });

  it("reads --lang from the arguments before they are parsed", () => {
    expect(langOfArgs(["grade", "--lang", "ko", "x.ts"], {})).toEqual({ ok: true, lang: "ko" });
    expect(langOfArgs(["--lang=ko"], {})).toEqual({ ok: true, lang: "ko" });
    expect(langOfArgs(["--", "--lang", "ko"], {})).toEqual({ ok: true, lang: "en" });
  });
});

describe("the CLI's message catalogs", () => {
  const shape = (node: unknown): unknown =>
    typeof node === "object" && node !== null && !Array.isArray(node)
      ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, shape(v)]))
      : typeof node;
  for (const lang of LANGS) {
    it(`${lang}: has every entry of the English catalog, and no empty one`, () => {
      expect(shape(CLI_CATALOGS[lang])).toEqual(shape(CLI_CATALOGS.en));
      const texts = JSON.stringify(CLI_CATALOGS[lang]);
      expect(texts).not.toMatch(/:""/);
    });
  }
});

describe("course grade --lang ko", () => {
  it("reports in Korean with the exercise's Korean title and check names", async () => {
    const run = await runCli(["grade", "two-delays", "exercises/two-delays/starter.ts", "--lang", "ko"]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(`two-delays — ${ko.title}: 실패 (검사 8개 중 4개 통과)`);
    expect(lines).toContain(`  ✗ ${ko.checks["both delays start before either finishes"].name}`);
    expect(run.stdout).toContain(`힌트: ${ko.checks["both delays start before either finishes"].hint}`);
  });

  it("keeps the JSON fields English and adds Korean labels and messages", async () => {
    const run = await runCli(["grade", "two-delays", "exercises/two-delays/starter.ts", "--json"], {
      LOOPLAB_LANG: "ko",
    });
    const result = JSON.parse(run.stdout) as GradeResult;
    expect(result.status).toBe("fail");
    expect(result.checks.map((c) => c.name)).toEqual(Object.keys(twoDelays.definition.checks));
    const failed = result.checks.find((c) => c.status === "fail");
    expect(failed?.label).toBe(ko.checks[failed?.name ?? ""].name);
    expect(failed?.variant).toBe("2 s and 3 s");
    expect(failed?.message).toMatch(/^지연이 2초와 3초일 때: /);
  });

  it("follows a Korean locale, and says usage errors in Korean", async () => {
    const run = await runCli(["grade", "no-such-exercise", "exercises/two-delays/starter.ts"], {
      LANG: "ko_KR.UTF-8",
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^"no-such-exercise" 연습 문제가 없습니다\./);
    expect(run.stderr).toContain("사용법: npm run course -- grade");
  });

  it("refuses an unknown language with a usage error", async () => {
    const run = await runCli(["grade", "two-delays", "exercises/two-delays/starter.ts", "--lang", "fr"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--lang must be one of en, ko (got "fr")');
  });
});

describe("course run --lang ko", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "looplab-lang-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("explains a deadlock in Korean", async () => {
    const file = join(dir, "stuck.ts");
    await writeFile(
      file,
      'import * as asyncio from "asyncio";\nasync function main() { const q = new asyncio.Queue(); await q.get(); }\nasyncio.run(main());\n',
    );
    const run = await runCli(["run", file, "--lang", "ko"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("기다리는 태스크:");
    expect(run.stderr).toContain("Task-1 태스크가 Queue.get()에서 기다리는 중 (stuck.ts:2)");
    expect(run.stderr).not.toContain("Deadlock: nothing can run");
  });

  it("prints TypeScript's compile errors in Korean, and in English without --lang", async () => {
    const file = join(dir, "broken.ts");
    await writeFile(file, "const total = ;\n");
    const korean = await runCli(["run", file, "--lang", "ko"]);
    expect(korean.code).toBe(1);
    expect(korean.stderr).toContain("broken.ts:1:15: SyntaxError: 식이 필요합니다.");
    const english = await runCli(["run", file]);
    expect(english.stderr).toContain("broken.ts:1:15: SyntaxError: Expression expected.");
  });

  it("grades a program that does not compile with TypeScript's Korean message", async () => {
    const file = join(dir, "unclosed.ts");
    await writeFile(file, 'import * as asyncio from "asyncio";\nasyncio.run(main();\n');
    const run = await runCli(["grade", "two-delays", file, "--lang", "ko"]);
    expect(run.stdout).toContain("')'이(가) 필요합니다.");
    expect(run.stdout).not.toContain("expected");
  });
});

describe("course list --lang ko", () => {
  it("titles the exercises in Korean, with Korean column headings", async () => {
    const run = await runCli(["list", "--lang", "ko"]);
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toMatch(/^강의\s+slug\s+종류\s+검사\s+제목$/);
    const row = lines.find((line) => line.includes(" two-delays "));
    expect(row?.endsWith(ko.title)).toBe(true);
    // Columns line up on screen: a Korean heading takes two cells per syllable.
    expect(lines[0].indexOf("slug") + 2).toBe(row?.indexOf("two-delays"));
  });

  it("adds the Korean title to the JSON as label", async () => {
    const run = await runCli(["list", "--json", "--lang", "ko"]);
    const listed = JSON.parse(run.stdout) as { slug: string; title: string; label?: string }[];
    expect(listed.find((e) => e.slug === "two-delays")).toMatchObject({
      title: twoDelays.definition.title,
      label: ko.title,
    });
  });
});

describe("course grade-batch --lang ko", () => {
  let dir: string;
  let report: BatchReport;
  let stderr: string;
  let csv: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "looplab-lang-class-"));
    const classDir = join(dir, "class");
    await mkdir(join(classDir, "김민지"), { recursive: true });
    await mkdir(join(classDir, "이서준"), { recursive: true });
    await writeFile(join(classDir, "김민지", "two-delays.ts"), twoDelays.solution);
    await writeFile(join(classDir, "이서준", "two-delays.ts"), twoDelays.starter);
    // A progress file without a student field: the student is named after the file.
    const handedIn = progressFile(2, [await makeBundle("two-delays", twoDelays.solution)]);
    await writeFile(join(classDir, "박지우.json"), JSON.stringify(handedIn));
    const args = ["grade-batch", classDir, "--lang", "ko"];
    const json = await runCli([...args, "--format", "json", "--out", join(dir, "report.json")]);
    expect(json.code, json.stderr).toBe(0);
    stderr = json.stderr;
    report = JSON.parse(await readFile(join(dir, "report.json"), "utf8")) as BatchReport;
    csv = (await runCli([...args, "--format", "csv"])).stdout;
  }, 120_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps Korean student names from the folder names", () => {
    expect(report.students.map((s) => s.student)).toEqual(["김민지", "박지우", "이서준"]);
    expect(report.students[1].rows.find((r) => r.exercise === "two-delays")).toMatchObject({
      status: "pass",
      reproduced: true,
    });
    expect(csv.split("\r\n").filter((line) => line.startsWith("이서준,two-delays,"))).toHaveLength(1);
  });

  it("writes Korean messages and labels under English fields", () => {
    const row = report.students[2].rows.find((r) => r.exercise === "two-delays");
    expect(row).toMatchObject({ student: "이서준", exercise: "two-delays", status: "fail" });
    expect(row?.message).toMatch(
      new RegExp(`^${ko.checks["both delays start before either finishes"].name}: `),
    );
    expect(row?.result?.checks[1]).toMatchObject({
      name: "both delays start before either finishes",
      label: ko.checks["both delays start before either finishes"].name,
    });
    expect(csv.split("\r\n")[0]).toBe("student,exercise,lesson,status,passed,total,message");
  });

  it("reports a missing submission in Korean", () => {
    const row = report.students[0].rows.find((r) => r.exercise === "bob-juggles");
    expect(row).toMatchObject({
      status: "missing",
      message: "제출물 없음: 김민지/bob-juggles.ts 파일이 없습니다.",
    });
  });

  it("sums up on standard error in Korean", () => {
    expect(stderr).toMatch(/^학생 3명의 제출물 3개를 [\d.]+초 동안 채점했습니다/);
  });
});

/**
 * An English sentence left in a message: three English words in a row, once what a sentence may
 * quote is taken out (paths, quoted values, options, `npm run …` commands, JSON field names).
 */
function englishIn(message: string): string | null {
  const prose = message
    .replace(/`[^`]*`|npm run course/g, " ")
    .replace(/"[^"]*"|'[^']*'/g, " ")
    .replace(/\S*[/\\]\S*/g, " ")
    .replace(/--?[a-z][\w-]*(=\S+)?/gi, " ")
    .replace(/\b[\w.-]+\.(json|ts|csv)\b/g, " ");
  return /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.exec(prose)?.[0] ?? null;
}

describe("the CLI's usage errors with --lang ko", () => {
  let dir: string;
  const write = async (name: string, text: string): Promise<string> => {
    const file = join(dir, name);
    await writeFile(file, text);
    return file;
  };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "looplab-lang-bad-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** The message before the help, which must be Korean; the help follows it. */
  async function usageError(args: string[]): Promise<string> {
    const run = await runCli([...args, "--lang", "ko"]);
    expect(run.code, run.stderr).toBe(2);
    const message = run.stderr.split("\n\n")[0];
    expect(message, message).toMatch(/[\uac00-\ud7a3]/);
    expect(englishIn(message), message).toBeNull();
    return message;
  }

  it("says in Korean where a JSON file stops being JSON", async () => {
    const file = await write("broken.json", '{\n  "format": "looplab-submission",\n}');
    expect(await usageError(["grade", file])).toBe(
      `${file}: 올바른 JSON이 아닙니다: 3번째 줄 1번째 글자에서 JSON 문법이 맞지 않습니다.`,
    );
    expect(await usageError(["grade", await write("cut.json", '{"submissions": [1,')])).toMatch(
      /값이 끝나기 전에 텍스트가 끝났습니다/,
    );
    expect(await usageError(["grade", await write("empty.json", "")])).toMatch(/파일이 비어 있습니다\.$/);
    expect(await usageError(["grade", await write("word.json", "hello")])).toMatch(
      /JSON 값이 시작할 수 없는 문자가 있습니다: "h"/,
    );
  });

  it("says in Korean what is wrong with a progress file", async () => {
    const v3 = await write("v3.json", JSON.stringify({ format: "looplab-progress", version: 3 }));
    expect(await usageError(["grade", v3])).toMatch(/"version" 값은 1 또는 2 버전이어야 합니다/);
    const named = await write(
      "named.json",
      JSON.stringify({ format: "looplab-progress", version: 2, student: 7, submissions: [] }),
    );
    expect(await usageError(["grade", named])).toMatch(/"student" 값이 있으면 문자열이어야 합니다/);
    const none = await write("none.json", JSON.stringify({ format: "looplab-progress", version: 2 }));
    expect(await usageError(["grade", none])).toMatch(/"submissions" 값은 제출 번들의 배열이어야 합니다/);
    const badBundle = await write(
      "bad-bundle.json",
      JSON.stringify({
        format: "looplab-progress",
        version: 2,
        submissions: [{ format: "looplab-submission" }],
      }),
    );
    expect(await usageError(["grade", badBundle])).toMatch(/submissions\[0\]: "version" 값은 1 버전이어야/);
  });

  it("says in Korean that a file, an exercise, an option or a command is not there", async () => {
    expect(await usageError(["grade", join(dir, "missing.json")])).toMatch(
      /파일을 읽을 수 없습니다: ENOENT$/,
    );
    expect(await usageError(["grade", "no-such-exercise", await write("x.ts", "")])).toMatch(
      /연습 문제가 없습니다/,
    );
    expect(await usageError(["list", "--frob"])).toMatch(/^알 수 없는 옵션입니다: --frob/);
    expect(await usageError(["grade-batch", dir, "--format"])).toBe("--format 옵션에는 값이 필요합니다.");
    expect(await usageError(["run", "x.ts", "--json=yes"])).toBe("--json 옵션은 값을 받지 않습니다.");
    expect(await usageError(["frobnicate"])).toMatch(/^알 수 없는 명령입니다: 'frobnicate'/);
    const notReport = await write("not-a-report.json", "{}");
    expect(await usageError(["merge-reports", notReport, "--format", "csv"])).toMatch(
      /not-a-report\.json 파일은 grade-batch의 JSON 보고서\(버전 \d+\)가 아닙니다\.$/,
    );
  });

  it("lists problems with a class folder's files in Korean", async () => {
    const classDir = join(dir, "class");
    await mkdir(classDir, { recursive: true });
    await writeFile(join(classDir, "broken.json"), "{");
    await writeFile(join(classDir, "v3.json"), JSON.stringify({ format: "looplab-progress", version: 3 }));
    const run = await runCli(["grade-batch", classDir, "--format", "tap", "--lang", "ko"]);
    expect(run.code, run.stderr).toBe(0);
    for (const line of run.stderr.trim().split("\n")) expect(englishIn(line), line).toBeNull();
    expect(run.stderr).toContain("건너뜀: broken.json: 올바른 JSON이 아닙니다: 1번째 줄 2번째 글자에서");
  });

  it("checks an assignment and says what its link holds in Korean", async () => {
    const file = "assignments/week-1-first-tasks-ko.json";
    const check = await runCli(["assignment", "check", file, "--lang", "ko"]);
    expect(check.code, check.stderr).toBe(0);
    expect(check.stdout).toMatch(
      /^assignments\/week-1-first-tasks-ko\.json: "week-1-first-tasks-ko" 과제, 연습 문제 \d+개/,
    );
    const link = await runCli(["--lang", "ko", "assignment", "link", file]);
    expect(link.code, link.stderr).toBe(0);
    expect(englishIn(link.stderr), link.stderr).toBeNull();
    expect(link.stderr).toMatch(/^이 링크에는 "week-1-first-tasks-ko" 과제가 담겨 있습니다/);
    expect(await usageError(["assignment", "frob"])).toMatch(/중 하나를 주어야 합니다\.$/);
  });

  it("lists the commands in Korean, with --lang before the command too", async () => {
    const help = await runCli(["--lang", "ko", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^사용법: npm run course -- <명령> \[옵션\]/);
    for (const line of help.stdout.split("\n").slice(3, 9)) expect(englishIn(line), line).toBeNull();
    const list = await runCli(["--lang", "ko", "list"]);
    expect(list.stdout.split("\n")[0]).toMatch(/^강의\s+slug/);
  });
});
