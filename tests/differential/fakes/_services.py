"""The simulated internet behind the aiohttp, requests and flags fakes: the same answers and the
same latencies as Looplab's runtime/guest/services.ts, read from the variant's world:
world["http"] = {"latency": 0.3 | {url_or_host_or_prefix: s}, "routes": {url: {"status", "body",
"latency"}}}, world["flags"] = {"latency": 0.2 | {"CN": 0.1, ...}, "seed": 7, "saveTime": 0.01}.
"""

import re

import looplab

#: The 20 most populous countries, as in Fluent Python.
POP20_CC = "CN IN US ID BR PK NG BD RU JP MX PH VN ET EG DE IR TR CD FR".split()
FLAGS_URL = "http://flupy.org/data/flags"
#: requests.get('http://www.example.com') took about 0.3 s in Python Concurrency with Asyncio's example.
DEFAULT_LATENCY = 0.3
DEFAULT_SAVE_TIME = 0.01

REASONS = {
    200: "OK",
    301: "Moved Permanently",
    400: "Bad Request",
    403: "Forbidden",
    404: "Not Found",
    500: "Internal Server Error",
    503: "Service Unavailable",
}

EXAMPLE_BODY = (
    "<!doctype html>\n<html><head><title>Example Domain</title></head>"
    "<body><h1>Example Domain</h1></body></html>"
)


class UnknownHost(Exception):
    """The host does not exist on the simulated internet (each client raises its own error)."""

    def __init__(self, host):
        super().__init__(f"Cannot connect to host {host}:80 [Name or service not known]")
        self.host = host


def parse_url(url):
    match = re.match(r"^https?://([^/:?#]+)(?::\d+)?([^?#]*)", str(url), re.IGNORECASE)
    if not match:
        raise ValueError(f"Invalid URL '{url}': No scheme supplied. Perhaps you meant http://{url}?")
    return match[1].lower(), match[2] or "/"


def _world(name):
    return looplab.world.get(name) or {}


def _is_number(value):
    """typeof value === "number": a bool is not a number in JavaScript."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _given(value, default):
    """value ?? default: JSON's null counts as not given, as in the runtime."""
    return default if value is None else value


def default_flag_latency(cc, seed):
    """0.10-0.50 s, a stable function of the code and the seed (FNV-1a, as the runtime computes it)."""
    h = (2166136261 ^ seed) & 0xFFFFFFFF
    for ch in cc:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return (10 + h % 41) / 100


def flag_latency(cc):
    setting = _world("flags").get("latency")
    if _is_number(setting):
        return setting
    if isinstance(setting, dict) and _is_number(setting.get(cc)):
        return setting[cc]
    return default_flag_latency(cc, _given(_world("flags").get("seed"), 0))


def _lookup(table, url, host):
    if _is_number(table.get(url)):
        return table[url]
    if _is_number(table.get(host)):
        return table[host]
    best = None
    for key in table:
        if url.startswith(key) and (best is None or len(key) > len(best)):
            best = key
    return None if best is None else table[best]


def respond(url):
    """(status, body, latency) of what the simulated internet answers for url."""
    host, path = parse_url(url)
    http = _world("http")
    route = (http.get("routes") or {}).get(url)
    setting = http.get("latency")
    if _is_number(setting):
        configured = setting
    elif isinstance(setting, dict):
        configured = _lookup(setting, url, host)
    else:
        configured = None

    def latency(default):
        return _given(configured, default)

    if route is not None:
        return (
            _given(route.get("status"), 200),
            _given(route.get("body"), ""),
            _given(route.get("latency"), latency(DEFAULT_LATENCY)),
        )
    if host == "flupy.org":
        match = re.match(r"^/data/flags/([a-z]{2})/\1\.gif$", path)
        cc = match[1].upper() if match else None
        if cc in POP20_CC:
            return 200, f"GIF89a<flag of {cc}>", latency(flag_latency(cc))
        return 404, "Not Found", latency(DEFAULT_LATENCY)
    if host in ("example.com", "www.example.com"):
        if path == "/":
            return 200, EXAMPLE_BODY, latency(DEFAULT_LATENCY)
        return 404, "Not Found", latency(DEFAULT_LATENCY)
    raise UnknownHost(host)


def save_time():
    return _given(_world("flags").get("saveTime"), DEFAULT_SAVE_TIME)
