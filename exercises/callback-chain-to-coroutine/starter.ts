import * as asyncio from "asyncio";
import { world } from "looplab";

const { user, latency, unknownUser } = world as { user: string; latency: number; unknownUser: string };

// ---- The remote API: leave this part as it is. ----------------------------

type Callback = (error: Error | null, response?: string) => void;

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

/** Callback style: the same call, reporting through a callback. */
function apiCallWithCallback(endpoint: string, request: string, callback: Callback): void {
  apiCall(endpoint, request).addDoneCallback((future) => {
    const error = future.exception();
    if (error) callback(error as Error);
    else callback(null, future.result());
  });
}

// ---- Your part: turn this into one coroutine. ------------------------------

function lookUp(user: string, done: Callback): void {
  apiCallWithCallback("findUser", user, (error, userId) => {
    if (error) return done(error);
    apiCallWithCallback("latestOrder", userId!, (error, orderId) => {
      if (error) return done(error);
      apiCallWithCallback("shipping", orderId!, done);
    });
  });
}

const loop = asyncio.newEventLoop();
asyncio.setEventLoop(loop);
lookUp(user, (error, status) => {
  if (error) print("error:", error.message);
  else print("shipping status:", status);
  loop.stop();
});
loop.runForever();
loop.close();
