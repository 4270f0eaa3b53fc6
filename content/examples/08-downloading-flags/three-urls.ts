// The three-URL example of "Asynchronous Python", with asyncio.wait: start every call as a task,
// wait until all are done, then look at each result. (Looplab's simulated internet knows
// www.example.com and the flag server; any other host fails to connect.)
import * as asyncio from "asyncio";
import { http } from "services";

const urls = ["http://www.example.com", "http://flupy.org/data/flags/jp/jp.gif", "http://www.python.org"];

async function callUrl(url: string): Promise<string> {
  print(`Starting ${url}`);
  const response = await http.get(url);
  const data = await response.text();
  print(`${url}: ${data.length} bytes`);
  return data;
}

async function main(): Promise<void> {
  const tasks = urls.map((url) => asyncio.createTask(callUrl(url)));
  const [done, pending] = await asyncio.wait(tasks);
  print(`${done.size} done, ${pending.size} pending`);
  for (const task of tasks) {
    const error = task.exception();
    print(
      error === null
        ? `ok: ${task.getName()}`
        : `failed: ${task.getName()}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

asyncio.run(main());
