// Many concurrent connections to an echo server on the simulated network (bench/tower.ts).
import * as asyncio from "asyncio";
import { world } from "looplab";

async function echo(reader: asyncio.StreamReader, writer: asyncio.StreamWriter): Promise<void> {
  const line = await reader.readline();
  writer.write(line);
  await writer.drain();
  writer.close();
}

async function client(n: number): Promise<number> {
  const [reader, writer] = await asyncio.openConnection("127.0.0.1", 7);
  writer.write(`hello ${n}\n`);
  const answer = await reader.readline();
  writer.close();
  return answer === `hello ${n}\n` ? 1 : 0;
}

async function main(): Promise<void> {
  const server = await asyncio.startServer(echo, "127.0.0.1", 7);
  const connections = Number(world.connections ?? 10_000);
  const ok = await asyncio.gather(...Array.from({ length: connections }, (_, n) => client(n)));
  print(`${ok.reduce((a, b) => a + b, 0)} of ${connections} echoed`);
  server.close();
}

asyncio.run(main());
