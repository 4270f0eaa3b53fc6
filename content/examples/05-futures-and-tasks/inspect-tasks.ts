// Every task ends in one of three ways: with a result, with an exception, or
// cancelled. done(), cancelled(), result() and exception() tell them apart.
import * as asyncio from "asyncio";

async function download(name: string, seconds: number): Promise<string> {
  try {
    await asyncio.sleep(seconds);
    return `${name}: ${seconds * 100} KB`;
  } finally {
    print(`${name}: connection closed`); // runs on success, failure and cancellation
  }
}

async function brokenDownload(): Promise<string> {
  await asyncio.sleep(0.5);
  throw new Error("server said 500");
}

function describe(task: asyncio.Task<string>): void {
  if (!task.done()) {
    print(task.getName(), "is still running");
  } else if (task.cancelled()) {
    print(task.getName(), "was cancelled");
  } else if (task.exception() !== null) {
    print(task.getName(), "failed with", task.exception());
  } else {
    print(task.getName(), "returned", task.result());
  }
}

async function main(): Promise<void> {
  const small = asyncio.createTask(download("small", 1), { name: "small" });
  const huge = asyncio.createTask(download("huge", 60), { name: "huge" });
  const broken = asyncio.createTask(brokenDownload(), { name: "broken" });

  await asyncio.sleep(2);
  describe(huge);
  print("main: cancelling huge");
  huge.cancel();
  await asyncio.sleep(0); // give the cancellation a turn to be delivered

  for (const task of [small, huge, broken]) describe(task);
  try {
    huge.result();
  } catch (error) {
    print("huge.result() raised", error);
  }
}

asyncio.run(main());
