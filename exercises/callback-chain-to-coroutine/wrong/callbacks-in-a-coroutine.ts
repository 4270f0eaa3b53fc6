// fails: the answer comes back to main
import * as asyncio from "asyncio";
import { world } from "looplab";

const { user, latency, unknownUser } = world as { user: string; latency: number; unknownUser: string };

type Callback = (error: Error | null, response?: string) => void;

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

function apiCallWithCallback(endpoint: string, request: string, callback: Callback): void {
  apiCall(endpoint, request).addDoneCallback((future) => {
    const error = future.exception();
    if (error) callback(error as Error);
    else callback(null, future.result());
  });
}

// The chain still lives in callbacks; main only sleeps long enough for it to finish.
async function main(): Promise<void> {
  apiCallWithCallback("findUser", user, (error, userId) => {
    if (error) return print("error:", error.message);
    apiCallWithCallback("latestOrder", userId!, (error, orderId) => {
      if (error) return print("error:", error.message);
      apiCallWithCallback("shipping", orderId!, (error, status) => {
        if (error) return print("error:", error.message);
        print("shipping status:", status);
      });
    });
  });
  await asyncio.sleep(user === unknownUser ? latency : 3 * latency);
}

asyncio.run(main());
