/**
 * The sandbox's `TextEncoder` and `TextDecoder` (runtime/guest/textcodec.ts) against Node's own,
 * which follow the WHATWG Encoding standard: the same bytes for every string, the same text
 * (replacement characters included) for every byte sequence.
 */
import { describe, expect, it } from "vitest";
import { useSandbox } from "./kit.ts";

const run = useSandbox();

const TEXTS = ["", "plain ascii", "héllo wörld", "€ 1,00", "𝄞 clef", "lone \ud800 surrogate", "end \udfff"];

const SEQUENCES: number[][] = [
  [0x68, 0xc3, 0xa9],
  [0xc3],
  [0xe2, 0x82],
  [0xe2, 0x82, 0xac, 0xff],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xf0, 0x9d, 0x84, 0x9e],
  [0xf4, 0x90, 0x80, 0x80],
  [0x80, 0x41, 0xbf],
  [0xef, 0xbb, 0xbf, 0x41],
];

describe("TextEncoder.encode", () => {
  it("gives the bytes Node's TextEncoder gives", () => {
    const result = run(
      `for (const text of ${JSON.stringify(TEXTS)}) print(Array.from(new TextEncoder().encode(text)).join(","));`,
    );
    expect(result.output).toEqual(TEXTS.map((text) => Array.from(new TextEncoder().encode(text)).join(",")));
  });
});

describe("TextDecoder.decode", () => {
  it("gives the text Node's TextDecoder gives, replacement characters included", () => {
    const result = run(`for (const bytes of ${JSON.stringify(SEQUENCES)}) {
  print(JSON.stringify(new TextDecoder().decode(new Uint8Array(bytes))));
}`);
    expect(result.output).toEqual(
      SEQUENCES.map((bytes) => JSON.stringify(new TextDecoder().decode(new Uint8Array(bytes)))),
    );
  });

  it("keeps a character split between chunks for the next chunk when streaming", () => {
    const result = run(`const decoder = new TextDecoder();
const bytes = new TextEncoder().encode("a€b");
print(JSON.stringify(decoder.decode(bytes.slice(0, 2), { stream: true })), JSON.stringify(decoder.decode(bytes.slice(2))));`);
    expect(result.output).toEqual(['"a" "€b"']);
  });

  it("throws a TypeError on invalid bytes when fatal, and refuses other encodings", () => {
    const result = run(`try {
  new TextDecoder("utf-8", { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  print((e as Error).name);
}
try {
  new TextDecoder("latin1" as "utf-8");
} catch (e) {
  print((e as Error).name, (e as Error).message);
}`);
    expect(result.output).toEqual([
      "TypeError",
      "RangeError The encoding 'latin1' is not supported here: only utf-8 is",
    ]);
  });
});
