// A TaskGroup runs tasks that belong together: the block ends only when every task has ended,
// and if one task fails, the group cancels the others and throws the errors as an ExceptionGroup.
import * as asyncio from "asyncio";

async function download(name: string, seconds: number, fails = false): Promise<string> {
  try {
    await asyncio.sleep(seconds);
    if (fails) throw new Error(`${name}: server said 500`);
    print(`${name}: done`);
    return `${name}.html`;
  } catch (error) {
    if (error instanceof asyncio.CancelledError) print(`${name}: cancelled`);
    throw error;
  }
}

async function main(): Promise<void> {
  const pages = await asyncio.TaskGroup.run(async (tg) => {
    const news = tg.createTask(download("news", 2));
    const weather = tg.createTask(download("weather", 3));
    return [news, weather];
  });
  print(
    "all downloads finished:",
    pages.map((task) => task.result()),
  );

  try {
    await asyncio.TaskGroup.run(async (tg) => {
      tg.createTask(download("sports", 3));
      tg.createTask(download("broken", 1, true));
      tg.createTask(download("stocks", 4));
    });
  } catch (error) {
    if (!(error instanceof asyncio.ExceptionGroup)) throw error;
    print(
      "the group failed:",
      error.exceptions.map((e) => (e as Error).message),
    );
  }
}

asyncio.run(main());
