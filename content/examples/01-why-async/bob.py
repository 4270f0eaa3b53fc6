# Bob, the efficient secretary: one person, five jobs. Whenever a job has to
# wait (on hold, waiting for replies, waiting for the phone to ring), Bob
# switches to another job instead of staring at the wall.
import asyncio


async def book_flight():
    print("Bob calls the airline and is put on hold")
    await asyncio.sleep(3)  # on hold: Bob is free to do other things
    print("Bob books the flight")


async def answer_phone():
    await asyncio.sleep(1)  # nobody calls until t = 1 s
    print("Bob answers the phone")


async def greet_visitor():
    await asyncio.sleep(2)  # the visitor arrives at t = 2 s
    print("Bob signs in a visitor")


async def schedule_meeting():
    print("Bob emails the meeting invitations")
    await asyncio.sleep(2.5)  # waiting for the replies
    print("Bob confirms the meeting")


async def file_documents():
    for folder in range(1, 4):
        await asyncio.sleep(1)  # filing is never urgent: it fills the gaps
        print(f"Bob files folder {folder}")


async def main():
    await asyncio.gather(book_flight(), answer_phone(), greet_visitor(), schedule_meeting(), file_documents())
    print(f"All five jobs done at {asyncio.get_running_loop().time():g} s")


asyncio.run(main())
