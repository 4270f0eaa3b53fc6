// A coroutine may catch CancelledError and simply return. Then the task is not
// cancelled at all: it finishes normally, with whatever it returned.
import * as asyncio from "asyncio";

async function stubborn(): Promise<string> {
  try {
    await asyncio.sleep(10);
    return "finished the job";
  } catch (error) {
    if (error instanceof asyncio.CancelledError) {
      print("stubborn: cancelled? I think not");
      return "refused to stop";
    }
    throw error;
  }
}

async function main(): Promise<void> {
  const task = asyncio.createTask(stubborn());
  await asyncio.sleep(1);
  task.cancel();
  const result = await task; // no CancelledError here
  print("result:", result);
  print("task.cancelled() is", task.cancelled());
}

asyncio.run(main());
