/**
 * UTF-8, and the `TextEncoder`/`TextDecoder` globals QuickJS lacks: what Python's `str.encode()`
 * and `bytes.decode()` are in TypeScript. The streams and transports carry bytes (`Uint8Array`);
 * strings written to them travel as their UTF-8 encoding.
 */

/** U+FFFD, what an invalid sequence decodes to (unless the decoder is fatal). */
const REPLACEMENT = 0xfffd;

/** The UTF-8 encoding of `text`; a lone surrogate encodes as U+FFFD, as `TextEncoder` does. */
export function encodeUtf8(text: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (low - 0xdc00);
        i += 1;
      }
    }
    if (c >= 0xd800 && c <= 0xdfff) c = REPLACEMENT;
    if (c < 0x80) bytes.push(c);
    else if (c < 0x800) bytes.push(0xc0 | (c >> 6), 0x80 | (c & 0x3f));
    else if (c < 0x10000) bytes.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    else {
      bytes.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 0x3f), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
    }
  }
  return Uint8Array.from(bytes);
}

/** How many bytes a sequence starting with `lead` has (0: not a valid lead byte). */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/** The range the byte after `lead` must be in (the WHATWG decoder's bounds). */
function secondByteRange(lead: number): [number, number] {
  if (lead === 0xe0) return [0xa0, 0xbf];
  if (lead === 0xed) return [0x80, 0x9f];
  if (lead === 0xf0) return [0x90, 0xbf];
  if (lead === 0xf4) return [0x80, 0x8f];
  return [0x80, 0xbf];
}

/**
 * How many bytes at the end of `bytes[0, end)` begin a sequence that is not complete yet: a
 * streaming decoder keeps them for the next chunk.
 */
export function incompleteTail(bytes: ArrayLike<number>, end = bytes.length): number {
  for (let back = 1; back <= 3 && back <= end; back++) {
    const byte = bytes[end - back];
    if ((byte & 0xc0) !== 0x80) {
      const length = sequenceLength(byte);
      return length > back ? back : 0;
    }
  }
  return 0;
}

/** Decodes UTF-8; invalid sequences become U+FFFD, or throw a TypeError when `fatal`. */
export function decodeUtf8(bytes: ArrayLike<number>, fatal = false): string {
  const units: number[] = [];
  let text = "";
  const invalid = (): void => {
    if (fatal) throw new TypeError("The encoded data was not valid for encoding utf-8");
    units.push(REPLACEMENT);
  };
  let i = 0;
  while (i < bytes.length) {
    const lead = bytes[i];
    const length = sequenceLength(lead);
    if (length === 1) {
      units.push(lead);
      i += 1;
    } else if (length === 0) {
      invalid();
      i += 1;
    } else {
      let code = lead & (0xff >> (length + 1));
      let taken = 1;
      let [low, high] = secondByteRange(lead);
      while (taken < length && i + taken < bytes.length) {
        const byte = bytes[i + taken];
        if (byte < low || byte > high) break;
        code = (code << 6) | (byte & 0x3f);
        taken += 1;
        [low, high] = [0x80, 0xbf];
      }
      if (taken < length) {
        invalid();
        i += taken;
        continue;
      }
      i += length;
      if (code >= 0x10000) {
        code -= 0x10000;
        units.push(0xd800 + (code >> 10), 0xdc00 + (code & 0x3ff));
      } else units.push(code);
    }
    if (units.length >= 8192) {
      text += String.fromCharCode(...units);
      units.length = 0;
    }
  }
  return text + String.fromCharCode(...units);
}

function toBytes(input: unknown): Uint8Array {
  if (input === undefined) return new Uint8Array(0);
  if (input instanceof Uint8Array) return input;
  if (input instanceof ArrayBuffer) return new Uint8Array(input);
  if (ArrayBuffer.isView(input)) return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeError("TextDecoder.decode() takes a Uint8Array, another typed array or an ArrayBuffer");
}

function checkLabel(label: string): void {
  const normalized = String(label).trim().toLowerCase();
  if (normalized !== "utf-8" && normalized !== "utf8" && normalized !== "unicode-1-1-utf-8") {
    throw new RangeError(`The encoding '${label}' is not supported here: only utf-8 is`);
  }
}

/** `new TextEncoder().encode(text)`: Python's `text.encode()`. */
export class TextEncoder {
  readonly encoding = "utf-8";

  encode(input = ""): Uint8Array {
    return encodeUtf8(String(input));
  }

  /** Writes as much of `source` as fits into `destination`, whole characters only. */
  encodeInto(source: string, destination: Uint8Array): { read: number; written: number } {
    let read = 0;
    let written = 0;
    for (const char of String(source)) {
      const bytes = encodeUtf8(char);
      if (written + bytes.length > destination.length) break;
      destination.set(bytes, written);
      written += bytes.length;
      read += char.length;
    }
    return { read, written };
  }
}

/** `new TextDecoder().decode(bytes)`: Python's `data.decode()`. Only UTF-8. */
export class TextDecoder {
  readonly encoding = "utf-8";
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  /** Bytes of a character that a `{ stream: true }` chunk ended in the middle of. */
  private pending: number[] = [];
  private seenStart = false;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    checkLabel(label);
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  decode(input?: unknown, options: { stream?: boolean } = {}): string {
    const chunk = toBytes(input);
    const bytes = this.pending.length > 0 ? [...this.pending, ...chunk] : chunk;
    const keep = options.stream ? incompleteTail(bytes) : 0;
    this.pending = keep > 0 ? Array.from(bytes).slice(bytes.length - keep) : [];
    let text = decodeUtf8(keep > 0 ? Array.from(bytes).slice(0, bytes.length - keep) : bytes, this.fatal);
    if (!this.seenStart && text.length > 0) {
      if (!this.ignoreBOM && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      this.seenStart = true;
    }
    if (!options.stream) this.seenStart = false;
    return text;
  }
}
