// When main returns, asyncio.run cancels the tasks still running and waits for them with
// gather(..., return_exceptions=True): one task failing during its cleanup does not stop the
// others from cleaning up; the failure is reported instead.
import * as asyncio from "asyncio";

async function leftover(name: string, cleanupTime: number): Promise<void> {
  try {
    await asyncio.sleep(10);
  } catch (cancelled) {
    await asyncio.sleep(cleanupTime); // cleaning up may itself wait, for example to close a connection
    print(`${name}: cleaned up`);
    if (name === "bad") throw new Error("cleanup failed", { cause: cancelled });
    throw cancelled; // let the cancellation finish the task
  }
}

async function main(): Promise<void> {
  asyncio.createTask(leftover("good", 0.01));
  asyncio.createTask(leftover("bad", 0.02));
  asyncio.createTask(leftover("also good", 0.03));
  await asyncio.sleep(0.1);
  print("main: returning");
}

asyncio.run(main());
print("asyncio.run returned");
