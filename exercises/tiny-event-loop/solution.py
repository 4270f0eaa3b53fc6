from looplab import world


def worker(name, naps):
    for i, nap in enumerate(naps):
        log(f"{name} step {i + 1}, then sleep {nap}")
        yield nap
    log(f"{name} done")


class TinyLoop:
    def __init__(self):
        self.clock = 0  # the loop's own clock, in seconds: it only moves when every job is asleep
        self.ready = []
        self.sleeping = []  # (job, wake) in the order they fell asleep: how ties are broken

    def spawn(self, job):
        """Puts a new job at the back of the ready queue."""
        self.ready.append(job)

    def run(self):
        """Runs until every job has returned."""
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(wake for _, wake in self.sleeping)
                self.ready.extend(job for job, wake in self.sleeping if wake <= self.clock)
                self.sleeping = [(job, wake) for job, wake in self.sleeping if wake > self.clock]
            job = self.ready.pop(0)
            try:
                nap = next(job)
            except StopIteration:
                continue
            if nap == 0:
                self.ready.append(job)
            else:
                self.sleeping.append((job, self.clock + nap))


loop = TinyLoop()


def log(message):
    print(f"[{loop.clock:.1f}] {message}")


for job in world["jobs"]:
    loop.spawn(worker(job["name"], job["naps"]))
loop.run()
log("all jobs done")
