// fails: the program prints the answer (or the error)
import * as asyncio from "asyncio";
import { world } from "looplab";

const { user, latency, unknownUser } = world as { user: string; latency: number; unknownUser: string };

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
  try {
    const userId = await apiCall("findUser", user);
    const orderId = await apiCall("latestOrder", userId);
    return await apiCall("shipping", orderId);
  } catch {
    return "unknown"; // the error disappears, just like with a careless callback
  }
}

async function main(): Promise<void> {
  print("shipping status:", await lookUp(user));
}

asyncio.run(main());
