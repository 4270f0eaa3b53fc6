// Fluent Python's Unicode character finder as a TCP server on the simulated network, serving
// three users at once. Each user connects, types one query and reads the answer. The index is a
// small table: the sandbox has no Unicode database.
import * as asyncio from "asyncio";

const CRLF = "\r\n";
const PROMPT = "?> ";

const NAMES: [string, string][] = [
  ["\u00a2", "CENT SIGN"],
  ["\u00a3", "POUND SIGN"],
  ["\u20ac", "EURO SIGN"],
  ["\u2601", "CLOUD"],
  ["\u2603", "SNOWMAN"],
  ["\u2615", "HOT BEVERAGE"],
  ["\u2660", "BLACK SPADE SUIT"],
  ["\u2665", "BLACK HEART SUIT"],
];

/** Finds characters whose name contains every word of the query. */
class UnicodeNameIndex {
  findDescriptionStrs(query: string): string[] {
    const words = query.toUpperCase().split(/\s+/);
    return NAMES.filter(([, name]) => words.every((word) => name.split(" ").includes(word))).map(
      ([char, name]) =>
        `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}\t${char}\t${name}`,
    );
  }

  status(query: string, count: number): string {
    return `${count === 0 ? "No" : count} match${count === 1 ? "" : "es"} for '${query}'`;
  }
}

const index = new UnicodeNameIndex();

/** The query as Python's repr() shows it, so that a control character is visible: '\x03'. */
function repr(text: string): string {
  const shown = [...text].map((c) =>
    c.charCodeAt(0) < 32 ? `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}` : c,
  );
  return `'${shown.join("")}'`;
}

/** Runs once per connection, as a task of its own: a prompt, a query, the answer, again. */
async function handleQueries(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  const client = writer.getExtraInfo("peername");
  for (;;) {
    writer.write(PROMPT); // can't await: write() only fills a buffer
    await writer.drain(); // must await: waits until the buffer has room again
    const data = await reader.readline(); // waits for a whole line (or '' when the client left)
    const query = data.trim();
    print(`Received from ${client}: ${repr(query)}`);
    if (data === "" || query.charCodeAt(0) < 32) break; // end of file, or a control character
    const lines = index.findDescriptionStrs(query);
    if (lines.length > 0) writer.writelines(lines.map((line) => line + CRLF));
    writer.write(index.status(query, lines.length) + CRLF);
    await writer.drain();
    print(`Sent ${lines.length} results`);
  }
  print(`Close the client socket ${client}`);
  writer.close();
}

/** A user at a terminal: connects, thinks for a while, asks one question, reads the answer. */
async function user(name: string, query: string, thinking: number): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 2323);
  await reader.readuntil(PROMPT);
  await asyncio.sleep(thinking); // typing takes time; the server serves others meanwhile
  writer.write(query + CRLF);
  const answer = await reader.readuntil(PROMPT);
  const lines = answer.split(CRLF).slice(0, -1);
  print(`${name} got: ${lines.join(" | ")}`);
  writer.write("\x03" + CRLF); // Ctrl-C: the server ends the session
  await reader.read(); // everything until the server closes the connection
  writer.close();
  await writer.waitClosed();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleQueries, "127.0.0.1", 2323);
  print(`Serving on ${server.sockets[0].getsockname()}.`);
  const serving = asyncio.createTask(server.serveForever());

  await asyncio.gather(user("ann", "black", 2), user("bob", "sign", 1), user("cy", "cat", 0.5));

  serving.cancel(); // serveForever() closes the server when it is cancelled
  await asyncio.gather(serving, { returnExceptions: true });
  print(`server closed after ${asyncio.getRunningLoop().time().toFixed(3)} s`);
}

asyncio.run(main());
