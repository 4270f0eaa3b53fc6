import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

// A pretend network: the callback gets the page `latency` seconds from now.
function fetch(url: string, latency: number, callback: (body: string) => void): void {
  loop.callLater(latency, () => callback(`<${url}>`));
}

print("sending requests");
fetch("a.example", 0.3, (body) => print(`got ${body}`));
fetch("b.example", 0.1, (body) => {
  print(`got ${body}`);
  fetch("c.example", 0.1, (next) => print(`got ${next}, requested after b`));
});
loop.callSoon(() => print("callSoon callback"));
print("all requests sent");

loop.callLater(1, () => loop.stop());
loop.runForever();
loop.close();
print("loop stopped");
