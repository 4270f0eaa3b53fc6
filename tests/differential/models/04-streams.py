import asyncio


async def handle_echo(reader, writer):
    data = await reader.read(100)
    message = data.decode()
    addr = writer.get_extra_info("peername")
    print(f"Received {message!r} from {addr!r}")
    print(f"Send: {message!r}")
    writer.write(data)
    await writer.drain()
    print("Close the connection")
    writer.close()
    await writer.wait_closed()


async def tcp_echo_client(message):
    reader, writer = await asyncio.open_connection("127.0.0.1", 8888)
    print(f"Send: {message!r}")
    writer.write(message.encode())
    await writer.drain()
    data = await reader.read(100)
    print(f"Received: {data.decode()!r}", f"{asyncio.get_running_loop().time():.3f}")
    writer.write(b"line one\nline two\n")
    writer.write_eof()
    print("Close the client")
    writer.close()
    await writer.wait_closed()


async def lines(reader, writer):
    async for line in reader:
        print("line:", line.decode().rstrip(), f"{asyncio.get_running_loop().time():.3f}")
    writer.close()


async def main():
    server = await asyncio.start_server(handle_echo, "127.0.0.1", 8888)
    addrs = ", ".join(str(sock.getsockname()) for sock in server.sockets)
    print(f"Serving on {addrs}")
    await tcp_echo_client("Hello World!")
    server.close()
    await server.wait_closed()
    try:
        await asyncio.open_connection("127.0.0.1", 8888)
    except ConnectionRefusedError as error:
        print("refused:", error, f"{asyncio.get_running_loop().time():.3f}")
    async with await asyncio.start_server(lines, "localhost", 9000) as second:
        reader, writer = await asyncio.open_connection("localhost", 9000)
        writer.write(b"alpha\nbeta\n" * 3)
        await writer.drain()
        writer.close()
        await writer.wait_closed()
        await asyncio.sleep(1)
        print("sockname", writer.get_extra_info("sockname"))


asyncio.run(main())
