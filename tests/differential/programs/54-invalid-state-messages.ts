// The messages of InvalidStateError, as the C Future that asyncio uses words them: setting a done
// (or cancelled) future again says "invalid state"; reading a pending one names what is not set.
import * as asyncio from "asyncio";

class ValueError extends Error {
  override name = "ValueError";
}
class KeyError extends Error {
  override name = "KeyError";
}

function attempt(label: string, action: () => unknown): void {
  try {
    action();
  } catch (e) {
    if (!(e instanceof asyncio.InvalidStateError)) throw e;
    print(`${label}: ${e.name}: ${e.message}`);
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const done = loop.createFuture<number>();
  done.setResult(1);
  attempt("set_result on a done future", () => done.setResult(2));
  attempt("set_exception on a done future", () => done.setException(new ValueError("late")));

  const pending = loop.createFuture<number>();
  attempt("result of a pending future", () => pending.result());
  attempt("exception of a pending future", () => pending.exception());

  pending.cancel();
  attempt("set_result on a cancelled future", () => pending.setResult(3));

  const failed = loop.createFuture<number>();
  failed.setException(new KeyError("k"));
  attempt("set_result on a failed future", () => failed.setResult(4));
  print("failed with", (failed.exception() as Error).name);
}

asyncio.run(main());
