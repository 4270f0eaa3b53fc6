"""A simulated network for oracle.py: what Looplab's runtime/guest/network.ts and servers.ts do,
under CPython's own streams (asyncio.open_connection and start_server build their
StreamReader/StreamWriter on the transports here, through loop.create_connection and
loop.create_server).

- Each connection has a one-way latency and a bandwidth per direction, from world["network"]
  ({"latency": 0.001, "bandwidth": null} by default: 1 ms, unlimited). A chunk written at t
  leaves once the link is free, takes len(data) / bandwidth to send and arrives latency later.
- Connecting takes one round trip: the server accepts after one latency, the client's
  connection is made after another; nobody listening means ConnectionRefusedError after the
  round trip. Closing sends EOF after the data already written; abort() resets the peer.
- Write flow control as CPython's selector transports: pause_writing above 64 KiB unsent,
  resume_writing at 16 KiB. Reading flow control is not modelled.
- Ports: a client's own port, and a server's when it asks for port 0, come from 49152 upwards.
"""

import asyncio
import math

DEFAULT_LATENCY = 0.001
HIGH_WATER = 64 * 1024
LOW_WATER = HIGH_WATER // 4


def _link_settings():
    import looplab  # noqa: PLC0415 - the fake module, on sys.path once the oracle runs a program

    world = looplab.world.get("network") or {}
    latency = world.get("latency", DEFAULT_LATENCY)
    bandwidth = world.get("bandwidth")
    return latency, math.inf if bandwidth is None else bandwidth


def normalize_host(host):
    if host in (None, "", "0.0.0.0"):
        return "0.0.0.0"
    return "127.0.0.1" if host == "localhost" else str(host)


_listeners = {}
_next_port = [49152]


def _ephemeral_port():
    port = _next_port[0]
    _next_port[0] = 49152 if port >= 65535 else port + 1
    return port


def _find_listener(host, port):
    return _listeners.get((host, port)) or _listeners.get(("0.0.0.0", port))


class Link:
    """One direction of a connection."""

    def __init__(self, latency, bandwidth):
        self.latency = latency
        self.bandwidth = bandwidth
        self.busy_until = 0


class _Socket:
    def __init__(self, sockname, peername):
        self._sockname = sockname
        self._peername = peername

    def getsockname(self):
        return self._sockname

    def getpeername(self):
        return self._peername


class SimulatedTransport(asyncio.Transport):
    """One end of a simulated TCP connection."""

    def __init__(self, loop, protocol, out, sockname, peername, server):
        super().__init__({"peername": peername, "sockname": sockname, "socket": _Socket(sockname, peername)})
        self.peer = None
        self._loop = loop
        self._protocol = protocol
        self._out = out
        self._server = server
        self._closing = False
        self._eof_written = False
        self._lost = False
        self._writing_paused = False
        if server is not None:
            server._attach()

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError(f"data argument must be a bytes-like object, not {type(data).__name__!r}")
        if self._eof_written:
            raise RuntimeError("Cannot call write() after write_eof()")
        if self._closing or not data:
            return
        data = bytes(data)
        arrival = self._send(len(data))
        peer = self.peer
        self._loop.call_at(arrival, lambda: peer and peer._receive(data))
        if not self._writing_paused and self.get_write_buffer_size() > HIGH_WATER:
            self._writing_paused = True
            self._protocol.pause_writing()
            self._schedule_resume()

    def writelines(self, list_of_data):
        for data in list_of_data:
            self.write(data)

    def _send(self, size):
        start = max(self._loop.time(), self._out.busy_until)
        self._out.busy_until = start if self._out.bandwidth == math.inf else start + size / self._out.bandwidth
        return self._out.busy_until + self._out.latency

    def get_write_buffer_size(self):
        if self._out.bandwidth == math.inf:
            return 0
        # Rounds half up, as the runtime's Math.round does.
        return max(0, math.floor((self._out.busy_until - self._loop.time()) * self._out.bandwidth + 0.5))

    def get_write_buffer_limits(self):
        return (LOW_WATER, HIGH_WATER)

    def _schedule_resume(self):
        def resume():
            if not self._writing_paused:
                return
            if self.get_write_buffer_size() > LOW_WATER:
                self._schedule_resume()
                return
            self._writing_paused = False
            if not self._lost:
                self._protocol.resume_writing()

        self._loop.call_at(self._out.busy_until - LOW_WATER / self._out.bandwidth, resume)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing or self._eof_written:
            return
        self._eof_written = True
        peer = self.peer
        self._loop.call_at(self._send(0), lambda: peer and peer._receive_eof())

    def is_closing(self):
        return self._closing

    def close(self):
        if self._closing:
            return
        self._closing = True
        peer = self.peer
        if not self._eof_written:
            self._loop.call_at(self._send(0), lambda: peer and peer._receive_eof())
        flushed = self._out.busy_until
        if flushed > self._loop.time():
            self._loop.call_at(flushed, self._connection_lost, None)
        else:
            self._loop.call_soon(self._connection_lost, None)

    def abort(self):
        if self._lost:
            return
        self._closing = True
        peer = self.peer
        self._loop.call_later(self._out.latency, lambda: peer and peer._reset())
        self._loop.call_soon(self._connection_lost, None)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_reading(self):
        return not self._lost

    def pause_reading(self):
        pass

    def resume_reading(self):
        pass

    def _receive(self, data):
        if self._closing or self._lost:
            return  # a closed socket reads nothing more
        self._protocol.data_received(data)

    def _receive_eof(self):
        if self._lost:
            return
        if not self._protocol.eof_received():
            self.close()

    def _reset(self):
        if self._lost:
            return
        self._closing = True
        self._connection_lost(ConnectionResetError("[Errno 104] Connection reset by peer"))

    def _connection_lost(self, exc):
        if self._lost:
            return
        self._lost = True
        self._protocol.connection_lost(exc)
        if self._server is not None:
            self._server._detach()


class SimulatedServer(asyncio.AbstractServer):
    """A listening server on the simulated network (asyncio.base_events.Server's behaviour)."""

    def __init__(self, loop, addresses, protocol_factory):
        self._loop = loop
        self._addresses = addresses
        self._protocol_factory = protocol_factory
        self._active_count = 0
        self._waiters = []
        self._serving = False
        self._serving_forever_fut = None

    def _accept(self, down, client_address, server_address):
        protocol = self._protocol_factory()
        transport = SimulatedTransport(self._loop, protocol, down, server_address, client_address, self)
        self._loop.call_soon(protocol.connection_made, transport)
        return transport

    def _attach(self):
        self._active_count += 1

    def _detach(self):
        self._active_count -= 1
        if self._active_count == 0 and self._addresses is None:
            self._wakeup()

    def _wakeup(self):
        waiters, self._waiters = self._waiters, None
        for waiter in waiters or []:
            if not waiter.done():
                waiter.set_result(waiter)

    def _start_serving(self):
        if self._serving or self._addresses is None:
            return
        self._serving = True
        for address in self._addresses:
            _listeners[address] = self

    def get_loop(self):
        return self._loop

    def is_serving(self):
        return self._serving

    @property
    def sockets(self):
        return tuple(_Socket(address, None) for address in self._addresses or [])

    def close(self):
        addresses = self._addresses
        if addresses is None:
            return
        self._addresses = None
        for address in addresses:
            if _listeners.get(address) is self:
                del _listeners[address]
        self._serving = False
        if self._serving_forever_fut is not None and not self._serving_forever_fut.done():
            self._serving_forever_fut.cancel()
            self._serving_forever_fut = None
        if self._active_count == 0:
            self._wakeup()

    async def start_serving(self):
        self._start_serving()

    async def serve_forever(self):
        if self._serving_forever_fut is not None:
            raise RuntimeError(f"server {self!r} is already being awaited on serve_forever()")
        if self._addresses is None:
            raise RuntimeError(f"server {self!r} is closed")
        self._start_serving()
        self._serving_forever_fut = self._loop.create_future()
        try:
            await self._serving_forever_fut
        except asyncio.CancelledError:
            try:
                self.close()
                await self.wait_closed()
            finally:
                raise
        finally:
            self._serving_forever_fut = None

    async def wait_closed(self):
        if self._addresses is None or self._waiters is None:
            return
        waiter = self._loop.create_future()
        self._waiters.append(waiter)
        await waiter

    def __repr__(self):
        return f"<Server sockets={tuple(_Socket(a, None) for a in self._addresses or [])!r}>"


async def create_connection(loop, protocol_factory, host, port):
    """loop.create_connection on the simulated network: (transport, protocol) after a round trip."""
    target = normalize_host(host)
    port = int(port)
    latency, bandwidth = _link_settings()
    future = loop.create_future()
    protocol = protocol_factory()
    sockname = ("127.0.0.1", _ephemeral_port())
    peername = ("127.0.0.1" if target == "0.0.0.0" else target, port)

    def refuse():
        if not future.done():
            future.set_exception(ConnectionRefusedError(111, f"Connect call failed {peername!r}"))

    def syn_arrives():
        # The SYN reaches the server after one latency; the answer comes back after another.
        server = _find_listener(peername[0], port)
        if server is None or future.done():
            loop.call_later(latency, refuse)
            return
        client = SimulatedTransport(loop, protocol, Link(latency, bandwidth), sockname, peername, None)
        server_end = server._accept(Link(latency, bandwidth), sockname, peername)
        client.peer = server_end
        server_end.peer = client

        def established():
            if future.cancelled():
                client.abort()
                return
            protocol.connection_made(client)
            future.set_result(client)

        loop.call_later(latency, established)

    loop.call_later(latency, syn_arrives)
    transport = await future
    return transport, protocol


async def create_server(loop, protocol_factory, host=None, port=None, *, start_serving=True):
    """loop.create_server on the simulated network."""
    bind_host = normalize_host(host)
    bind_port = 0 if port is None else int(port)
    if not 0 <= bind_port <= 65535:
        raise OverflowError("bind(): port must be 0-65535.")
    if bind_port == 0:
        bind_port = _ephemeral_port()
    address = (bind_host, bind_port)
    taken = address in _listeners or (bind_host != "0.0.0.0" and ("0.0.0.0", bind_port) in _listeners)
    if taken:
        raise OSError(98, f"error while attempting to bind on address {address!r}: address already in use")
    server = SimulatedServer(loop, [address], protocol_factory)
    if start_serving:
        server._start_serving()
        # CPython skips one loop iteration here, so that the listening sockets are registered.
        await asyncio.sleep(0)
    return server
