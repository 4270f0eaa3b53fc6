// Collecting results in callback style: there is nobody to return them to, so
// they go into variables outside the callbacks, and the callback that happens
// to arrive last has to notice it is last.
import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

const LATENCY: Record<string, number> = {
  "http://www.google.com": 0.3,
  "http://www.yandex.ru": 0.5,
  "http://www.python.org": 0.2,
};

function fetch(url: string, callback: (error: Error | null, body?: string) => void): void {
  loop.callLater(LATENCY[url], () => callback(null, `<html>${url}</html>`));
}

const urls = Object.keys(LATENCY);
const sizes: Record<string, number> = {}; // shared by every callback
let remaining = urls.length; // also shared: which callback is the last one?

for (const url of urls) {
  fetch(url, (error, body) => {
    if (error) {
      print("Error:", error.message);
    } else {
      sizes[url] = body!.length;
      print(`got ${url}`);
    }
    remaining -= 1;
    if (remaining === 0) {
      // Only now is it safe to use all the results together.
      const total = urls.reduce((sum, u) => sum + (sizes[u] ?? 0), 0);
      print("total bytes:", total);
      loop.stop();
    }
  });
}

loop.runForever();
loop.close();
