// write() never waits: it puts the data in the connection's buffer and returns at once.
// drain() is where the writer waits, until the slow link has carried enough of the buffer away.
// The link here carries 100 000 bytes per second, and each chunk is 40 000 bytes.
import * as asyncio from "asyncio";

const CHUNK = "x".repeat(40_000);

async function sink(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  const data = await reader.read(); // everything, until the client ends its side
  writer.write(`the server received ${data.length} bytes`);
  writer.close();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(sink, "127.0.0.1", 8888);
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888, { bandwidth: 100_000 });
  for (let n = 1; n <= 4; n++) {
    writer.write(CHUNK);
    print(`chunk ${n} written`);
    await writer.drain();
    print(`chunk ${n} drained`);
  }
  writer.writeEof(); // "I have nothing more to send"; the connection stays open for the reply
  print(await reader.read());
  writer.close();
  await writer.waitClosed();
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
