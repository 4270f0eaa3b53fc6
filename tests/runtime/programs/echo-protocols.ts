// The TCP echo server and client of Python's asyncio documentation, written with transports and
// protocols ("Transports and Protocols" → "TCP Echo Server" / "TCP Echo Client"), both in one
// program on the simulated network.
import * as asyncio from "asyncio";

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

class EchoServerProtocol extends asyncio.Protocol {
  private transport!: asyncio.Transport;

  override connectionMade(transport: asyncio.Transport): void {
    const peername = transport.getExtraInfo("peername");
    print(`Connection from ${peername}`);
    this.transport = transport;
  }

  override dataReceived(data: Uint8Array): void {
    const message = decode(data);
    print(`Data received: ${JSON.stringify(message)}`);
    print(`Send: ${JSON.stringify(message)}`);
    this.transport.write(data);
    print("Close the client socket");
    this.transport.close();
  }
}

class EchoClientProtocol extends asyncio.Protocol {
  private readonly message: string;
  private readonly onConLost: asyncio.Future<boolean>;

  constructor(message: string, onConLost: asyncio.Future<boolean>) {
    super();
    this.message = message;
    this.onConLost = onConLost;
  }

  override connectionMade(transport: asyncio.Transport): void {
    transport.write(new TextEncoder().encode(this.message));
    print(`Data sent: ${JSON.stringify(this.message)}`);
  }

  override dataReceived(data: Uint8Array): void {
    print(`Data received: ${JSON.stringify(decode(data))}`);
  }

  override connectionLost(exc: Error | null): void {
    print("The server closed the connection", exc === null ? "cleanly" : exc.name);
    this.onConLost.setResult(true);
  }
}

async function client(message: string): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const onConLost = loop.createFuture<boolean>();
  const [transport] = await loop.createConnection(
    () => new EchoClientProtocol(message, onConLost),
    "127.0.0.1",
    8888,
  );
  try {
    await onConLost;
  } finally {
    transport.close();
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const server = await loop.createServer(() => new EchoServerProtocol(), "127.0.0.1", 8888);
  print(`Serving on ${server.sockets.map((sock) => String(sock.getsockname())).join(", ")}`);
  await client("Hello World!");
  server.close();
  await server.waitClosed();
}

asyncio.run(main());
