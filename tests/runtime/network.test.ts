/**
 * The simulated network (runtime/guest/network.ts, servers.ts): connections with a one-way
 * latency and a bandwidth per direction, in virtual time; EOF after the data already written;
 * resets; listening addresses. streams.test.ts covers the stream API on top of it.
 */
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

function program(body: string): string {
  return `${ASYNCIO}
const now = () => asyncio.getRunningLoop().time().toFixed(3);
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

describe("links", () => {
  it("send writes one after another at the link's bandwidth, each arriving one latency later", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async (reader) => {
    for (let i = 0; i < 3; i++) print("got", (await reader.readexactly(1000)).length, "at", now());
  }, "127.0.0.1", 8888);
  const [, writer] = await asyncio.openConnection("127.0.0.1", 8888, { latency: 0.01, bandwidth: 10_000 });
  for (let i = 0; i < 3; i++) writer.write("x".repeat(1000));
  await asyncio.sleep(1);
  writer.close();
  server.close();`),
    );
    // Connected at 0.02; each 1,000 bytes take 0.1 s to send, then 0.01 s to arrive.
    expect(result.output).toEqual(["got 1000 at 0.130", "got 1000 at 0.230", "got 1000 at 0.330"]);
  });

  it("count UTF-8 bytes, not characters", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async (reader) => {
    print(await reader.read(), "at", now());
  }, "127.0.0.1", 8888);
  const [, writer] = await asyncio.openConnection("127.0.0.1", 8888, { latency: 0, bandwidth: 100 });
  writer.write("€€"); // 6 bytes
  writer.close();
  await asyncio.sleep(1);
  server.close();`),
    );
    expect(result.output).toEqual(["€€ at 0.060"]);
  });

  it("take their latency from world.network unless the connection sets its own", () => {
    const source = program(`  const server = await asyncio.startServer(() => undefined, "127.0.0.1", 8888);
  await asyncio.openConnection("127.0.0.1", 8888);
  print("default link connected at", now());
  const start = asyncio.getRunningLoop().time();
  await asyncio.openConnection("127.0.0.1", 8888, { latency: 0.5 });
  print("own link took", (asyncio.getRunningLoop().time() - start).toFixed(3));
  server.close();`);
    expect(run(source).output).toEqual(["default link connected at 0.002", "own link took 1.000"]);
    expect(run(source, { world: { network: { latency: 0.1 } } }).output).toEqual([
      "default link connected at 0.200",
      "own link took 1.000",
    ]);
  });
});

describe("closing", () => {
  it("delivers the data written before close() and then EOF; later writes are dropped", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async (reader, writer) => {
    writer.write("last words");
    writer.close();
    writer.write("dropped");
    print("closing?", writer.isClosing());
  }, "127.0.0.1", 8888);
  const [reader] = await asyncio.openConnection("127.0.0.1", 8888);
  print(JSON.stringify(await reader.read()), "EOF:", reader.atEof(), "at", now());
  server.close();`),
    );
    expect(result.output).toEqual(["closing? true", '"last words" EOF: true at 0.002']);
  });

  it("abort() resets the peer's connection: its read raises ConnectionResetError", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async (reader, writer) => {
    writer.transport.abort();
  }, "127.0.0.1", 8888);
  const [reader] = await asyncio.openConnection("127.0.0.1", 8888);
  try {
    await reader.read();
  } catch (e) {
    print(e instanceof ConnectionResetError, String(e), "at", now());
  }
  server.close();`),
    );
    expect(result.output).toEqual([
      "true ConnectionResetError: [Errno 104] Connection reset by peer at 0.002",
    ]);
  });
});

describe("listening addresses", () => {
  it("reach a server bound to every interface through localhost", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(() => undefined, null, 8080);
  print(server.sockets[0].getsockname());
  const [, writer] = await asyncio.openConnection("localhost", 8080);
  print("connected to", writer.getExtraInfo("peername"));
  server.close();`),
    );
    expect(result.output).toEqual(["('0.0.0.0', 8080)", "connected to ('127.0.0.1', 8080)"]);
  });

  it("give each client its own port, as peername shows on the server's side", () => {
    const result = run(
      program(`  const server = await asyncio.startServer((r, w) => print("client", w.getExtraInfo("peername")), "127.0.0.1", 8888);
  await asyncio.openConnection("127.0.0.1", 8888);
  await asyncio.openConnection("127.0.0.1", 8888);
  server.close();`),
    );
    expect(result.output).toEqual(["client ('127.0.0.1', 49152)", "client ('127.0.0.1', 49153)"]);
  });
});
