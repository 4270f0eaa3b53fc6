// A plain synchronous program: no async anywhere. Each download waits for the
// one before it, and while the program waits it does nothing else at all.
import * as time from "time";

function download(name: string, seconds: number): string {
  print(`start ${name}`);
  time.sleep(seconds); // the network is slow; this line blocks until it answers
  print(`done ${name}`);
  return `${name}.html`;
}

const pages = [download("news", 2), download("weather", 3)];
print(pages);
