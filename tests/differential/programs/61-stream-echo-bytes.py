# The TCP echo server and client of the asyncio documentation with streams, bytes on the wire:
# the client writes bytes, the server reads bytes and writes them back, one line each way.
import asyncio


async def handle_echo(reader, writer):
    data = await reader.readline()
    message = data.decode()
    addr = writer.get_extra_info("peername")
    print("Received", message.strip(), "from", addr, "as", len(data), "bytes")
    writer.writelines([b"echo: ", data])
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def client(message):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    print("Send:", message)
    writer.write(message.encode() + b"\n")
    await writer.drain()
    data = await reader.read(100)
    print("Received:", data.decode().strip(), "in", len(data), "bytes")
    print("at eof:", str(reader.at_eof()).lower(), "then", len(await reader.read()), "bytes")
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 8888)
    print("Serving on", server.sockets[0].getsockname())
    await client("Grüße, world")
    server.close()
    await server.wait_closed()


asyncio.run(main())
