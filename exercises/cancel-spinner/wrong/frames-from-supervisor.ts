// fails: the spinner turns in its own task until the answer is ready
import * as asyncio from "asyncio";
import { world } from "looplab";

const { work, interval, answer } = world as { work: number; interval: number; answer: number };

async function supervisor(): Promise<number> {
  // Draws the frames itself between short sleeps, so no separate task ever spins.
  const frames = "|/-\\";
  let i = 0;
  for (let t = 0; t < work; t += interval) {
    print(`${frames[i++ % frames.length]} thinking!`);
    await asyncio.sleep(Math.min(interval, work - t));
  }
  print("spinner stopped");
  print(`Answer: ${answer}`);
  return answer;
}

asyncio.run(supervisor());
