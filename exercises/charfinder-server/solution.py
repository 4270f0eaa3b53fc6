import asyncio

from looplab import world

users = world["users"]

CRLF = b"\r\n"
PROMPT = b"?> "

NAMES = [
    ("\u00a2", "CENT SIGN"),
    ("\u00a3", "POUND SIGN"),
    ("\u20ac", "EURO SIGN"),
    ("\u2601", "CLOUD"),
    ("\u2603", "SNOWMAN"),
    ("\u2615", "HOT BEVERAGE"),
    ("\u2660", "BLACK SPADE SUIT"),
    ("\u2665", "BLACK HEART SUIT"),
]


class UnicodeNameIndex:
    """Finds characters whose name contains every word of the query."""

    def find_description_strs(self, query):
        words = query.upper().split()
        for char, name in NAMES:
            if all(word in name.split(" ") for word in words):
                yield f"U+{ord(char):04X}\t{char}\t{name}"

    def status(self, query, count):
        return f"{'No' if count == 0 else count} match{'' if count == 1 else 'es'} for {query!r}"


index = UnicodeNameIndex()


async def handle_queries(reader, writer):
    """Serves one connection: prompt, read a query, send the answer, until the user leaves."""
    while True:
        writer.write(PROMPT)  # write() only fills the buffer
        await writer.drain()  # drain() waits until the buffer has room again
        data = await reader.readline()
        query = data.decode().strip()
        client = writer.get_extra_info("peername")
        print(f"Received from {client}: {query!r}")
        if not data or ord(query[:1]) < 32:  # the user left, or pressed Ctrl-C
            break
        lines = list(index.find_description_strs(query))
        writer.writelines(line.encode() + CRLF for line in lines)
        writer.write(index.status(query, len(lines)).encode() + CRLF)
        await writer.drain()
        print(f"Sent {len(lines)} results")
    writer.close()


async def user(name, queries, thinking):
    """A user at a terminal: asks each query after thinking for a while, then presses Ctrl-C."""
    reader, writer = await asyncio.open_connection("127.0.0.1", 2323)
    try:
        await asyncio.wait_for(reader.readuntil(PROMPT), 30)
        for query in queries:
            await asyncio.sleep(thinking)
            writer.write(query.encode() + CRLF)
            answer = await asyncio.wait_for(reader.readuntil(PROMPT), 30)
            lines = answer.decode().split("\r\n")[:-1]
            print(f"{name} got: {' | '.join(lines)}")
        writer.write(b"\x03" + CRLF)
        await asyncio.wait_for(reader.read(), 30)
        print(f"{name}: the server closed the connection")
    except TimeoutError:
        print(f"{name}: no answer from the server within 30 s")
    except asyncio.IncompleteReadError:
        print(f"{name}: the server hung up too early")
    finally:
        writer.close()


async def main():
    server = await asyncio.start_server(handle_queries, "127.0.0.1", 2323)
    serving = asyncio.create_task(server.serve_forever())
    await asyncio.gather(*(user(u["name"], u["queries"], u["thinking"]) for u in users))
    serving.cancel()
    await asyncio.gather(serving, return_exceptions=True)


asyncio.run(main())
