import { describe, expect, it } from "vitest";
import { langOfPath, pathInLang, pathWithoutLang } from "../../src/i18n/paths.ts";

describe("langOfPath", () => {
  it("reads Korean from the /ko/ prefix and English everywhere else", () => {
    expect(langOfPath("ko/lessons/01-why-async/")).toBe("ko");
    expect(langOfPath("ko")).toBe("ko");
    expect(langOfPath("lessons/01-why-async/")).toBe("en");
    expect(langOfPath("kobold/")).toBe("en");
    expect(langOfPath("")).toBe("en");
  });
});

describe("pathWithoutLang", () => {
  it("removes the language prefix and leaves English paths as they are", () => {
    expect(pathWithoutLang("ko/progress/")).toBe("progress/");
    expect(pathWithoutLang("ko/")).toBe("");
    expect(pathWithoutLang("/progress/")).toBe("progress/");
  });
});

describe("pathInLang", () => {
  it("gives the twin of a page in each language", () => {
    expect(pathInLang("lessons/01-why-async/", "ko")).toBe("ko/lessons/01-why-async/");
    expect(pathInLang("ko/lessons/01-why-async/", "en")).toBe("lessons/01-why-async/");
    expect(pathInLang("ko/lessons/01-why-async/", "ko")).toBe("ko/lessons/01-why-async/");
    expect(pathInLang("", "ko")).toBe("ko/");
    expect(pathInLang("ko/", "en")).toBe("");
  });
});
