// fails: the server closes each connection when its user says goodbye
import * as asyncio from "asyncio";
import { world } from "looplab";

interface User {
  name: string;
  queries: string[];
  thinking: number;
}
const { users } = world as { users: User[] };

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

/** Serves one connection: prompt, read a query, send the answer, until the user leaves. */
async function handleQueries(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  for (;;) {
    writer.write(PROMPT); // write() only fills the buffer
    await writer.drain(); // drain() waits until the buffer has room again
    const data = await reader.readline();
    const query = data.trim();
    const client = writer.getExtraInfo("peername");
    print(`Received from ${client}: ${JSON.stringify(query)}`);
    if (data === "" || query.charCodeAt(0) < 32) break; // the user left, or pressed Ctrl-C
    const lines = index.findDescriptionStrs(query);
    writer.writelines(lines.map((line) => line + CRLF));
    writer.write(index.status(query, lines.length) + CRLF);
    await writer.drain();
    print(`Sent ${lines.length} results`);
  }
  print("Session over"); // but the connection is left open
}

/** A user at a terminal: asks each query after thinking for a while, then presses Ctrl-C. */
async function user({ name, queries, thinking }: User): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 2323);
  try {
    await asyncio.waitFor(reader.readuntil(PROMPT), 30);
    for (const query of queries) {
      await asyncio.sleep(thinking);
      writer.write(query + CRLF);
      const answer = await asyncio.waitFor(reader.readuntil(PROMPT), 30);
      print(`${name} got: ${answer.split(CRLF).slice(0, -1).join(" | ")}`);
    }
    writer.write("\x03" + CRLF);
    await asyncio.waitFor(reader.read(), 30);
    print(`${name}: the server closed the connection`);
  } catch (error) {
    if (error instanceof asyncio.TimeoutError) print(`${name}: no answer from the server within 30 s`);
    else if (error instanceof asyncio.IncompleteReadError) print(`${name}: the server hung up too early`);
    else throw error;
  } finally {
    writer.close();
  }
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleQueries, "127.0.0.1", 2323);
  const serving = asyncio.createTask(server.serveForever());
  await asyncio.gather(...users.map((u) => user(u)));
  serving.cancel();
  await asyncio.gather(serving, { returnExceptions: true });
}

asyncio.run(main());
