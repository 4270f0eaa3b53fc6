import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** How long the shop's server takes to answer for each order, and what it says about it. */
interface Order {
  id: number;
  latency: number;
  state: string;
}

/** The program reads `world.orders` (the ids); `world.http.routes` makes the shop answer. */
interface World {
  orders: number[];
  http: { routes: Record<string, { status: number; body: string; latency: number }> };
}

const checks = checksFor<World>();
/** The audit coroutine of the program sleeps this long. */
const AUDIT_TIME = 0.05;

function ordersWorld(orders: Order[]): World {
  const routes: World["http"]["routes"] = {};
  for (const order of orders)
    routes[`http://shop.example/orders/${order.id}`] = {
      status: 200,
      body: order.state,
      latency: order.latency,
    };
  return { orders: orders.map((order) => order.id), http: { routes } };
}

const route = (world: World, id: number) => world.http.routes[`http://shop.example/orders/${id}`];
const lines = (world: World, id: number): string[] => [
  `order ${id}: ${route(world, id).body}`,
  `order ${id}: audited`,
];
const slowest = ({ world }: { world: World }): number =>
  Math.max(...world.orders.map((id) => route(world, id).latency)) + AUDIT_TIME;
const total = ({ world }: { world: World }): number =>
  world.orders.reduce((sum, id) => sum + route(world, id).latency, 0) + AUDIT_TIME;

export default defineExercise<World>({
  slug: "debug-the-warnings",
  title: "Read debug mode's warnings",
  kind: "fix",
  lesson: "06-when-concurrency-fails",
  prompt:
    "This program runs in debug mode, and debug mode is unhappy: run it and read its warnings. One says that a step held the loop far longer than 100 ms, the other that a coroutine was never awaited. Fix both mistakes, so that every order is fetched at the same time and audited, and the run ends without a warning.",
  hints: [
    "A `SlowCallback` warning names the task whose step was slow. What in `processOrder` waits without `await`?",
    "`requests.get` blocks the loop's thread; the async client `http.get` is awaited and lets the other orders run. Its response's body is `await response.text()`.",
    "A `RuntimeWarning: coroutine '…' was never awaited` gives the line that created the coroutine: that call is missing its `await`.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "three orders",
      world: ordersWorld([
        { id: 101, latency: 0.3, state: "paid" },
        { id: 102, latency: 0.5, state: "shipped" },
        { id: 103, latency: 0.2, state: "returned" },
      ]),
    },
    {
      name: "one slow order among four",
      world: ordersWorld([
        { id: 7, latency: 0.15, state: "paid" },
        { id: 8, latency: 1.1, state: "lost" },
        { id: 9, latency: 0.2, state: "shipped" },
        { id: 10, latency: 0.15, state: "paid" },
      ]),
    },
    {
      name: "two orders",
      world: ordersWorld([
        { id: 500, latency: 0.4, state: "shipped" },
        { id: 501, latency: 0.6, state: "paid" },
      ]),
    },
  ],
  checks: {
    "every order is fetched and audited": checks.outputIncludes(({ world }) =>
      world.orders.flatMap((id) => lines(world, id)),
    ),
    "no coroutine is left un-awaited": checks
      .notWarned(/was never awaited/)
      .hint("Every coroutine you call must be awaited (or wrapped in a task that is awaited)."),
    "no step holds the loop longer than 100 ms": checks
      .neverBlockedLongerThan(0.1)
      .explain(code.avoids(/requests\.get/, "requests.get blocks the loop; await http.get(url) does not.")),
    "the orders are fetched at the same time": checks
      // A request waits in http.get, or in a worker thread when it is handed to a pool.
      .overlap({ atLeast: ({ world }) => world.orders.length, waitingFor: /^http\.get/, workers: true })
      .hint("Keep `gather` running one `processOrder` per order, so their requests wait side by side."),
    "finishes after the slowest order, not the sum": checks.finishedNear(slowest, {
      tolerance: 0.05,
      not: total,
      notMeans: "the orders are processed one after the other",
    }),
    "reports when all orders are processed": checks.printed("all orders processed", {
      by: { coro: "main" },
      at: slowest,
    }),
  },
});
