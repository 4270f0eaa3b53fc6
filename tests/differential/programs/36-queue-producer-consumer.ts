// A bounded Queue between a producer and two consumers: put() waits while the queue is full,
// get() waits while it is empty, join() waits until every item is marked taskDone().
import * as asyncio from "asyncio";

async function producer(queue: asyncio.Queue<number>, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await queue.put(i);
    print(`put ${i} (size ${queue.qsize()})`);
  }
  print("producer done");
}

async function consumer(name: string, queue: asyncio.Queue<number>, delay: number): Promise<void> {
  for (;;) {
    const item = await queue.get();
    print(`${name} got ${item}`);
    await asyncio.sleep(delay);
    queue.taskDone();
  }
}

async function main(): Promise<void> {
  const loop = asyncio.getRunningLoop();
  const queue = new asyncio.Queue<number>(2);
  const consumers = [
    asyncio.createTask(consumer("c1", queue, 1)),
    asyncio.createTask(consumer("c2", queue, 1.5)),
  ];
  await producer(queue, 6);
  await queue.join();
  print(`all items processed at ${loop.time().toFixed(1)}, empty? ${queue.empty()}`);
  for (const c of consumers) {
    c.cancel();
  }
  try {
    queue.getNowait();
  } catch (e) {
    if (!(e instanceof asyncio.QueueEmpty)) throw e;
    print(`get_nowait on empty queue: ${e.name}`);
  }
}

asyncio.run(main());
