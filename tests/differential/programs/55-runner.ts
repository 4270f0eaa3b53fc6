// asyncio.Runner (3.11): one loop for several run() calls, so a task started by the first run
// keeps running in the second; close() cancels what is left. Then asyncio.run() of something that
// is not a coroutine: the runner it opens still closes (its shutdown tasks take Task-N names).
import * as asyncio from "asyncio";

async function tick(label: string, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await asyncio.sleep(0.1);
    print(`${label} tick ${i}`);
  }
}

async function startBackground(): Promise<asyncio.Task<void>> {
  const task = asyncio.createTask(tick("background", 10), { name: "background" });
  await asyncio.sleep(0.15);
  return task;
}

async function later(task: asyncio.Task<void>): Promise<string> {
  await asyncio.sleep(0.2);
  print("background done?", task.done());
  return asyncio.currentTask()!.getName();
}

async function leftover(): Promise<void> {
  try {
    await asyncio.sleep(5);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print("leftover cancelled at close");
    throw e;
  }
}

let loop!: asyncio.AbstractEventLoop;
let background!: asyncio.Task<void>;
let runner!: asyncio.Runner;
asyncio.Runner.run((r) => {
  runner = r;
  loop = runner.getLoop();
  background = runner.run(startBackground());
  print("second run in", runner.run(later(background)));
  print("same loop:", runner.getLoop() === loop);
  loop.createTask(leftover());
  runner.run(asyncio.sleep(0));
});
print("loop closed:", loop.isClosed(), "background cancelled:", background.cancelled());

const pause = asyncio.sleep(0);
try {
  runner.run(pause);
} catch (e) {
  if (!(e instanceof Error) || e.name !== "RuntimeError") throw e;
  print("RuntimeError:", e.message);
  pause.close();
}

try {
  asyncio.run(42 as unknown as Promise<void>);
} catch (e) {
  if (!(e instanceof Error) || e.name !== "ValueError") throw e;
  print("ValueError:", e.message);
}

async function whoami(): Promise<string> {
  return asyncio.currentTask()!.getName();
}

print("next main is", asyncio.run(whoami()));

const manual = new asyncio.Runner({ debug: true });
print("debug:", manual.getLoop().getDebug());
print(manual.run(whoami()));
manual.close();
manual.close();
print("closed twice");
