// The same two downloads, written with async/await. While one download waits
// for the network, the other one gets to run: the waits overlap.
import * as asyncio from "asyncio";

async function download(name: string, seconds: number): Promise<string> {
  print(`start ${name}`);
  await asyncio.sleep(seconds); // wait for the network, and let others run meanwhile
  print(`done ${name}`);
  return `${name}.html`;
}

async function main(): Promise<void> {
  const pages = await asyncio.gather(download("news", 2), download("weather", 3));
  print(pages);
}

asyncio.run(main());
