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
    for (;;) {
      let job = this.ready.shift();
      if (job === undefined) {
        if (this.sleeping.length === 0) return;
        // Nobody is ready: the earliest wake-up (the first to fall asleep among equals) sets the clock.
        let first = this.sleeping[0];
        for (const s of this.sleeping) if (s.wake < first.wake) first = s;
        this.clock = first.wake;
        const woken = this.sleeping.filter((s) => s.wake <= this.clock);
        this.sleeping = this.sleeping.filter((s) => s.wake > this.clock);
        this.ready.push(...woken.map((s) => s.job));
        job = this.ready.shift() as Job;
      }
      const step = job.next();
      if (step.done) continue;
      if (step.value === 0) this.ready.push(job);
      else this.sleeping.push({ job, wake: this.clock + step.value });
    }
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
