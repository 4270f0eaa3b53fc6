"""A fake of the requests library on the simulated internet (see _services.py): get() blocks the
calling thread for the URL's latency (time.sleep on the virtual clock: on the event loop's
thread nothing else runs meanwhile), as Looplab's `requests` does.
"""

import time

import _services


class RequestException(OSError):
    """The base of requests' errors."""


class ConnectionError(RequestException):  # noqa: A001 - requests' own name
    """The host could not be reached."""


class HTTPError(RequestException):
    """Raised by Response.raise_for_status() for a status of 400 or more."""


class exceptions:  # noqa: N801 - stands for the requests.exceptions module
    RequestException = RequestException
    ConnectionError = ConnectionError
    HTTPError = HTTPError


class Response:
    """The response: status_code, reason, ok, text, content (bytes), json()."""

    def __init__(self, url, status_code, text):
        self.url = url
        self.status_code = status_code
        self.text = text
        self.reason = _services.REASONS.get(status_code, "")

    @property
    def ok(self):
        return self.status_code < 400

    @property
    def content(self):
        return self.text.encode()

    def json(self):
        import json  # noqa: PLC0415 - only the programs that parse JSON need it

        return json.loads(self.text)

    def raise_for_status(self):
        if self.status_code >= 400:
            kind = "Client" if self.status_code < 500 else "Server"
            raise HTTPError(f"{self.status_code} {kind} Error: {self.reason} for url: {self.url}")

    def __repr__(self):
        return f"<Response [{self.status_code}]>"


def get(url, **kwargs):
    """Blocks the calling thread for the URL's latency, then returns the Response."""
    try:
        status, body, latency = _services.respond(url)
    except _services.UnknownHost as error:
        raise ConnectionError(str(error)) from None
    time.sleep(latency)
    return Response(url, status, body)
