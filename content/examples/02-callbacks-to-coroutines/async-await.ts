// The same three requests with async/await. The coroutine reads like ordinary
// sequential code; errors are exceptions again; results are return values.
import * as asyncio from "asyncio";

const SITES: Record<string, { latency: number; body: string }> = {
  "http://www.google.com": { latency: 0.3, body: "<html>Search</html>" },
  "http://www.yandex.ru": { latency: 0.5, body: "<html>Poisk</html>" },
  "http://www.python.org": { latency: 0.2, body: "<html>Welcome to Python.org</html>" },
};

// Still built on a Future and a timer callback underneath.
function fetch(url: string): asyncio.Future<string> {
  const loop = asyncio.getRunningLoop();
  const future = loop.createFuture<string>();
  const site = SITES[url];
  loop.callLater(site?.latency ?? 0.1, () => {
    if (site) future.setResult(site.body);
    else future.setException(new Error(`could not resolve host for ${url}`));
  });
  return future;
}

async function callUrl(url: string): Promise<string> {
  print(`Starting ${url}`);
  const data = await fetch(url);
  print(`${url}: ${data.length} bytes: ${data}`);
  return data;
}

async function main(): Promise<void> {
  const pages = await asyncio.gather(...Object.keys(SITES).map(callUrl));
  print(
    "sizes:",
    pages.map((page) => page.length),
  );

  try {
    await callUrl("http://no-such-host.test");
  } catch (error) {
    print("caught:", error); // the error travelled up the stack like any exception
  }
}

asyncio.run(main());
