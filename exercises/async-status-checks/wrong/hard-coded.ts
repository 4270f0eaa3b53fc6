// fails: prints each page's status
import * as asyncio from "asyncio";

async function checkStatus(url: string, status: number, seconds: number): Promise<void> {
  await asyncio.sleep(seconds);
  print(`${url}: ${status}`);
}

async function main(): Promise<void> {
  await asyncio.gather(
    checkStatus("http://shop.example/", 200, 0.3),
    checkStatus("http://api.example/health", 200, 0.5),
    checkStatus("http://old.example/page", 404, 0.2),
  );
  print("checked 3 pages");
}

asyncio.run(main());
