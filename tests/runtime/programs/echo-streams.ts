// The TCP echo server and client of Python's asyncio documentation, written with streams
// ("Streams" → "TCP echo client using streams" / "TCP echo server using streams"), both in one
// program on the simulated network. The same conversation as echo-protocols.ts, a layer higher.
import * as asyncio from "asyncio";

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

async function handleEcho(
  reader: asyncio.StreamReader<Uint8Array>,
  writer: asyncio.StreamWriter,
): Promise<void> {
  const data = await reader.read(100);
  const message = decode(data);
  const addr = writer.getExtraInfo("peername");
  print(`Received ${JSON.stringify(message)} from ${addr}`);
  print(`Send: ${JSON.stringify(message)}`);
  writer.write(data);
  await writer.drain();
  print("Close the connection");
  writer.close();
  await writer.waitClosed();
}

async function client(message: string): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888, { binary: true });
  print(`Send: ${JSON.stringify(message)}`);
  writer.write(new TextEncoder().encode(message));
  await writer.drain();
  const data = await reader.read(100);
  print(`Received: ${JSON.stringify(decode(data))}`);
  print("Close the connection");
  writer.close();
  await writer.waitClosed();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleEcho, "127.0.0.1", 8888, { binary: true });
  print(`Serving on ${server.sockets.map((sock) => String(sock.getsockname())).join(", ")}`);
  await client("Hello World!");
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
