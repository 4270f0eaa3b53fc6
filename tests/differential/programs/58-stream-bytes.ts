// Streams carry bytes: a StreamReader fed bytes in pieces (a character split between two of
// them) returns bytes, sizes count bytes, and decode() turns them into text.
import * as asyncio from "asyncio";

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const reader = new asyncio.StreamReader<Uint8Array>(2 ** 16, loop, { binary: true });
  const encoded = new TextEncoder().encode("héllo wörld\n€ and more");
  print("encoded", encoded.length, "bytes");
  loop.callLater(0.5, (d: Uint8Array) => reader.feedData(d), encoded.slice(0, 2));
  loop.callLater(1.0, (d: Uint8Array) => reader.feedData(d), encoded.slice(2, 9));
  const last = new Uint8Array([...encoded.slice(9), 0, 255]);
  loop.callLater(1.5, (d: Uint8Array) => reader.feedData(d), last);
  loop.callLater(2.0, () => reader.feedEof());

  const first = await reader.readexactly(3);
  print(`${loop.time().toFixed(1)} exactly`, first.length, "bytes:", Array.from(first), decode(first));
  const line = await reader.readuntil(new TextEncoder().encode("\n"));
  print(`${loop.time().toFixed(1)} line of`, line.length, "bytes:", decode(line).trim());
  const euro = await reader.readexactly(3);
  const same = euro.every((byte, i) => byte === new TextEncoder().encode("€")[i]);
  print(`${loop.time().toFixed(1)} euro:`, decode(euro), "same as encode():", same);
  const rest = await reader.read();
  print(`${loop.time().toFixed(1)} rest`, Array.from(rest.slice(-3)), decode(rest.slice(0, -2)).trim());
  print("at eof:", reader.atEof());
  try {
    await reader.readexactly(1);
  } catch (e) {
    if (!(e instanceof asyncio.IncompleteReadError)) throw e;
    print(`${e.name}: ${e.message}`, Array.from(e.partial as Uint8Array));
  }
}

asyncio.run(main());
