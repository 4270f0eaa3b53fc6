# Fluent Python's Unicode character finder as a TCP server, serving three users at once. Each
# user connects, types one query and reads the answer. The index is the same small table as the
# TypeScript version's (Fluent Python's charfinder module searches the whole Unicode database).
import asyncio

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
    """Runs once per connection, as a task of its own: a prompt, a query, the answer, again."""
    client = writer.get_extra_info("peername")
    while True:
        writer.write(PROMPT)  # can't await: write() only fills a buffer
        await writer.drain()  # must await: waits until the buffer has room again
        data = await reader.readline()  # waits for a whole line (or b'' when the client left)
        query = data.decode().strip()
        print(f"Received from {client}: {query!r}")
        if not data or ord(query[:1]) < 32:  # end of file, or a control character
            break
        lines = list(index.find_description_strs(query))
        if lines:
            writer.writelines(line.encode() + CRLF for line in lines)
        writer.write(index.status(query, len(lines)).encode() + CRLF)
        await writer.drain()
        print(f"Sent {len(lines)} results")
    print(f"Close the client socket {client}")
    writer.close()


async def user(name, query, thinking):
    """A user at a terminal: connects, thinks for a while, asks one question, reads the answer."""
    reader, writer = await asyncio.open_connection("127.0.0.1", 2323)
    await reader.readuntil(PROMPT)
    await asyncio.sleep(thinking)  # typing takes time; the server serves others meanwhile
    writer.write(query.encode() + CRLF)
    answer = await reader.readuntil(PROMPT)
    lines = answer.decode().split("\r\n")[:-1]
    print(f"{name} got: {' | '.join(lines)}")
    writer.write(b"\x03" + CRLF)  # Ctrl-C: the server ends the session
    await reader.read()  # everything until the server closes the connection
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_queries, "127.0.0.1", 2323)
    print(f"Serving on {server.sockets[0].getsockname()}.")
    serving = asyncio.create_task(server.serve_forever())

    await asyncio.gather(user("ann", "black", 2), user("bob", "sign", 1), user("cy", "cat", 0.5))

    serving.cancel()  # serve_forever() closes the server when it is cancelled
    await asyncio.gather(serving, return_exceptions=True)
    print(f"server closed after {asyncio.get_running_loop().time():.3f} s")


asyncio.run(main())
