// Downloads through asyncio.toThread (the default thread pool); jobs collected with asyncio.wait.
import * as asyncio from "asyncio";
import { ProcessPoolExecutor } from "concurrent.futures";
import { requests } from "services";
import { world } from "looplab";

const images = world.images as { name: string; work: number }[];
const pages = world.pages as string[];

function resize(name: string, work: number): string {
  let pixels = 0;
  for (let i = 0; i < work; i++) pixels = pixels + 1;
  return `${name} (${pixels} steps)`;
}

function download(url: string): number {
  return requests.get(url).content.length;
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const pool = new ProcessPoolExecutor(4);
  const jobs: asyncio.Task<void>[] = [];
  for (const image of images)
    jobs.push(
      asyncio.createTask(
        (async () => {
          const result = await loop.runInExecutor(pool, resize, image.name, image.work);
          print(`resized ${image.name}`);
          void result;
        })(),
      ),
    );
  for (const url of pages)
    jobs.push(
      asyncio.createTask(
        (async () => {
          await asyncio.toThread(download, url);
          print(`downloaded ${url}`);
        })(),
      ),
    );
  await asyncio.wait(jobs);
  pool.shutdown();
  print("all done");
}

asyncio.run(main());
