import * as asyncio from "asyncio";

async function handleEcho(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  const message = await reader.read(100);
  const addr = writer.getExtraInfo("peername");
  print(`Received '${message}' from ${addr}`);
  print(`Send: '${message}'`);
  writer.write(message);
  await writer.drain();
  print("Close the connection");
  writer.close();
  await writer.waitClosed();
}

async function tcpEchoClient(message: string): Promise<void> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888);
  print(`Send: '${message}'`);
  writer.write(message);
  await writer.drain();
  const data = await reader.read(100);
  print(`Received: '${data}'`, asyncio.getRunningLoop().time().toFixed(3));
  writer.write("line one\nline two\n");
  writer.writeEof();
  print("Close the client");
  writer.close();
  await writer.waitClosed();
}

async function lines(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  for await (const line of reader) {
    print("line:", line.trimEnd(), asyncio.getRunningLoop().time().toFixed(3));
  }
  writer.close();
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(handleEcho, "127.0.0.1", 8888);
  const addrs = server.sockets.map((sock) => String(sock.getsockname())).join(", ");
  print(`Serving on ${addrs}`);
  await tcpEchoClient("Hello World!");
  server.close();
  await server.waitClosed();
  try {
    await asyncio.openConnection("127.0.0.1", 8888);
  } catch (error) {
    if (!(error instanceof ConnectionRefusedError)) throw error;
    print("refused:", error.message, asyncio.getRunningLoop().time().toFixed(3));
  }
  const second = await asyncio.startServer(lines, "localhost", 9000);
  try {
    const [, writer] = await asyncio.openConnection("localhost", 9000);
    writer.write("alpha\nbeta\n".repeat(3));
    await writer.drain();
    writer.close();
    await writer.waitClosed();
    await asyncio.sleep(1);
    print("sockname", writer.getExtraInfo("sockname"));
  } finally {
    second.close();
    await second.waitClosed();
  }
}

asyncio.run(main());
