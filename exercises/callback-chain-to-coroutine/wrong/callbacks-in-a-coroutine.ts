// fails: the main coroutine prints the answer (or the error)
import * as asyncio from "asyncio";
import { world } from "looplab";

type Callback = (error: Error | null, response?: string) => void;

function apiCall(endpoint: string, request: string): asyncio.Future<string> {
  const loop = asyncio.getEventLoop();
  const future = loop.createFuture<string>();
  print(`calling ${endpoint}(${request})`);
  loop.callLater(world.latency, () => {
    if (request === world.unknownUser) future.setException(new Error(`no such user: ${request}`));
    else future.setResult(`${endpoint}:${request}`);
  });
  return future;
}

function apiCallWithCallback(endpoint: string, request: string, callback: Callback): void {
  apiCall(endpoint, request).addDoneCallback((future) => {
    const error = future.exception();
    if (error) callback(error);
    else callback(null, future.result());
  });
}

// The chain still lives in callbacks; main only sleeps long enough for it to finish.
async function main(): Promise<void> {
  apiCallWithCallback("findUser", world.user, (error, userId) => {
    if (error) return print("error:", error.message);
    apiCallWithCallback("latestOrder", userId!, (error, orderId) => {
      if (error) return print("error:", error.message);
      apiCallWithCallback("shipping", orderId!, (error, status) => {
        if (error) return print("error:", error.message);
        print("shipping status:", status);
      });
    });
  });
  await asyncio.sleep(world.user === world.unknownUser ? world.latency : 3 * world.latency);
}

asyncio.run(main());
