// Callback style: fetch() returns at once, and the callback runs later, when
// the (simulated) response arrives. The event loop is what calls it.
import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

interface Response {
  url: string;
  body: string;
}

// A pretend network: each site answers after its own latency, on the loop's clock.
const SITES: Record<string, { latency: number; body: string }> = {
  "http://www.google.com": { latency: 0.3, body: "<html>Search</html>" },
  "http://www.yandex.ru": { latency: 0.5, body: "<html>Poisk</html>" },
  "http://www.python.org": { latency: 0.2, body: "<html>Welcome to Python.org</html>" },
};

function fetch(url: string, callback: (error: Error | null, response?: Response) => void): void {
  const site = SITES[url];
  loop.callLater(site.latency, () => callback(null, { url, body: site.body }));
}

let outstanding = 0; // how many responses are still on their way

function handleResponse(error: Error | null, response?: Response): void {
  if (error) {
    print("Error:", error.message);
  } else if (response) {
    print(`${response.url}: ${response.body.length} bytes: ${response.body}`);
  }
  outstanding -= 1;
  if (outstanding === 0) loop.stop(); // the last one turns off the lights
}

for (const url of Object.keys(SITES)) {
  outstanding += 1;
  fetch(url, handleResponse);
}
print("all three requests sent");

loop.runForever(); // run callbacks as they come due, until loop.stop()
loop.close();
