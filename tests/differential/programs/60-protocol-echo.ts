// The TCP echo server and client of the asyncio documentation at the transport level: protocols
// on the simulated network, one latency (1 ms) per hop.
import * as asyncio from "asyncio";

const decode = (data: Uint8Array) => new TextDecoder().decode(data);

class EchoServerProtocol extends asyncio.Protocol {
  private transport!: asyncio.Transport;

  override connectionMade(transport: asyncio.Transport): void {
    const peername = transport.getExtraInfo("peername");
    print("Connection from", peername);
    this.transport = transport;
  }

  override dataReceived(data: Uint8Array): void {
    const message = decode(data);
    print("Data received:", message);
    print("Send:", message);
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
    print("Data sent:", this.message);
  }

  override dataReceived(data: Uint8Array): void {
    print("Data received:", decode(data));
  }

  override eofReceived(): void {
    print("EOF received");
  }

  override connectionLost(exc: Error | null): void {
    print("The server closed the connection, cleanly:", exc === null);
    this.onConLost.setResult(true);
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const server = await loop.createServer(() => new EchoServerProtocol(), "127.0.0.1", 8888);
  print("Serving on", server.sockets[0].getsockname());
  const onConLost = loop.createFuture<boolean>();
  const [transport, protocol] = await loop.createConnection(
    () => new EchoClientProtocol("Hello World!", onConLost),
    "127.0.0.1",
    8888,
  );
  print("connected:", protocol.constructor.name, transport.getProtocol() === protocol);
  try {
    await onConLost;
  } finally {
    transport.close();
  }
  server.close();
  await server.waitClosed();
  print(`done at ${loop.time().toFixed(3)}`);
}

asyncio.run(main());
