/**
 * Transports and protocols (runtime/guest/protocols.ts, network.ts, `loop.createConnection`,
 * `loop.createServer`): the layer under streams, on the same simulated network. The echo server
 * and client of Python's documentation run at both levels and hold the same conversation, one
 * latency (1 ms) per hop.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();
const programText = (name: string) => readFileSync(new URL(`./programs/${name}`, import.meta.url), "utf8");

describe("the echo server at two levels", () => {
  it("with protocols: connectionMade, dataReceived and connectionLost at each hop", () => {
    const result = run(programText("echo-protocols.ts"));
    expect(result.error).toBeNull();
    expect(result.lines).toEqual([
      "0.000 Task-1 Serving on ('127.0.0.1', 8888)",
      "0.001 - Connection from ('127.0.0.1', 49152)",
      '0.002 - Data sent: "Hello World!"',
      '0.003 - Data received: "Hello World!"',
      '0.003 - Send: "Hello World!"',
      "0.003 - Close the client socket",
      '0.004 - Data received: "Hello World!"',
      "0.004 - The server closed the connection cleanly",
    ]);
  });

  it("with streams: the same conversation, read and written by tasks", () => {
    const result = run(programText("echo-streams.ts"));
    expect(result.error).toBeNull();
    expect(result.lines).toEqual([
      "0.000 Task-1 Serving on ('127.0.0.1', 8888)",
      '0.002 Task-1 Send: "Hello World!"',
      "0.003 Task-2 Received \"Hello World!\" from ('127.0.0.1', 49152)",
      '0.003 Task-2 Send: "Hello World!"',
      "0.003 Task-2 Close the connection",
      '0.004 Task-1 Received: "Hello World!"',
      "0.004 Task-1 Close the connection",
    ]);
  });
});

describe("loop.createConnection and loop.createServer", () => {
  const program = (body: string, classes = "") => `${ASYNCIO}
${classes}
async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
${body}
}
asyncio.run(main());
`;

  it("resolve to [transport, protocol]; eofReceived returning true keeps the transport writable", () => {
    const result = run(
      program(
        `  await loop.createServer(() => new Upper(), "127.0.0.1", 9000);
  const [transport, protocol] = await loop.createConnection(() => new Collect(), "127.0.0.1", 9000);
  print(protocol instanceof Collect, protocol instanceof asyncio.Protocol, transport.getProtocol() === protocol);
  transport.write("half ");
  transport.writelines(["closed", new Uint8Array([33])]);
  transport.writeEof();
  await protocol.done;
  print(protocol.text, transport.isClosing());`,
        `class Upper extends asyncio.Protocol {
  private transport!: asyncio.Transport;
  private text = "";
  override connectionMade(transport: asyncio.Transport): void {
    this.transport = transport;
  }
  override dataReceived(data: Uint8Array): void {
    this.text += new TextDecoder().decode(data);
  }
  override eofReceived(): boolean {
    this.transport.write(this.text.toUpperCase());
    this.transport.close();
    return true;
  }
}
class Collect extends asyncio.Protocol {
  text = "";
  done = asyncio.getRunningLoop().createFuture<void>();
  override dataReceived(data: Uint8Array): void {
    this.text += new TextDecoder().decode(data);
  }
  override connectionLost(): void {
    this.done.setResult(undefined);
  }
}`,
      ),
    );
    expect(result.error).toBeNull();
    expect(result.output).toEqual(["true true true", "HALF CLOSED! true"]);
  });

  it("report a failing dataReceived with the transport and protocol, and close the connection", () => {
    const result = run(
      program(
        `  loop.setExceptionHandler((_, context) => {
    print(context.message, Object.keys(context).sort().join(","), (context.exception as Error).message);
  });
  await loop.createServer(() => new Broken(), "127.0.0.1", 9001);
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 9001);
  writer.write("boom");
  try {
    await reader.read();
  } catch (e) {
    print((e as Error).name);
  }`,
        `class Broken extends asyncio.Protocol {
  override dataReceived(): void {
    throw new RangeError("cannot handle it");
  }
}`,
      ),
    );
    expect(result.output).toEqual([
      "Fatal error: protocol.data_received() call failed. exception,message,protocol,transport cannot handle it",
      "ConnectionResetError",
    ]);
  });

  it("fail with ConnectionRefusedError when nothing listens", () => {
    const result = run(
      program(`  try {
    await loop.createConnection(() => new asyncio.Protocol(), "127.0.0.1", 9002);
  } catch (e) {
    print((e as Error).name, loop.time());
  }`),
    );
    expect(result.output).toEqual(["ConnectionRefusedError 0.002"]);
  });
});
