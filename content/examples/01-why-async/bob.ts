// Bob, the efficient secretary: one person, five jobs. Whenever a job has to
// wait (on hold, waiting for replies, waiting for the phone to ring), Bob
// switches to another job instead of staring at the wall.
import * as asyncio from "asyncio";

async function bookFlight(): Promise<void> {
  print("Bob calls the airline and is put on hold");
  await asyncio.sleep(3); // on hold: Bob is free to do other things
  print("Bob books the flight");
}

async function answerPhone(): Promise<void> {
  await asyncio.sleep(1); // nobody calls until t = 1 s
  print("Bob answers the phone");
}

async function greetVisitor(): Promise<void> {
  await asyncio.sleep(2); // the visitor arrives at t = 2 s
  print("Bob signs in a visitor");
}

async function scheduleMeeting(): Promise<void> {
  print("Bob emails the meeting invitations");
  await asyncio.sleep(2.5); // waiting for the replies
  print("Bob confirms the meeting");
}

async function fileDocuments(): Promise<void> {
  for (let folder = 1; folder <= 3; folder++) {
    await asyncio.sleep(1); // filing is never urgent: it fills the gaps
    print(`Bob files folder ${folder}`);
  }
}

async function main(): Promise<void> {
  await asyncio.gather(bookFlight(), answerPhone(), greetVisitor(), scheduleMeeting(), fileDocuments());
  print("All five jobs done at", asyncio.getRunningLoop().time(), "s");
}

asyncio.run(main());
