// Generators as coroutines, the way asyncio started out: each coroutine yields
// a Future when it has to wait, and a small driver resumes it when that Future
// has a result. The code inside callUrl reads top to bottom, with no callbacks.
import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

const SITES: Record<string, { latency: number; body: string }> = {
  "http://www.google.com": { latency: 0.3, body: "<html>Search</html>" },
  "http://www.yandex.ru": { latency: 0.5, body: "<html>Poisk</html>" },
  "http://www.python.org": { latency: 0.2, body: "<html>Welcome to Python.org</html>" },
};

// The callback machinery is still there, but hidden inside fetch(): it returns
// a Future (a box that will hold the response) instead of taking a callback.
function fetch(url: string): asyncio.Future<string> {
  const future = loop.createFuture<string>();
  loop.callLater(SITES[url].latency, () => future.setResult(SITES[url].body));
  return future;
}

function* callUrl(url: string): Generator<asyncio.Future<string>, string, string> {
  print(`Starting ${url}`);
  const data = yield fetch(url); // pause until the response is in
  print(`${url}: ${data.length} bytes: ${data}`);
  return data;
}

// The driver: a much simplified asyncio Task. It runs the generator up to its
// next yield, and when the yielded Future is done, runs it again with the result.
function drive(gen: Generator<asyncio.Future<string>, string, string>, whenDone: () => void): void {
  function step(value: string): void {
    const next = gen.next(value);
    if (next.done) {
      whenDone();
      return;
    }
    next.value.addDoneCallback((future) => step(future.result()));
  }
  loop.callSoon(() => step(""));
}

let running = 0;
for (const url of Object.keys(SITES)) {
  running += 1;
  drive(callUrl(url), () => {
    running -= 1;
    if (running === 0) loop.stop();
  });
}
loop.runForever();
loop.close();
