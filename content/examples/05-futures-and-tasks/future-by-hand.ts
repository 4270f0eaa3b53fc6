// A Future is a box for a result that does not exist yet. Someone puts the
// result in with setResult(); everyone awaiting the box is then woken up.
import * as asyncio from "asyncio";

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const future = loop.createFuture<string>();
  print("done?", future.done());
  try {
    future.result();
  } catch (error) {
    print("result() too early:", error);
  }

  future.addDoneCallback((f) => print("done callback: the box now holds", f.result()));
  loop.callLater(1, () => future.setResult("the answer")); // someone fills the box later

  const value = await future; // pause until the box is filled
  print("await gave", value);
  print("done?", future.done());
}

asyncio.run(main());
