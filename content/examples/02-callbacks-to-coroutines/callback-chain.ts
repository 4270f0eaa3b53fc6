// Three calls that depend on each other, in callback style: each stage has to
// start the next one from inside its own callback.
import * as asyncio from "asyncio";

const loop = asyncio.newEventLoop();

type Callback = (error: Error | null, response?: string) => void;

// A pretend remote API: each call answers after half a second.
function apiCall(endpoint: string, request: string, callback: Callback): void {
  print(`calling ${endpoint}(${request})`);
  loop.callLater(0.5, () => callback(null, `${endpoint}:${request}`));
}

function stage1(error: Error | null, userId?: string): void {
  if (error) return print("stage 1 failed:", error.message);
  apiCall("latestOrder", userId!, stage2);
}

function stage2(error: Error | null, orderId?: string): void {
  if (error) return print("stage 2 failed:", error.message);
  apiCall("shipping", orderId!, stage3);
}

function stage3(error: Error | null, status?: string): void {
  if (error) return print("stage 3 failed:", error.message);
  print("final answer:", status);
  loop.stop();
}

apiCall("findUser", "ada", stage1);
loop.runForever();
loop.close();
