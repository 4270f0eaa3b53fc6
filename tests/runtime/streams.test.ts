/**
 * Streams over the simulated network (runtime/guest/streams.ts, network.ts), ported from CPython
 * 3.11's `asyncio/streams.py`: `openConnection`, `startServer`, `StreamReader`, `StreamWriter`.
 * Each connection has a latency and a bandwidth in virtual time; data is bytes, read as text unless
 * the reader is binary.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ASYNCIO, useSandbox } from "./kit.ts";

const run = useSandbox();

function program(body: string, helpers = ""): string {
  return `${ASYNCIO}
const now = () => asyncio.getRunningLoop().time().toFixed(3);
${helpers}
async function main(): Promise<void> {
${body}
}
asyncio.run(main());
`;
}

const ECHO = `
async function echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  print("server: client", writer.getExtraInfo("peername"), "at", now());
  for await (const line of reader) {
    writer.write(line.toUpperCase());
    await writer.drain();
  }
  print("server: EOF at", now());
  writer.close();
}`;

describe("openConnection", () => {
  it("connects after one round trip; the server sees the client after one latency", () => {
    const result = run(
      program(
        `  const server = await asyncio.startServer(echo, "127.0.0.1", 8888);
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888);
  print("client: connected at", now(), "to", writer.getExtraInfo("peername"), "from", writer.getExtraInfo("sockname"));
  writer.write("hello\\n");
  print("client: got", JSON.stringify(await reader.readline()), "at", now());
  writer.close();
  await writer.waitClosed();
  print("client: read after close", JSON.stringify(await reader.read()), reader.atEof());
  await asyncio.sleep(1);
  server.close();`,
        ECHO,
      ),
      { world: { network: { latency: 0.05 } } },
    );
    expect(result.output).toEqual([
      "server: client ('127.0.0.1', 49152) at 0.050",
      "client: connected at 0.100 to ('127.0.0.1', 8888) from ('127.0.0.1', 49152)",
      'client: got "HELLO\\n" at 0.200',
      'client: read after close "" true',
      "server: EOF at 0.250",
    ]);
  });

  it("fails with ConnectionRefusedError after one round trip when nothing listens", () => {
    const result = run(
      program(`  try {
    await asyncio.openConnection("localhost", 9999);
  } catch (e) {
    print(e instanceof ConnectionRefusedError, String(e), "at", now());
  }`),
      { world: { network: { latency: 0.01 } } },
    );
    expect(result.output).toEqual([
      "true ConnectionRefusedError: [Errno 111] Connect call failed ('127.0.0.1', 9999) at 0.020",
    ]);
  });

  it("takes a connection's own latency and bandwidth as options", () => {
    const result = run(
      program(
        `  const server = await asyncio.startServer(async (r, w) => {
    w.write("x".repeat(10_000));
    w.close();
  }, "127.0.0.1", 8888);
  const [reader] = await asyncio.openConnection("127.0.0.1", 8888, { latency: 0.1, bandwidth: 100_000 });
  const data = await reader.read();
  print(data.length, "characters by", now());
  server.close();`,
      ),
    );
    // Accepted at 0.1; 10,000 bytes take 0.1 s on the link, then 0.1 s of latency.
    expect(result.output).toEqual(["10000 characters by 0.300"]);
  });
});

describe("StreamReader", () => {
  const FEED = `
function fed(chunks: [number, string][], eof: number, limit = 64): asyncio.StreamReader {
  const reader = new asyncio.StreamReader(limit);
  const loop = asyncio.getRunningLoop();
  for (const [t, data] of chunks) loop.callLater(t, () => reader.feedData(data));
  loop.callLater(eof, () => reader.feedEof());
  return reader;
}`;

  it("readline() waits for a whole line and returns the rest, then '', at EOF", () => {
    const result = run(
      program(
        `  const reader = fed([[1, "ab"], [2, "c\\nde"]], 3);
  print(JSON.stringify(await reader.readline()), now());
  print(JSON.stringify(await reader.readline()), now());
  print(JSON.stringify(await reader.readline()), reader.atEof());`,
        FEED,
      ),
    );
    expect(result.output).toEqual(['"abc\\n" 2.000', '"de" 3.000', '"" true']);
  });

  it("readexactly() raises IncompleteReadError with the partial data when EOF comes first", () => {
    const result = run(
      program(
        `  const reader = fed([[1, "abc"]], 2);
  print(await reader.readexactly(2));
  try {
    await reader.readexactly(5);
  } catch (e) {
    const error = e as asyncio.IncompleteReadError;
    print(error.name, JSON.stringify(error.partial), error.expected, error.message);
  }`,
        FEED,
      ),
    );
    expect(result.output).toEqual([
      "ab",
      'IncompleteReadError "c" 5 1 bytes read on a total of 5 expected bytes',
    ]);
  });

  it("readuntil() reads through a separator; read(n) returns what is there, at most n", () => {
    const result = run(
      program(
        `  const reader = fed([[1, "key=value;rest"]], 2);
  print(await reader.readuntil(";"), await reader.read(2), await reader.read(), now());`,
        FEED,
      ),
    );
    expect(result.output).toEqual(["key=value; re st 2.000"]);
  });

  it("readline() raises ValueError when a line exceeds the limit", () => {
    const result = run(
      program(
        `  const reader = fed([[1, "0123456789abcdef"]], 2, 8);
  try {
    await reader.readline();
  } catch (e) {
    print(String(e));
  }`,
        FEED,
      ),
    );
    expect(result.output).toEqual(["ValueError: Separator is not found, and chunk exceed the limit"]);
  });

  it("refuses two readers waiting at once", () => {
    const result = run(
      program(
        `  const reader = fed([], 1);
  asyncio.createTask(reader.read());
  await asyncio.sleep(0);
  await reader.read();`,
        FEED,
      ),
    );
    expect(result.error).toMatchObject({
      name: "RuntimeError",
      message: "read() called while another coroutine is already waiting for incoming data",
    });
  });
});

describe("StreamWriter", () => {
  it("drain() waits while more than 64 KiB wait to be sent, until 16 KiB are left", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async (r) => { await r.read(); }, "127.0.0.1", 8888);
  const [, writer] = await asyncio.openConnection("127.0.0.1", 8888, { latency: 0, bandwidth: 64 * 1024 });
  writer.write("x".repeat(32 * 1024));
  await writer.drain();
  print("32 KiB drained at once:", now());
  writer.write("x".repeat(224 * 1024));
  await writer.drain();
  print("256 KiB drained when 16 KiB were left:", now());
  writer.close();
  server.close();`),
    );
    expect(result.output).toEqual([
      "32 KiB drained at once: 0.000",
      "256 KiB drained when 16 KiB were left: 3.750",
    ]);
  });

  it("accepts strings and bytes, and nothing else", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(() => undefined, "127.0.0.1", 8888);
  const [, writer] = await asyncio.openConnection("127.0.0.1", 8888);
  writer.write(42 as unknown as string);`),
    );
    expect(result.error).toMatchObject({
      name: "TypeError",
      message: "data argument must be a string or a bytes-like object (Uint8Array), not 'number'",
    });
  });
});

describe("bytes on streams", () => {
  // Echoes each chunk as it arrives, so the client receives the writes as they were split.
  const BYTES_ECHO = `  const server = await asyncio.startServer(async (reader, writer) => {
    for (;;) {
      const chunk = await reader.read(100);
      if (chunk.length === 0) break;
      writer.write(chunk);
    }
    writer.close();
  }, "127.0.0.1", 8888, { binary: true });`;

  it("sends Uint8Arrays and strings alike; a binary reader returns the bytes", () => {
    const result = run(
      program(`${BYTES_ECHO}
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888, { binary: true });
  writer.write(new Uint8Array([0, 255, 10]));
  writer.writelines(["é", new Uint8Array([1])]);
  writer.writeEof();
  const data = (await reader.read()) as Uint8Array;
  print(data instanceof Uint8Array, Array.from(data).join(","));
  server.close();`),
    );
    expect(result.output).toEqual(["true 0,255,10,195,169,1"]);
  });

  it("decodes a text reader's bytes as UTF-8, also when a character is split between writes", () => {
    const result = run(
      program(`${BYTES_ECHO}
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888);
  const bytes = new TextEncoder().encode("né\\nsuite");
  writer.write(bytes.slice(0, 2));
  await asyncio.sleep(0.1);
  writer.write(bytes.slice(2));
  writer.writeEof();
  print(JSON.stringify(await reader.readline()), JSON.stringify(await reader.read(3)));
  print(JSON.stringify(await reader.read()));
  server.close();`),
    );
    expect(result.output).toEqual(['"né\\n" "sui"', '"te"']);
  });

  it("stops a text read(n) at a character boundary, and counts sizes in bytes", () => {
    const result = run(
      program(`  const reader = new asyncio.StreamReader();
  reader.feedData("aé€");
  reader.feedEof();
  print(String(reader));
  print(JSON.stringify(await reader.read(2)), JSON.stringify(await reader.read(1)), JSON.stringify(await reader.read(1)));
  const binary = new asyncio.StreamReader(2 ** 16, asyncio.getRunningLoop(), { binary: true });
  binary.feedData(new Uint8Array([1, 2]));
  binary.feedEof();
  try {
    await binary.readexactly(3);
  } catch (e) {
    if (!(e instanceof asyncio.IncompleteReadError)) throw e;
    print(e.message, e.partial instanceof Uint8Array);
  }`),
    );
    expect(result.output).toEqual([
      "<StreamReader 6 bytes eof>",
      '"a" "é" "€"',
      "2 bytes read on a total of 3 expected bytes true",
    ]);
  });
});

describe("startServer and Server", () => {
  it("report the bound address; port 0 picks a free port; a taken port raises OSError", () => {
    const result = run(
      program(`  const a = await asyncio.startServer(() => undefined, "127.0.0.1", 0);
  print(a.sockets[0].getsockname(), a.isServing());
  await asyncio.startServer(() => undefined, "127.0.0.1", 8888);
  try {
    await asyncio.startServer(() => undefined, "127.0.0.1", 8888);
  } catch (e) {
    print(String(e));
  }`),
    );
    expect(result.output).toEqual([
      "('127.0.0.1', 49152) true",
      "OSError: [Errno 98] error while attempting to bind on address ('127.0.0.1', 8888): address already in use",
    ]);
  });

  it("close() stops accepting and ends serveForever() with CancelledError; open connections stay open", () => {
    const result = run(
      program(
        `  const server = await asyncio.startServer(echo, "127.0.0.1", 8888);
  const serving = asyncio.createTask(server.serveForever());
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 8888);
  server.close();
  await server.waitClosed();
  try {
    await serving;
  } catch (e) {
    print("serveForever:", (e as Error).name, "serving?", server.isServing());
  }
  writer.write("still open\\n");
  print(JSON.stringify(await reader.readline()));
  try {
    await asyncio.openConnection("127.0.0.1", 8888);
  } catch (e) {
    print((e as Error).name);
  }
  writer.close();`,
        ECHO,
      ),
    );
    expect(result.output).toEqual([
      "server: client ('127.0.0.1', 49152) at 0.001",
      "serveForever: CancelledError serving? false",
      '"STILL OPEN\\n"',
      "ConnectionRefusedError",
    ]);
  });

  it("reports an exception in the handler and closes its connection", () => {
    const result = run(
      program(`  const server = await asyncio.startServer(async () => {
    throw new RangeError("handler broke");
  }, "127.0.0.1", 8888);
  const [reader] = await asyncio.openConnection("127.0.0.1", 8888);
  print(JSON.stringify(await reader.read()), reader.atEof());
  server.close();`),
    );
    expect(result.output).toEqual(['"" true']);
    expect(result.warnings.map((w) => w.text)).toEqual([
      "Unhandled exception in client_connected_cb\nRangeError: handler broke",
    ]);
  });
});

describe("Fluent Python's character finder", () => {
  it("serves 1,000 concurrent simulated clients in one run", () => {
    const source = readFileSync(new URL("./programs/charfinder.ts", import.meta.url), "utf8");
    const result = run(source, { world: { clients: 1000 }, wallTimeoutMs: 100_000 });
    expect(result.error).toBeNull();
    const received = result.output.filter((line) => line.startsWith("Received from"));
    const closed = result.output.filter((line) => line === "Close the client socket");
    expect(received).toHaveLength(2000);
    expect(closed).toHaveLength(1000);
    expect(result.output.slice(-7)).toEqual([
      "167 x black: 2 matches for 'black'",
      "166 x cat: No matches for 'cat'",
      "167 x cloud: 1 match for 'cloud'",
      "166 x fraction half: 1 match for 'fraction half'",
      "167 x sign: 5 matches for 'sign'",
      "167 x snowman: 1 match for 'snowman'",
      // Served concurrently: three round trips and a half of 1 ms, not 1,000 sessions in a row.
      "1000 clients served in 0.006 s",
    ]);
    // One task per client and one handler task per connection, all alive at the same time.
    expect(new Set(result.events("task_spawned").map((e) => e.coro))).toEqual(
      new Set(["main", "client", "handleQueries"]),
    );
  }, 120_000);
});
