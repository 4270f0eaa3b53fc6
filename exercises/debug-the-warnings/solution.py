import asyncio

import aiohttp
from looplab import world

orders = world["orders"]


async def audit(order_id):
    await asyncio.sleep(0.05)  # writes to the audit log
    print(f"order {order_id}: audited")


async def process_order(session, order_id):
    async with session.get(f"http://shop.example/orders/{order_id}") as response:
        print(f"order {order_id}: {await response.text()}")
    await audit(order_id)


async def main():
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(process_order(session, order_id) for order_id in orders))
    print("all orders processed")


asyncio.run(main(), debug=True)
