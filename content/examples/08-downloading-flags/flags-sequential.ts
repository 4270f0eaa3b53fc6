// Fluent Python's flags.py: download the flags of the 20 most populous countries one after the
// other with a blocking client. Every request waits for the previous one.
import * as time from "time";
import { flags, requests } from "services";

function getFlag(cc: string): string {
  return requests.get(flags.url(cc)).content; // blocks until the image has arrived
}

function show(text: string): void {
  print(text);
}

function downloadMany(ccList: readonly string[]): number {
  for (const cc of [...ccList].sort()) {
    const image = getFlag(cc);
    show(cc);
    flags.saveFlag(image, `${cc.toLowerCase()}.gif`);
  }
  return ccList.length;
}

const t0 = time.time();
const count = downloadMany(flags.POP20_CC);
print(`${count} flags downloaded in ${(time.time() - t0).toFixed(2)}s`);
