// runForever() runs until stop(): the iteration in which stop() is called finishes, but
// callbacks that iteration schedules run only when the loop runs again.
import * as asyncio from "asyncio";

function tick(loop: asyncio.AbstractEventLoop, n: number): void {
  print(`tick ${n} at ${loop.time().toFixed(1)}`);
  if (n === 3) {
    loop.stop();
    loop.callSoon(print, "scheduled during the stopping iteration");
  } else {
    loop.callLater(0.5, tick, loop, n + 1);
  }
}

async function sideJob(): Promise<void> {
  print("side job starts");
  await asyncio.sleep(10);
  print("side job never finishes here");
}

const loop = asyncio.newEventLoop();
loop.callSoon(tick, loop, 1);
const job = loop.createTask(sideJob());
loop.runForever();
print(`run_forever returned at ${loop.time().toFixed(1)}, running? ${loop.isRunning()}`);
loop.callSoon(() => loop.stop());
loop.runForever();
print(`second run returned at ${loop.time().toFixed(1)}`);
job.cancel();
loop.runUntilComplete(asyncio.sleep(0));
print(`job cancelled? ${job.cancelled()}`);
loop.close();
