#!/usr/bin/env python3
"""Runs one asyncio program on CPython with a virtual clock and prints what it printed as JSON.

Usage: python3 tests/differential/oracle.py [--world JSON] [--blocking] programs/NN-name.py

The output is {"events": [{"t", "task", "text"}, ...], "elapsed": float, "error": str | None}:
every line the program printed with the virtual time and the name of the current task (null
outside a task, e.g. in a loop callback), the virtual time when the program ended, and the
uncaught exception as "Name: message". With --blocking it also has "blocked": the names of the
tasks whose steps held the loop with CPU work (see BLOCKING_CPU), in the order they did.

--world JSON is an exercise variant's parameters, which the program reads with
`from looplab import world` (a dict). The directory fakes/ next to this file is put on sys.path:
it holds looplab and the simulated services (aiohttp, requests, flags), see its modules.

How the clock works (the idea of CPython's Lib/test/test_asyncio/utils.py TestLoop):
- One virtual clock per process, starting at 0.0. Every event loop's time() reads it.
- The loop's selector never waits: select(timeout) with timeout > 0 jumps the clock to the
  earliest timer deadline. select(None) (nothing ready, no timer) would block forever in real
  asyncio; here it raises Deadlock so a broken program ends instead of hanging.
- Timers with equal deadlines fire in the order they were scheduled: the timer heap orders
  handles by (deadline, sequence number). CPython's own TimerHandle compares deadlines only and
  heapq is not stable, so ties would otherwise fire in the heap's accidental order (with a real
  clock a later call_later always gets a later deadline, so CPython never sees such ties).
- time.sleep(s) blocks: it advances the clock by s and nothing else runs meanwhile.
- time.time() is EPOCH + clock, time.monotonic() and time.perf_counter() are the clock,
  time.ctime() formats EPOCH + clock in UTC. EPOCH is the moment of the Hello/Goodbye examples,
  Sun Aug 18 02:14:34 2019 UTC; Looplab's runtime uses the same epoch.

Executors (run_in_executor, to_thread, concurrent.futures pools) run on virtual timelines: see
virtual_workers.py.

One more thing is made deterministic: a TaskGroup cancels its tasks in creation order (CPython
iterates a set of them, in address order, which changes from run to run); see order_task_groups.
"""

import argparse
import asyncio
import collections.abc
import heapq
import io
import itertools
import json
import os
import runpy
import selectors
import sys
import time
from asyncio import base_events, events

import virtual_network
import virtual_workers

if sys.version_info < (3, 11):
    sys.exit("oracle.py needs Python 3.11 or newer (asyncio's behaviour changed in 3.11)")

#: time.time() at virtual time 0: Sun Aug 18 02:14:34 2019 UTC.
EPOCH = 1566094474.0

#: A task step that uses at least this much real CPU time counts as holding the loop (--blocking).
#: Looplab's examples that block do so for tens of milliseconds or more; a step that only awaits
#: uses microseconds. Thread CPU time, unlike wall time, does not grow when the machine is busy.
BLOCKING_CPU = 0.01

#: The simulated services and `looplab` module the programs import.
FAKES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fakes")

#: The real thread CPU clock, saved before install_virtual_time() replaces the time module's clocks.
_thread_time = time.thread_time

#: Deadlines closer than this to the clock count as due (CPython's TestLoop uses the same).
CLOCK_RESOLUTION = 1e-9


#: The loop thread's timeline: the process-wide virtual clock, in seconds since the program started.
clock = virtual_workers.Timeline()

#: The timeline (the loop thread's, or an executor worker's) of the code running now.
running = virtual_workers.Running(clock)

#: Executors on the virtual clock (see virtual_workers.py).
workers = virtual_workers.install(running)

# A global counter, so that ties are broken by scheduling order even across loops.
_timer_sequence = itertools.count()


class Deadlock(RuntimeError):
    """Nothing is ready and no timer is pending: real asyncio would wait forever."""


class OrderedTimerHandle(events.TimerHandle):
    """A TimerHandle ordered by (deadline, scheduling order) instead of deadline alone."""

    __slots__ = ("_seq",)

    def __init__(self, when, callback, args, loop, context=None):
        super().__init__(when, callback, args, loop, context)
        self._seq = next(_timer_sequence)

    def _key(self):
        return (self._when, self._seq)

    def __lt__(self, other):
        if isinstance(other, OrderedTimerHandle):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, OrderedTimerHandle):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, OrderedTimerHandle):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, OrderedTimerHandle):
            return self._key() >= other._key()
        return NotImplemented


class VirtualSelector(selectors.BaseSelector):
    """A selector with no I/O whose select() moves the clock to the loop's next deadline."""

    def __init__(self, loop):
        self._loop = loop
        self._keys = {}

    def register(self, fileobj, events, data=None):
        key = selectors.SelectorKey(fileobj, 0, events, data)
        self._keys[fileobj] = key
        return key

    def unregister(self, fileobj):
        return self._keys.pop(fileobj)

    def select(self, timeout=None):
        if timeout is None:
            raise Deadlock("no task is ready and no timer is pending")
        if timeout > 0:
            # _run_once computed timeout from this same heap head (cancelled heads already
            # popped); jump to the deadline itself rather than adding the difference, so a 3 s
            # sleep ends at exactly 3.0.
            clock.now = max(clock.now, self._loop._scheduled[0]._when)
        return []

    def get_map(self):
        return self._keys

    def close(self):
        self._keys.clear()


class VirtualEventLoop(base_events.BaseEventLoop):
    """CPython's BaseEventLoop on the virtual clock, with stable timer ties."""

    def __init__(self):
        super().__init__()
        self._clock_resolution = CLOCK_RESOLUTION
        self._selector = VirtualSelector(self)

    def time(self):
        return clock.now

    def call_at(self, when, callback, *args, context=None):
        # Same as BaseEventLoop.call_at, with OrderedTimerHandle in place of TimerHandle.
        if when is None:
            raise TypeError("when cannot be None")
        self._check_closed()
        if self._debug:
            self._check_thread()
            self._check_callback(callback, "call_at")
        timer = OrderedTimerHandle(when, callback, args, self, context)
        if timer._source_traceback:
            del timer._source_traceback[-1]
        heapq.heappush(self._scheduled, timer)
        timer._scheduled = True
        return timer

    async def shutdown_default_executor(self):
        # CPython waits for the default executor in a real thread; here its jobs end on the agenda.
        await virtual_workers.shutdown_default_executor(self)

    async def create_connection(self, protocol_factory, host=None, port=None, **kwargs):
        # Streams (asyncio.open_connection) connect over the simulated network.
        return await virtual_network.create_connection(self, protocol_factory, host, port)

    async def create_server(self, protocol_factory, host=None, port=None, *, start_serving=True, **kwargs):
        # Streams (asyncio.start_server) listen on the simulated network.
        return await virtual_network.create_server(self, protocol_factory, host, port, start_serving=start_serving)

    def _process_events(self, event_list):
        pass

    def _write_to_self(self):
        pass


class VirtualEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """Makes asyncio.run(), asyncio.new_event_loop() and get_event_loop() use VirtualEventLoop."""

    _loop_factory = VirtualEventLoop


def _sleep(secs):
    if secs < 0:
        raise ValueError("sleep length must be non-negative")
    running.timeline.now += secs


def _now():
    return running.timeline.now


def _time():
    return EPOCH + _now()


def _ctime(secs=None):
    return time.asctime(time.gmtime(_time() if secs is None else secs))


def install_virtual_time():
    """Replaces the time module's clocks and sleep with the virtual ones."""
    time.sleep = _sleep
    time.time = _time
    time.time_ns = lambda: int(_time() * 1e9)
    time.monotonic = _now
    time.monotonic_ns = lambda: int(_now() * 1e9)
    time.perf_counter = _now
    time.perf_counter_ns = lambda: int(_now() * 1e9)
    time.ctime = _ctime
    asyncio.set_event_loop_policy(VirtualEventLoopPolicy())


class TaskSet(collections.abc.MutableSet):
    """A set of tasks that iterates in the order they were added."""

    def __init__(self):
        self._tasks = {}

    def __contains__(self, task):
        return task in self._tasks

    def __iter__(self):
        return iter(self._tasks)

    def __len__(self):
        return len(self._tasks)

    def add(self, task):
        self._tasks[task] = None

    def discard(self, task):
        self._tasks.pop(task, None)


def order_task_groups():
    """Makes a TaskGroup cancel its tasks in the order they were created, as Looplab's does.

    CPython's TaskGroup keeps its tasks in a set, which iterates in the order of their memory
    addresses: when one task fails, the others are cancelled in an order that changes from run
    to run. Creation order is one of those orders, and the one the runtime always takes.
    """
    original = asyncio.TaskGroup.__init__

    def init(self):
        original(self)
        self._tasks = TaskSet()

    asyncio.TaskGroup.__init__ = init


def current_task_name():
    """The running task's name, or None outside a task (no loop, or a plain loop callback)."""
    try:
        task = asyncio.current_task()
    except RuntimeError:
        return None
    return task.get_name() if task is not None else None


class RecordingStdout(io.TextIOBase):
    """Stands in for sys.stdout: each completed line becomes an event stamped when it completes."""

    def __init__(self):
        self.events = []
        self._pending = ""

    def writable(self):
        return True

    def write(self, s):
        self._pending += s
        while "\n" in self._pending:
            line, self._pending = self._pending.split("\n", 1)
            self._record(line)
        return len(s)

    def finish(self):
        if self._pending:
            self._record(self._pending)
            self._pending = ""

    def _record(self, line):
        event = {"t": running.timeline.now, "task": running.actor or current_task_name(), "text": line}
        if running.capture is not None:
            running.capture.append(event)  # a worker's line, held until the output reaches its time
            return
        workers.held.release(event["t"], False)
        self.events.append(event)


class TimedCoroutine(collections.abc.Coroutine):
    """Wraps a task's coroutine to note the steps that held the loop with CPU work (--blocking)."""

    def __init__(self, coro, blocked):
        self._coro = coro
        self._blocked = blocked

    def _timed(self, step, *args):
        start = _thread_time()
        on_workers = workers.worker_cpu
        try:
            return step(*args)
        finally:
            # A job the step handed to an executor ran here too, but on its worker's timeline.
            on_loop = (_thread_time() - start) - (workers.worker_cpu - on_workers)
            if on_loop >= BLOCKING_CPU:
                self._blocked.append(current_task_name())

    def send(self, value):
        return self._timed(self._coro.send, value)

    def throw(self, *args):
        return self._timed(self._coro.throw, *args)

    def close(self):
        return self._coro.close()

    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        return self.send(None)

    def __getattr__(self, name):
        # cr_frame, cr_code, __qualname__…: what Task.__repr__ and tracebacks read.
        return getattr(self._coro, name)


def watch_blocking(blocked):
    """Makes every new event loop wrap its tasks' coroutines in TimedCoroutine."""

    def task_factory(loop, coro, **kwargs):
        return asyncio.Task(TimedCoroutine(coro, blocked), loop=loop, **kwargs)

    original = VirtualEventLoop.__init__

    def init(self):
        original(self)
        self.set_task_factory(task_factory)

    VirtualEventLoop.__init__ = init


def run(path, world=None, blocking=False):
    """Runs the program at path on the virtual clock and returns its trace as a dict."""
    install_virtual_time()
    order_task_groups()
    sys.path.insert(0, FAKES)
    import looplab  # noqa: PLC0415 - the fake module, importable only once FAKES is on sys.path

    looplab.world = world if world is not None else {}
    blocked = []
    if blocking:
        watch_blocking(blocked)
    recorder = RecordingStdout()
    workers.held.out = recorder.events
    real_stdout = sys.stdout
    sys.stdout = recorder
    sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
    error = None
    try:
        runpy.run_path(path, run_name="__main__")
    except SystemExit as e:
        if e.code not in (None, 0):
            error = f"SystemExit: {e.code}"
    except BaseException as e:  # noqa: BLE001 - the program's uncaught exception is the result
        error = f"{type(e).__name__}: {e}"
    finally:
        # Jobs still on the agenda end, and what the workers printed is released, even after an error.
        workers.finish()
        sys.stdout = real_stdout
    recorder.finish()
    trace = {"events": recorder.events, "elapsed": clock.now, "error": error}
    if blocking:
        trace["blocked"] = blocked
    return trace


def main(argv):
    parser = argparse.ArgumentParser(prog="oracle.py", description="Runs an asyncio program on a virtual clock.")
    parser.add_argument("program", help="the .py file to run")
    parser.add_argument("--world", default="{}", help="the variant's parameters as JSON (looplab.world)")
    parser.add_argument("--blocking", action="store_true", help="report the tasks that held the loop with CPU work")
    args = parser.parse_args(argv[1:])
    trace = run(args.program, json.loads(args.world), args.blocking)
    # One event per line keeps the output readable and diffable.
    events_json = ",\n  ".join(json.dumps(event) for event in trace["events"])
    sys.stdout.write(
        "{\n"
        f' "events": [\n  {events_json}\n ],\n'
        f' "elapsed": {json.dumps(trace["elapsed"])},\n'
        f' "error": {json.dumps(trace["error"])}'
        + (f',\n "blocked": {json.dumps(trace["blocked"])}' if "blocked" in trace else "")
        + "\n}\n"
    )


if __name__ == "__main__":
    main(sys.argv)
