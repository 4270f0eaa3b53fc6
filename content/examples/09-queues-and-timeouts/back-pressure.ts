// Back-pressure: a queue with room for two items. The producer makes an item every 0.5 s, the
// consumer needs 2 s per item, so once the queue is full each put() waits for a free slot and
// the producer slows down to the consumer's pace instead of piling up work.
import * as asyncio from "asyncio";

async function producer(queue: asyncio.Queue<string>): Promise<void> {
  for (let n = 1; n <= 5; n++) {
    await asyncio.sleep(0.5); // making an item takes half a second
    const item = `item ${n}`;
    await queue.put(item); // waits while the queue is full
    print(`put ${item} (queue holds ${queue.qsize()})`);
  }
  await queue.put("done"); // tells the consumer there is nothing more
}

async function consumer(queue: asyncio.Queue<string>): Promise<void> {
  for (;;) {
    const item = await queue.get();
    if (item === "done") break;
    await asyncio.sleep(2); // handling an item takes two seconds
    print(`handled ${item}`);
  }
}

async function main(): Promise<void> {
  const queue = new asyncio.Queue<string>(2);
  await asyncio.gather(producer(queue), consumer(queue));
}

asyncio.run(main());
