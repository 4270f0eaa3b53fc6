"""A fake of aiohttp's client on the simulated internet (see _services.py): the request waits for
the URL's latency on the event loop, so other tasks run meanwhile, as Looplab's `http` does.

    async with aiohttp.ClientSession() as session:
        async with session.get(url) as response:
            print(response.status, await response.text())
"""

import asyncio

import _services


class ClientError(Exception):
    """The base of aiohttp's client errors."""


class ClientConnectorError(ClientError, ConnectionError):
    """The host could not be reached."""


class ClientResponseError(ClientError):
    """Raised by ClientResponse.raise_for_status() for a status of 400 or more."""

    def __init__(self, status, url):
        super().__init__(f"{status}, message='{_services.REASONS.get(status, '')}', url=URL('{url}')")
        self.status = status


class ClientResponse:
    """The response: status, reason, ok, and the body through await text() / read() / json()."""

    def __init__(self, url, status, body):
        self.url = url
        self.status = status
        self.reason = _services.REASONS.get(status, "")
        self._body = body

    @property
    def ok(self):
        return self.status < 400

    async def text(self):
        return self._body

    async def read(self):
        return self._body.encode()

    async def json(self):
        import json  # noqa: PLC0415 - only the programs that parse JSON need it

        return json.loads(self._body)

    def raise_for_status(self):
        if self.status >= 400:
            raise ClientResponseError(self.status, self.url)

    def release(self):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        self.release()

    def __repr__(self):
        return f"<ClientResponse({self.url}) [{self.status} {self.reason}]>"


async def _get(url):
    try:
        status, body, latency = _services.respond(url)
    except _services.UnknownHost as error:
        raise ClientConnectorError(str(error)) from None
    # A future resolved by a timer, as services.ts's get() does (not asyncio.sleep, whose
    # sleep(0) takes a shortcut: a latency of 0 must still wait for the timer's turn).
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(latency, _set_result_unless_cancelled, future, ClientResponse(url, status, body))
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)


class _RequestContextManager:
    """What session.get() returns: awaitable (the response) and an async context manager."""

    def __init__(self, coro):
        self._coro = coro
        self._response = None

    def __await__(self):
        return self._coro.__await__()

    async def __aenter__(self):
        self._response = await self._coro
        return self._response

    async def __aexit__(self, *exc_info):
        self._response.release()


class ClientSession:
    """aiohttp's session: session.get(url); close it with `async with` or await session.close()."""

    def __init__(self, *args, **kwargs):
        self.closed = False

    def get(self, url, **kwargs):
        if self.closed:
            raise RuntimeError("Session is closed")
        return _RequestContextManager(_get(url))

    async def close(self):
        self.closed = True

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc_info):
        await self.close()


async def request(method, url, **kwargs):
    """aiohttp.request('GET', url): a one-off request (only GET exists on the simulated internet)."""
    if method.upper() != "GET":
        raise ValueError(f"the simulated internet only answers GET, not {method}")
    return await _get(url)
