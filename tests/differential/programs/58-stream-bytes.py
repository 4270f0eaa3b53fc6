# Streams carry bytes: a StreamReader fed bytes in pieces (a character split between two of
# them) returns bytes, sizes count bytes, and decode() turns them into text.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    reader = asyncio.StreamReader()
    encoded = "héllo wörld\n€ and more".encode()
    print("encoded", len(encoded), "bytes")
    loop.call_later(0.5, reader.feed_data, encoded[:2])
    loop.call_later(1.0, reader.feed_data, encoded[2:9])
    loop.call_later(1.5, reader.feed_data, encoded[9:] + bytes([0, 255]))
    loop.call_later(2.0, reader.feed_eof)

    first = await reader.readexactly(3)
    print(f"{loop.time():.1f} exactly", len(first), "bytes:", list(first), first.decode())
    line = await reader.readuntil(b"\n")
    print(f"{loop.time():.1f} line of", len(line), "bytes:", line.decode().strip())
    euro = await reader.readexactly(3)
    print(f"{loop.time():.1f} euro:", euro.decode(), "same as encode():", str(euro == "€".encode()).lower())
    rest = await reader.read()
    print(f"{loop.time():.1f} rest", list(rest[-3:]), rest[:-2].decode().strip())
    print("at eof:", str(reader.at_eof()).lower())
    try:
        await reader.readexactly(1)
    except asyncio.IncompleteReadError as e:
        print(f"{type(e).__name__}: {e}", list(e.partial))


asyncio.run(main())
