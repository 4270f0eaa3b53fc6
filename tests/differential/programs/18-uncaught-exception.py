# An exception that escapes main ends the program with that error; pending tasks are
# cancelled first, so their finally blocks still print.
import asyncio


class ConfigError(Exception):
    pass


async def watcher():
    try:
        await asyncio.sleep(10)
    finally:
        print("watcher cleaned up")


async def load(name):
    await asyncio.sleep(0.25)
    raise ConfigError(f"missing key {name!r}")


async def main():
    asyncio.create_task(watcher())
    print("loading")
    await load("port")
    print("not reached")


asyncio.run(main())
print("not reached either")
