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
  private ready: Job[] = [];
  /** Sleeping jobs, in the order they fell asleep (which is how ties are broken). */
  private sleeping: { job: Job; wake: number }[] = [];

  /** Puts a new job at the back of the ready queue. */
  spawn(job: Job): void {
    this.ready.push(job);
  }

  /** Runs until every job has returned. */
  run(): void {
    while (this.ready.length > 0 || this.sleeping.length > 0) {
      while (this.ready.length > 0) this.step(this.ready.shift() as Job);
      if (this.sleeping.length === 0) break;
      this.clock = this.sleeping.reduce((min, s) => Math.min(min, s.wake), Infinity);
      const stillAsleep: { job: Job; wake: number }[] = [];
      for (const s of this.sleeping) {
        if (s.wake <= this.clock) this.ready.push(s.job);
        else stillAsleep.push(s);
      }
      this.sleeping = stillAsleep;
    }
  }

  /** Runs one step of a job and files it as ready again, asleep, or done. */
  private step(job: Job): void {
    const step = job.next();
    if (step.done) return;
    if (step.value === 0) this.ready.push(job);
    else this.sleeping.push({ job, wake: this.clock + step.value });
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
