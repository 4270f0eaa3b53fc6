import * as asyncio from "asyncio";

/** The server's side of one connection: read a line, shout it back, hang up. */
async function shout(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  const line = await reader.readline();
  print(`server: got ${line.trim()}`);
  writer.write(line.toUpperCase());
  await writer.drain();
  writer.close();
}

/** A client on a link with the given one-way delay; it thinks for a while before it speaks. */
async function client(name: string, latency: number, thinking: number, text: string): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 7000, { latency });
  print(`${name}: connected`);
  await asyncio.sleep(thinking);
  writer.write(text + "\n");
  print(`${name}: sent ${text}`);
  const reply = await reader.readline();
  print(`${name}: got ${reply.trim()}`);
  writer.close();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(shout, "127.0.0.1", 7000);
  await asyncio.gather(client("near", 0.1, 0.5, "hi"), client("far", 0.25, 0, "hello"));
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
