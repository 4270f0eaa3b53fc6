// Errors in callback style: the callback runs long after fetch() returned, so
// a try/catch around fetch() cannot see what goes wrong inside the callback.
import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

interface Response {
  url: string;
  body: string;
}

const SITES: Record<string, string> = {
  "http://www.python.org": "<html>Welcome to Python.org</html>",
};

function fetch(url: string, callback: (error: Error | null, response?: Response) => void): void {
  loop.callLater(0.2, () => {
    const body = SITES[url];
    if (body === undefined) {
      callback(new Error(`could not resolve host for ${url}`)); // the error is a value
    } else {
      callback(null, { url, body });
    }
  });
}

// A careful callback checks the error first, because nobody else will.
function careful(error: Error | null, response?: Response): void {
  if (error) {
    print("careful: Error:", error.message);
    return;
  }
  print(`careful: ${response!.url}: ${response!.body.length} bytes`);
}

// A careless callback forgets, and crashes on the missing response.
function careless(error: Error | null, response?: Response): void {
  print(`careless: ${response!.url}: ${response!.body.length} bytes`);
}

try {
  fetch("http://no-such-host.test", careful);
  fetch("http://no-such-host.test", careless);
} catch (error) {
  print("caught:", error); // never printed: fetch() returned before anything failed
}
print("both requests sent, no error so far");

loop.callLater(1, () => loop.stop()); // close the office after one second
loop.runForever();
loop.close();
print("the program carries on as if nothing happened");
