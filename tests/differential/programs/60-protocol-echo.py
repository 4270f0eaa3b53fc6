# The TCP echo server and client of the asyncio documentation at the transport level: protocols
# on the simulated network, one latency (1 ms) per hop.
import asyncio


class EchoServerProtocol(asyncio.Protocol):
    def connection_made(self, transport):
        peername = transport.get_extra_info("peername")
        print("Connection from", peername)
        self.transport = transport

    def data_received(self, data):
        message = data.decode()
        print("Data received:", message)
        print("Send:", message)
        self.transport.write(data)
        print("Close the client socket")
        self.transport.close()


class EchoClientProtocol(asyncio.Protocol):
    def __init__(self, message, on_con_lost):
        self.message = message
        self.on_con_lost = on_con_lost

    def connection_made(self, transport):
        transport.write(self.message.encode())
        print("Data sent:", self.message)

    def data_received(self, data):
        print("Data received:", data.decode())

    def eof_received(self):
        print("EOF received")

    def connection_lost(self, exc):
        print("The server closed the connection, cleanly:", str(exc is None).lower())
        self.on_con_lost.set_result(True)


async def main():
    loop = asyncio.get_running_loop()
    server = await loop.create_server(EchoServerProtocol, "127.0.0.1", 8888)
    print("Serving on", server.sockets[0].getsockname())
    on_con_lost = loop.create_future()
    transport, protocol = await loop.create_connection(
        lambda: EchoClientProtocol("Hello World!", on_con_lost), "127.0.0.1", 8888
    )
    print("connected:", type(protocol).__name__, str(transport.get_protocol() is protocol).lower())
    try:
        await on_con_lost
    finally:
        transport.close()
    server.close()
    await server.wait_closed()
    print(f"done at {loop.time():.3f}")


asyncio.run(main())
