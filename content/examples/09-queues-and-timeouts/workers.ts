// A producer/consumer: main puts six jobs in a queue, three long-running workers take them out,
// and queue.join() waits until every job was marked done before the workers are shut down.
import * as asyncio from "asyncio";

async function worker(name: string, queue: asyncio.Queue<number>): Promise<void> {
  for (;;) {
    const seconds = await queue.get();
    await asyncio.sleep(seconds); // the job: a wait of `seconds`
    print(`${name} finished a ${seconds} s job`);
    queue.taskDone();
  }
}

async function main(): Promise<void> {
  const queue = new asyncio.Queue<number>();
  for (const seconds of [3, 1, 2, 1, 1, 2]) queue.putNowait(seconds);

  const workers = ["worker-1", "worker-2", "worker-3"].map((name) =>
    asyncio.createTask(worker(name, queue), { name }),
  );

  await queue.join(); // every job taken out and marked done
  print("all jobs done; stopping the workers");
  for (const task of workers) task.cancel();
  await asyncio.gather(...workers, { returnExceptions: true });
  print(`queue empty? ${queue.empty()}`);
}

asyncio.run(main());
