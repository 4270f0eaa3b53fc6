"""Executors on the virtual clock for oracle.py, mirroring Looplab's model (runtime/guest/
executors.ts, workers.ts, pools.ts, threads.ts), which follows concurrent.futures and asyncio:

- A function given to an executor runs to completion the moment its worker starts it, on a
  timeline of its own: its time.sleep() (and a blocking requests.get) advances that timeline, not
  the loop's. What it prints is held back and enters the output in time order with everyone
  else's. What happens when it ends (its future completes, its worker takes the next queued job)
  waits on an agenda until the loop's clock, or a thread blocked waiting for it, reaches that time.
- ThreadPoolExecutor: max_workers defaults to min(32, CPUs + 4) = 8 (4 virtual CPUs); an idle
  thread takes the next job (the one idle longest), else a new thread up to the limit; threads
  are named ThreadPoolExecutor-N_i, the loop's default executor's asyncio_i.
- ProcessPoolExecutor: max_workers defaults to 4; every worker process (ForkProcess-N) starts at
  the first submit; arguments and results are copied through pickle.
- Future.result()/exception(), Executor.shutdown(wait=True), wait() and as_completed() block the
  calling thread on the virtual clock. asyncio's run_in_executor and to_thread wrap the job's
  future as CPython does (wrap_future: the result reaches the loop through call_soon_threadsafe).
- CPU work costs no virtual time on the oracle (the sandbox charges it by a cost model), so the
  GIL and the cores, which only order CPU work, are not modelled: CPU-bound twins compare order.
"""

import concurrent.futures
import concurrent.futures._base as futures_base
import heapq
import itertools
import pickle
import time
from asyncio import events
from collections import deque

#: The virtual machine's CPU count, which sets the default pool sizes.
CPU_COUNT = 4

INFINITY = float("inf")

#: The real thread CPU clock (the oracle replaces the time module's other clocks, not this one).
_thread_time = time.thread_time


class Timeline:
    """A thread's clock: the loop thread's, or an executor worker's while its function runs."""

    def __init__(self, now=0.0):
        self.now = now


class Running:
    """What runs right now: its timeline, its name in the output (a worker's) and its held lines."""

    def __init__(self, loop_timeline):
        self.loop_timeline = loop_timeline
        self.timeline = loop_timeline
        self.actor = None
        self.capture = None


class HeldLines:
    """Lines printed by workers, held until the output reaches their time (merged by time, then order)."""

    def __init__(self):
        self._heap = []
        self._order = itertools.count()
        self.holding = 0
        self.out = None

    def hold(self, lines):
        if lines:
            heapq.heappush(self._heap, (lines[0]["t"], next(self._order), lines, 0))

    def release(self, limit, inclusive, force=False):
        # While a thread is blocked waiting for workers, their lines stay held; it releases them.
        if self.holding > 0 and not force:
            return
        while self._heap:
            t, order, lines, index = self._heap[0]
            if (t > limit) if inclusive else (t >= limit):
                break
            heapq.heappop(self._heap)
            self.out.append(lines[index])
            if index + 1 < len(lines):
                heapq.heappush(self._heap, (lines[index + 1]["t"], order, lines, index + 1))


class Workers:
    """The agenda, the held lines and the executors' shared state of one oracle run."""

    def __init__(self, running):
        self.running = running
        self.held = HeldLines()
        self._agenda = []
        self._order = itertools.count()
        self._wakes = {}
        #: The loop on the main thread, which the agenda wakes up.
        self.driver = None
        #: Real CPU time the loop's thread spent running workers' jobs (which run in-process, from
        #: the step that starts them): none of it held the loop, so --blocking leaves it out.
        self.worker_cpu = 0.0

    def now(self):
        return self.running.timeline.now

    def wake_at(self, loop, t):
        """Makes sure loop runs the agenda at t (a future it waits on completes then)."""
        if loop.is_closed():
            return
        times = self._wakes.setdefault(id(loop), set())
        if t in times:
            return
        times.add(t)

        def wake():
            times.discard(t)
            self.run_agenda(self.running.loop_timeline.now, lambda: True)

        loop.call_at(t, wake)

    def at_time(self, t, action):
        heapq.heappush(self._agenda, (t, next(self._order), action))
        loop = events._get_running_loop() or self.driver
        if loop is not None and not loop.is_closed():
            self.wake_at(loop, t)

    def run_agenda(self, limit, more):
        while more() and self._agenda and self._agenda[0][0] <= limit:
            heapq.heappop(self._agenda)[2]()

    def advance_while(self, limit, more):
        """For a blocked thread: the agenda's actions due by limit run, in time order, while more()."""
        self.held.holding += 1
        try:
            self.run_agenda(limit, more)
        finally:
            self.held.holding -= 1

    def block_until(self, t):
        """Blocks the calling thread until t while the agenda runs; held lines up to t are released."""
        start = self.now()
        if t > start:
            self.advance_while(t, lambda: True)
            self.running.timeline.now = t
        self.held.release(max(t, start), True)

    def run_on_worker(self, worker, start, body):
        """Runs body on worker from start (not before the caller's present): (ok, value, end)."""
        begin = max(start, self.now())
        self.driver = events._get_running_loop() or self.driver
        timeline = Timeline(begin)
        lines = []
        running = self.running
        saved = (running.timeline, running.actor, running.capture)
        # A job started from another worker's job is already counted in that job's CPU time.
        outermost = running.actor is None
        loop = events._get_running_loop()
        events._set_running_loop(None)  # no event loop runs in a worker thread
        running.timeline, running.actor, running.capture = timeline, worker.name, lines
        cpu_start = _thread_time()
        try:
            outcome = (True, body())
        except Exception as error:  # noqa: BLE001 - the job's exception is its outcome
            outcome = (False, error)
        finally:
            if outermost:
                self.worker_cpu += _thread_time() - cpu_start
            running.timeline, running.actor, running.capture = saved
            events._set_running_loop(loop)
        self.held.hold(lines)
        return outcome[0], outcome[1], timeline.now

    def finish(self):
        """At the end of the program: every job runs and every held line is released."""
        self.run_agenda(INFINITY, lambda: True)
        self.held.release(INFINITY, True, True)


#: The workers of the current run (oracle.py installs them).
workers = None


class Worker:
    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
        self.free_at = -INFINITY


class VirtualFuture(concurrent.futures.Future):
    """A job's future whose end time is known as soon as a worker started it."""

    def __init__(self):
        super().__init__()
        self._ends_at = None
        self._outcome = None

    def done(self):
        return super().done() or (self._ends_at is not None and self._ends_at <= workers.now())

    def running(self):
        return super().running() and not self.done()

    def add_done_callback(self, fn):
        if self.done() and not super().done():
            fn(self)
        else:
            super().add_done_callback(fn)

    def _wait(self, timeout):
        if self.cancelled():
            return
        start = workers.now()
        deadline = INFINITY if timeout is None else start + max(0, timeout)
        workers.advance_while(deadline, lambda: self._ends_at is None and not self.cancelled())
        if self.cancelled():
            return
        if self._ends_at is None and deadline == INFINITY:
            raise RuntimeError(
                "Deadlock: a thread waits for the result of a job that can never start "
                "(every worker of its pool is busy, waiting too)"
            )
        end = INFINITY if self._ends_at is None else self._ends_at
        if end > deadline:
            workers.block_until(deadline)
            raise TimeoutError()
        workers.block_until(end)

    def result(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise concurrent.futures.CancelledError()
        ok, value = self._outcome
        if not ok:
            raise value
        return value

    def exception(self, timeout=None):
        self._wait(timeout)
        if self.cancelled():
            raise concurrent.futures.CancelledError()
        ok, value = self._outcome
        return None if ok else value


class _VirtualExecutor(concurrent.futures.Executor):
    def __init__(self, max_workers, initializer=None, initargs=()):
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._workers = []
        self._queue = deque()
        self._shutdown_called = False
        self._busy = 0
        self._idle_waiters = []
        self._initializer = initializer
        self._initargs = initargs
        self._initialized = set()

    def submit(self, fn, /, *args, **kwargs):
        if self._shutdown_called:
            raise RuntimeError("cannot schedule new futures after shutdown")
        future = VirtualFuture()
        self._queue.append((fn, args, kwargs, future))
        self._dispatch(workers.now())
        return future

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown_called = True
        if cancel_futures:
            while self._queue:
                self._queue.popleft()[3].cancel()
        if not wait:
            return
        workers.advance_while(INFINITY, lambda: len(self._queue) > 0)
        workers.block_until(max([workers.now()] + [w.free_at for w in self._workers]))

    def _when_idle(self, callback):
        if self._busy == 0 and not self._queue:
            callback()
        else:
            self._idle_waiters.append(callback)

    def _dispatch(self, t):
        while self._queue:
            if self._queue[0][3].cancelled():
                self._queue.popleft()
                continue
            worker = self._free_worker(t)
            if worker is None:
                return
            self._start(self._queue.popleft(), worker, t)
        self._notify_if_idle()

    def _start(self, item, worker, t):
        fn, args, kwargs, future = item
        body = self._prepare(fn, args, kwargs)
        initialize = self._initializer is not None and worker not in self._initialized
        if initialize:
            self._initialized.add(worker)

        def run():
            if initialize:
                self._initializer(*self._initargs)
            return body()

        future.set_running_or_notify_cancel()
        worker.free_at = INFINITY  # busy until the job ends: a job it submits must wait for another worker
        ok, value, end = workers.run_on_worker(worker, t, run)
        worker.free_at = end
        future._ends_at = end
        future._outcome = (ok, value)
        self._busy += 1

        def complete():
            workers.held.release(end, True)
            self._busy -= 1
            if ok:
                concurrent.futures.Future.set_result(future, value)
            else:
                concurrent.futures.Future.set_exception(future, value)
            self._dispatch(end)

        workers.at_time(end, complete)

    def _notify_if_idle(self):
        if self._busy > 0 or self._queue:
            return
        waiters, self._idle_waiters = self._idle_waiters, []
        for waiter in waiters:
            waiter()


class ThreadPoolExecutor(_VirtualExecutor):
    """A pool of threads on the virtual clock: their blocking calls overlap."""

    _counter = itertools.count().__next__

    def __init__(self, max_workers=None, thread_name_prefix="", initializer=None, initargs=()):
        super().__init__(min(32, CPU_COUNT + 4) if max_workers is None else max_workers, initializer, initargs)
        self._thread_name_prefix = thread_name_prefix or f"ThreadPoolExecutor-{self._counter()}"

    def _free_worker(self, t):
        idle = [w for w in self._workers if w.free_at <= t]
        if idle:
            return min(idle, key=lambda w: w.free_at)
        if len(self._workers) >= self._max_workers:
            return None
        worker = Worker(f"{self._thread_name_prefix}_{len(self._workers)}", "thread")
        self._workers.append(worker)
        return worker

    def _prepare(self, fn, args, kwargs):
        return lambda: fn(*args, **kwargs)


_process_counter = itertools.count(1)


class ProcessPoolExecutor(_VirtualExecutor):
    """A pool of worker processes on the virtual clock; arguments and results are pickled."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), **kwargs):
        super().__init__(CPU_COUNT if max_workers is None else max_workers, initializer, initargs)

    def _free_worker(self, t):
        # With the fork start method, CPython starts every worker process at the first submit.
        if not self._workers:
            self._workers = [Worker(f"ForkProcess-{next(_process_counter)}", "process") for _ in range(self._max_workers)]
        idle = [w for w in self._workers if w.free_at <= t]
        return min(idle, key=lambda w: w.free_at) if idle else None

    def _prepare(self, fn, args, kwargs):
        def run():
            pickle.dumps(fn)  # a lambda or a local function cannot reach another process
            copied_args, copied_kwargs = pickle.loads(pickle.dumps((args, kwargs)))
            return pickle.loads(pickle.dumps(fn(*copied_args, **copied_kwargs)))

        return run


def _completion_times(fs, limit):
    workers.advance_while(limit, lambda: any(not f.cancelled() and f._ends_at is None for f in fs))
    return {
        f: workers.now() if f.cancelled() else (INFINITY if f._ends_at is None else f._ends_at) for f in fs
    }


def _ends(f, times):
    """When f completes: a future not made by these executors counts as done already if it is."""
    return times.get(f, workers.now() if f.done() else INFINITY)


def wait(fs, timeout=None, return_when=concurrent.futures.ALL_COMPLETED):
    """concurrent.futures.wait on the virtual clock: blocks the calling thread; (done, not_done)."""
    fs = set(fs)
    start = workers.now()
    deadline = INFINITY if timeout is None else start + timeout
    times = _completion_times([f for f in fs if isinstance(f, VirtualFuture)], deadline)
    ends = sorted(_ends(f, times) for f in fs)
    until = ends[-1] if ends else start
    if return_when == concurrent.futures.FIRST_COMPLETED:
        until = ends[0] if ends else start
    elif return_when == concurrent.futures.FIRST_EXCEPTION:
        failures = [_ends(f, times) for f in fs if isinstance(f, VirtualFuture) and f._outcome and not f._outcome[0]]
        if failures:
            until = min(until, min(failures))
    elif return_when != concurrent.futures.ALL_COMPLETED:
        raise ValueError(f"Invalid return condition: {return_when!r}")
    workers.block_until(min(max(until, start), deadline))
    done = {f for f in fs if f.done()}
    return futures_base.DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """concurrent.futures.as_completed on the virtual clock: yields futures as they complete."""
    # In the order given (a dict keeps it, a set would not): of futures ending together, the
    # first given comes first, as in the runtime.
    pending = dict.fromkeys(fs)
    total = len(pending)
    start = workers.now()
    deadline = INFINITY if timeout is None else start + timeout
    while pending:
        times = _completion_times([f for f in pending if isinstance(f, VirtualFuture)], deadline)
        future = min(pending, key=lambda f: _ends(f, times))
        at = _ends(future, times)
        if at > deadline:
            workers.block_until(deadline)
            raise TimeoutError(f"{len(pending)} (of {total}) futures unfinished")
        workers.block_until(at)
        del pending[future]
        yield future


async def shutdown_default_executor(loop):
    """loop.shutdown_default_executor(): refuses new jobs and waits until the running ones end."""
    loop._executor_shutdown_called = True
    executor = loop._default_executor
    if executor is None:
        return
    executor.shutdown(wait=False)
    future = loop.create_future()

    def idle():
        if not loop.is_closed():
            loop.call_soon(lambda: future.done() or future.set_result(None))

    executor._when_idle(idle)
    await future


def install(running):
    """Puts the virtual executors in place of concurrent.futures' own, for one run."""
    global workers
    workers = Workers(running)
    concurrent.futures.ThreadPoolExecutor = ThreadPoolExecutor
    concurrent.futures.ProcessPoolExecutor = ProcessPoolExecutor
    concurrent.futures.wait = wait
    concurrent.futures.as_completed = as_completed
    return workers
