// fails: the loop keeps its own clock, without asyncio
import * as asyncio from "asyncio";
import { world } from "looplab";

// A job is a generator: it yields how many seconds it wants to sleep (0 means
// "just let the others have a turn") and returns when it is done.
type Job = Generator<number, void, undefined>;

// ---- The jobs: leave this part as it is. -----------------------------------

function* worker(name: string, naps: number[]): Job {
  for (const [i, nap] of naps.entries()) {
    log(`${name} step ${i + 1}, then sleep ${nap}`);
    yield nap;
  }
  log(`${name} done`);
}

// ---- Your event loop. -------------------------------------------------------

class TinyLoop {
  clock = 0;
  private jobs: Job[] = [];

  spawn(job: Job): void {
    this.jobs.push(job);
  }

  // Lets asyncio do the scheduling: one task per job, and real (virtual) sleeps.
  run(): void {
    const drive = async (job: Job): Promise<void> => {
      for (let step = job.next(); !step.done; step = job.next()) {
        await asyncio.sleep(step.value);
        this.clock = asyncio.getRunningLoop().time();
      }
    };
    asyncio.run(
      (async () => {
        await asyncio.gather(...this.jobs.map(drive));
      })(),
    );
  }
}

// ---- Running it: leave this part as it is. ----------------------------------

const loop = new TinyLoop();

function log(message: string): void {
  print(`[${loop.clock.toFixed(1)}] ${message}`);
}

for (const { name, naps } of world.jobs as { name: string; naps: number[] }[]) {
  loop.spawn(worker(name, naps));
}
loop.run();
log("all jobs done");
