// The TCP echo server and client of the asyncio documentation with streams, bytes on the wire:
// the client writes bytes, the server reads bytes and writes them back, one line each way.
import * as asyncio from "asyncio";

const decode = (data: Uint8Array) => new TextDecoder().decode(data);
const encode = (text: string) => new TextEncoder().encode(text);

async function handleEcho(
  reader: asyncio.StreamReader<Uint8Array>,
  writer: asyncio.StreamWriter,
): Promise<void> {
  const data = await reader.readline();
  const message = decode(data);
  const addr = writer.getExtraInfo("peername");
  print("Received", message.trim(), "from", addr, "as", data.length, "bytes");
  writer.writelines([encode("echo: "), data]);
  await writer.drain();
  print("Close the connection");
  writer.close();
  await writer.waitClosed();
}

async function client(message: string): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888, { binary: true });
  print("Send:", message);
  writer.write(encode(message + "\n"));
  await writer.drain();
  const data = await reader.read(100);
  print("Received:", decode(data).trim(), "in", data.length, "bytes");
  print("at eof:", reader.atEof(), "then", (await reader.read()).length, "bytes");
  writer.close();
  await writer.waitClosed();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleEcho, "127.0.0.1", 8888, { binary: true });
  print("Serving on", server.sockets[0].getsockname());
  await client("Grüße, world");
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
