# The same three requests with async/await. The coroutine reads like ordinary
# sequential code; errors are exceptions again; results are return values.
import asyncio

SITES = {
    "http://www.google.com": {"latency": 0.3, "body": "<html>Search</html>"},
    "http://www.yandex.ru": {"latency": 0.5, "body": "<html>Poisk</html>"},
    "http://www.python.org": {"latency": 0.2, "body": "<html>Welcome to Python.org</html>"},
}


# Still built on a Future and a timer callback underneath.
def fetch(url):
    loop = asyncio.get_running_loop()
    future = loop.create_future()
    site = SITES.get(url)

    def respond():
        if site:
            future.set_result(site["body"])
        else:
            future.set_exception(Exception(f"could not resolve host for {url}"))

    loop.call_later(site["latency"] if site else 0.1, respond)
    return future


async def call_url(url):
    print(f"Starting {url}")
    data = await fetch(url)
    print(f"{url}: {len(data)} bytes: {data}")
    return data


async def main():
    pages = await asyncio.gather(*(call_url(url) for url in SITES))
    print("sizes:", [len(page) for page in pages])

    try:
        await call_url("http://no-such-host.test")
    except Exception as error:
        print("caught:", f"{type(error).__name__}: {error}")  # the error travelled up the stack


asyncio.run(main())
