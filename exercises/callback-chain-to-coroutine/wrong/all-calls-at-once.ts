// fails: each call starts when the previous answer arrives
import * as asyncio from "asyncio";
import { world } from "looplab";

const { user, latency, unknownUser } = world as { user: string; latency: number; unknownUser: string };

// ---- The remote API: leave this part as it is. ----------------------------

/** Awaitable style: returns a Future that receives the response (or the error). */
function apiCall(endpoint: string, request: string): asyncio.Future<string> {
  const loop = asyncio.getEventLoop();
  const future = loop.createFuture<string>();
  print(`calling ${endpoint}(${request})`);
  loop.callLater(latency, () => {
    if (request === unknownUser) future.setException(new Error(`no such user: ${request}`));
    else future.setResult(`${endpoint}:${request}`);
  });
  return future;
}

async function lookUp(user: string): Promise<string> {
  // Guesses the requests instead of waiting for each answer: the calls overlap.
  const [, , status] = await asyncio.gather(
    apiCall("findUser", user),
    apiCall("latestOrder", `findUser:${user}`),
    apiCall("shipping", `latestOrder:findUser:${user}`),
  );
  return status;
}

async function main(): Promise<void> {
  try {
    print("shipping status:", await lookUp(user));
  } catch (error) {
    print("error:", (error as Error).message);
  }
}

asyncio.run(main());
