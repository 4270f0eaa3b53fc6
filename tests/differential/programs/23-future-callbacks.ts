// A future's done callbacks are scheduled with callSoon in registration order when it
// completes; a task awaiting the future is woken by one of those callbacks, in the same queue.
// A callback added to a future that is already done is scheduled at once.
import * as asyncio from "asyncio";

function callback(label: string): (fut: asyncio.Future<number>) => void {
  return (fut) => {
    print(`callback ${label} sees ${fut.result()}`);
  };
}

async function waiter(fut: asyncio.Future<number>, label: string): Promise<void> {
  const value = await fut;
  print(`${label} woke with ${value}`);
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const fut = loop.createFuture<number>();
  fut.addDoneCallback(callback("first"));
  const task = asyncio.createTask(waiter(fut, "waiter task"));
  await asyncio.sleep(0);
  fut.addDoneCallback(callback("second"));
  const removed = callback("removed");
  fut.addDoneCallback(removed);
  print(`removed ${fut.removeDoneCallback(removed)} callback(s)`);
  loop.callLater(1, (v: number) => fut.setResult(v), 42);
  print(`main waits, done? ${fut.done()}`);
  const value = await fut;
  print(`main woke with ${value} at ${loop.time().toFixed(1)}`);
  fut.addDoneCallback(callback("late"));
  print("late callback added");
  await task;
  print("main done");
}

asyncio.run(main());
