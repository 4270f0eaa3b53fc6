// StreamReader fed by loop callbacks (no network): readline() waits for a whole line,
// readexactly() raises IncompleteReadError at EOF, readuntil() respects the limit.
import * as asyncio from "asyncio";

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const reader = new asyncio.StreamReader(32);
  const chunks: [number, string][] = [
    [0.5, "GET /"],
    [1.0, "index HTTP/1.0\nHost: a\n"],
    [1.5, "x".repeat(40) + "\nbody"],
  ];
  for (const [delay, data] of chunks) {
    loop.callLater(delay, (d: string) => reader.feedData(d), data);
  }
  loop.callLater(2.0, () => reader.feedEof());

  let line = await reader.readline();
  print(`${loop.time().toFixed(1)} line ${JSON.stringify(line).replace(/"/g, "'")}`);
  line = await reader.readuntil(": ");
  print(`${loop.time().toFixed(1)} until '${line}'`);
  print(`${loop.time().toFixed(1)} exactly '${(await reader.readexactly(2)).replace("\n", "\\n")}'`);
  try {
    await reader.readline();
  } catch (e) {
    print(`${loop.time().toFixed(1)} ${(e as Error).name}: ${(e as Error).message}`);
  }
  try {
    await reader.readexactly(10);
  } catch (e) {
    if (!(e instanceof asyncio.IncompleteReadError)) throw e;
    print(`${loop.time().toFixed(1)} ${e.name}: ${e.message} (partial '${e.partial}')`);
  }
  print(`at eof: ${reader.atEof()}, read: b'${await reader.read()}'`);
}

asyncio.run(main());
