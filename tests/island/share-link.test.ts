import { describe, expect, it } from "vitest";
import { decodeShare, encodeShare } from "../../src/island/share-link.ts";

describe("encodeShare / decodeShare", () => {
  it("round-trips a program and its world through a URL hash", async () => {
    const program = {
      code: 'import * as asyncio from "asyncio";\nprint("héllo ✓");\n',
      world: { delays: [2, 3] },
    };
    const hash = await encodeShare(program);
    expect(hash).toMatch(/^code=[A-Za-z0-9_-]+$/);
    expect(await decodeShare(`#${hash}`)).toEqual({ ok: true, program });
  });

  it("compresses: a long repetitive program makes a short link", async () => {
    const code = 'print("tick");\n'.repeat(200);
    const hash = await encodeShare({ code });
    expect(hash.length).toBeLessThan(code.length / 10);
  });

  it("returns null when the hash carries no program", async () => {
    expect(await decodeShare("#section-2")).toBeNull();
    expect(await decodeShare("")).toBeNull();
  });

  it("reports a truncated link as damaged instead of throwing", async () => {
    const hash = await encodeShare({ code: "print(1);\n".repeat(50) });
    const result = await decodeShare(hash.slice(0, 20));
    expect(result).toEqual({ ok: false });
  });
});
