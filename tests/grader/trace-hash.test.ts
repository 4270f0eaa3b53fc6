import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { canonicalJson, sha256, traceHash } from "../../src/grader/index.ts";
import { concurrentDelays } from "./trace-builder.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { z: true, y: null }], c: "x" } })).toBe(
      '{"a":{"c":"x","d":[1,{"y":null,"z":true}]},"b":1}',
    );
  });

  it("drops undefined members and writes undefined array items as null", () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
  });

  it("writes numbers and strings as JSON.stringify does", () => {
    expect(canonicalJson([0.1, 3, -0, 1e21, "é\n\u2028"])).toBe(
      JSON.stringify([0.1, 3, -0, 1e21, "é\n\u2028"]),
    );
  });

  it("rejects non-finite numbers", () => {
    expect(() => canonicalJson({ t: Infinity })).toThrow("Infinity is not a JSON number");
  });

  it("does not depend on the order keys were written in", () => {
    expect(canonicalJson({ x: 1, y: 2 })).toBe(canonicalJson({ y: 2, x: 1 }));
  });
});

describe("traceHash", () => {
  it("is the SHA-256 of the canonical JSON of the traces, as sha256:<hex>", async () => {
    const traces = [concurrentDelays(2, 3), concurrentDelays(4, 1)];
    const expected = createHash("sha256").update(canonicalJson(traces), "utf8").digest("hex");
    expect(await traceHash(traces)).toBe(`sha256:${expected}`);
  });

  it("changes when one event changes", async () => {
    const a = concurrentDelays(2, 3);
    const b = concurrentDelays(2, 3);
    b.events[3] = { ...b.events[3], t: 0.001 };
    expect(await traceHash([a])).not.toBe(await traceHash([b]));
  });

  it("hashes UTF-8 text", async () => {
    expect(await sha256("é")).toBe(`sha256:${createHash("sha256").update("é", "utf8").digest("hex")}`);
  });
});
