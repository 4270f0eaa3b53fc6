# StreamReader fed by loop callbacks (no network): readline() waits for a whole line,
# readexactly() raises IncompleteReadError at EOF, readuntil() respects the limit.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader(limit=32)
    chunks = [(0.5, b"GET /"), (1.0, b"index HTTP/1.0\nHost: a\n"), (1.5, b"x" * 40 + b"\nbody")]
    for delay, data in chunks:
        loop.call_later(delay, reader.feed_data, data)
    loop.call_later(2.0, reader.feed_eof)

    line = await reader.readline()
    print(f"{loop.time():.1f} line {line.decode()!r}")
    line = await reader.readuntil(b": ")
    print(f"{loop.time():.1f} until {line.decode()!r}")
    print(f"{loop.time():.1f} exactly {(await reader.readexactly(2)).decode()!r}")
    try:
        await reader.readline()
    except ValueError as e:
        print(f"{loop.time():.1f} {type(e).__name__}: {e}")
    try:
        await reader.readexactly(10)
    except asyncio.IncompleteReadError as e:
        print(f"{loop.time():.1f} {type(e).__name__}: {e} (partial {e.partial.decode()!r})")
    print(f"at eof: {str(reader.at_eof()).lower()}, read: {(await reader.read())!r}")


asyncio.run(main())
