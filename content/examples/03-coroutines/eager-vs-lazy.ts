// A native Promise starts working the moment it is created. A coroutine starts
// only when it is awaited (or wrapped in a task).
import * as asyncio from "asyncio";

function startDownload(): Promise<string> {
  return new Promise((resolve) => {
    print("promise: my executor runs right away");
    resolve("promise data");
  });
}

async function download(): Promise<string> {
  print("coroutine: my body runs only now");
  return "coroutine data";
}

async function main(): Promise<void> {
  const promise = startDownload();
  const coroutine = download();
  print("main: created a promise and a coroutine");
  await asyncio.sleep(1);
  print("main: one second later, awaiting both");
  print(await promise);
  print(await coroutine);
}

asyncio.run(main());
