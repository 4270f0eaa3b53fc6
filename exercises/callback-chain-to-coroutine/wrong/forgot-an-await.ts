// fails: the calls are made in order, each with the previous answer
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
  const userId = apiCall("findUser", user); // a Future, not the user id
  const orderId = await apiCall("latestOrder", String(userId));
  return await apiCall("shipping", orderId);
}

async function main(): Promise<void> {
  try {
    print("shipping status:", await lookUp(user));
  } catch (error) {
    print("error:", (error as Error).message);
  }
}

asyncio.run(main());
