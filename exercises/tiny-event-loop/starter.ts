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
  /** The loop's own clock, in seconds. It only moves when every job is asleep. */
  clock = 0;

  /** Jobs ready to run, first in first out. */
  private ready: Job[] = [];

  /** Puts a new job at the back of the ready queue. */
  spawn(job: Job): void {
    this.ready.push(job);
  }

  /**
   * Runs until every job has returned. Over and over:
   * - if no job is ready, move the clock forward to the earliest wake-up time, and put
   *   every job due by then at the back of the ready queue, in the order they fell asleep;
   * - take the job at the front of the ready queue and run it to its next yield (job.next());
   * - if it yielded 0, put it at the back of the ready queue;
   * - if it yielded n > 0, it sleeps until clock + n;
   * - if it returned ({ done: true }), forget it.
   */
  run(): void {
    // Your code here.
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
