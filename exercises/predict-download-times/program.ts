import * as asyncio from "asyncio";

async function download(name: string, seconds: number): Promise<void> {
  print(`start ${name}`);
  await asyncio.sleep(seconds);
  print(`done ${name}`);
}

async function main(): Promise<void> {
  await download("news", 2);
  await download("weather", 1);
  await asyncio.gather(download("mail", 3), download("photos", 1));
  print("all done");
}

asyncio.run(main());
