// Fluent Python's Unicode character finder as a TCP server (Fluent Python, chapter 18),
// driven by many concurrent clients on the simulated network. The index is a small table: the
// sandbox has no Unicode database.
import * as asyncio from "asyncio";
import { world } from "looplab";

const CRLF = "\r\n";
const PROMPT = "?> ";

const NAMES: [string, string][] = [
  ["\u00a2", "CENT SIGN"],
  ["\u00a3", "POUND SIGN"],
  ["\u00a5", "YEN SIGN"],
  ["\u20ac", "EURO SIGN"],
  ["\u2600", "BLACK SUN WITH RAYS"],
  ["\u2601", "CLOUD"],
  ["\u263a", "WHITE SMILING FACE"],
  ["\u2665", "BLACK HEART SUIT"],
  ["\u00b0", "DEGREE SIGN"],
  ["\u00bd", "VULGAR FRACTION ONE HALF"],
  ["\u2603", "SNOWMAN"],
  ["\u2615", "HOT BEVERAGE"],
];

class UnicodeNameIndex {
  findDescriptionStrs(query: string): string[] {
    const words = query.toUpperCase().split(/\s+/);
    return NAMES.filter(([, name]) => words.every((w) => name.split(" ").includes(w))).map(
      ([char, name]) =>
        `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}\t${char}\t${name}`,
    );
  }

  status(query: string, count: number): string {
    return `${count === 0 ? "No" : count} match${count === 1 ? "" : "es"} for '${query}'`;
  }
}

const index = new UnicodeNameIndex();
const quiet = Boolean(world.quiet);

async function handleQueries(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  for (;;) {
    writer.write(PROMPT); // can't await!
    await writer.drain(); // must await!
    const data = await reader.readline();
    const query = data.trim() || "\x00";
    const client = writer.getExtraInfo("peername");
    if (!quiet) print(`Received from ${client}: '${query}'`);
    if (query.charCodeAt(0) < 32) break;
    const lines = index.findDescriptionStrs(query);
    if (lines.length > 0) writer.writelines(lines.map((line) => line + CRLF));
    writer.write(index.status(query, lines.length) + CRLF);
    await writer.drain();
    if (!quiet) print(`Sent ${lines.length} results`);
  }
  if (!quiet) print("Close the client socket");
  writer.close();
}

const QUERIES = ["sign", "black", "cloud", "snowman", "fraction half", "cat"];

async function client(n: number): Promise<string> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 2323);
  await reader.readuntil(PROMPT);
  const query = QUERIES[n % QUERIES.length];
  writer.write(query + CRLF);
  const answer = await reader.readuntil(PROMPT);
  writer.write("\x03" + CRLF); // Ctrl-C ends the session
  const rest = await reader.read(); // '' once the server closed the connection
  writer.close();
  await writer.waitClosed();
  const lines = answer.split(CRLF);
  return `${query}: ${lines[lines.length - 2]}${rest === "" && reader.atEof() ? "" : " (no EOF)"}`;
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleQueries, "127.0.0.1", 2323);
  const host = server.sockets[0].getsockname();
  print(`Serving on ${host}.`);
  const loop = asyncio.getRunningLoop();
  const clients = Number(world.clients ?? 3);
  const answers = await asyncio.gather(...Array.from({ length: clients }, (_, n) => client(n)));
  const counts = new Map<string, number>();
  for (const answer of answers) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  for (const [answer, count] of [...counts].sort()) print(`${count} x ${answer}`);
  print(`${clients} clients served in ${loop.time().toFixed(3)} s`);
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
