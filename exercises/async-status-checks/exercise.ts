import { checksFor, code, defineExercise } from "../../src/grader/index.ts";

/** A page the simulated internet serves: its status and how many seconds it takes to answer. */
interface Page {
  url: string;
  status: number;
  latency: number;
}

/** The pages of a variant: the program reads `world.urls`; `world.http.routes` makes the server answer. */
interface World {
  urls: string[];
  http: { routes: Record<string, { status: number; body: string; latency: number }> };
}

const checks = checksFor<World>();

/** A variant's world, built from its pages so that the URLs and the routes always agree. */
function pagesWorld(pages: Page[]): World {
  const routes: World["http"]["routes"] = {};
  for (const page of pages)
    routes[page.url] = { status: page.status, body: "<html></html>", latency: page.latency };
  return { urls: pages.map((page) => page.url), http: { routes } };
}

const routeOf = (world: World, url: string) => world.http.routes[url];
const statusLine = (world: World, url: string): string => `${url}: ${routeOf(world, url).status}`;
const slowest = ({ world }: { world: World }): number =>
  Math.max(...world.urls.map((u) => routeOf(world, u).latency));
const total = ({ world }: { world: World }): number =>
  world.urls.reduce((sum, url) => sum + routeOf(world, url).latency, 0);

export default defineExercise<World>({
  slug: "async-status-checks",
  title: "Status checks that happen at the same time",
  kind: "write",
  lesson: "06-when-concurrency-fails",
  prompt:
    "Write `checkStatus(url)`: it fetches the page with the async client `http` from `services`, prints `<url>: <status>` (for example `http://shop.example/: 200`) and returns the status. Then make `main` check every URL in `urls` at the same time and, when all are done, print `checked N pages`. The whole run should take about as long as the slowest page.",
  hints: [
    "`const response = await http.get(url)` waits for the page without holding the loop; `response.status` is the status code.",
    "`requests.get` would block the loop: while one request waits, no other task can run.",
    "`await asyncio.gather(...urls.map((url) => checkStatus(url)))` runs one task per URL and waits for all of them.",
  ],
  budgets: { wallTimeoutMs: 3000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "three pages",
      world: pagesWorld([
        { url: "http://shop.example/", status: 200, latency: 0.3 },
        { url: "http://api.example/health", status: 200, latency: 0.5 },
        { url: "http://old.example/page", status: 404, latency: 0.2 },
      ]),
    },
    {
      name: "one slow server among five",
      world: pagesWorld([
        { url: "http://a.example/", status: 200, latency: 0.1 },
        { url: "http://b.example/", status: 200, latency: 0.15 },
        { url: "http://c.example/", status: 503, latency: 1.2 },
        { url: "http://d.example/", status: 200, latency: 0.1 },
        { url: "http://e.example/", status: 301, latency: 0.25 },
      ]),
    },
    {
      name: "two pages",
      world: pagesWorld([
        { url: "http://news.example/today", status: 200, latency: 0.4 },
        { url: "http://weather.example/", status: 500, latency: 0.4 },
      ]),
    },
  ],
  checks: {
    "prints each page's status": checks.outputIncludes(({ world }) =>
      world.urls.map((url) => statusLine(world, url)),
    ),
    "each page is checked in its own task": checks
      .eachInOwnTask(({ world }) => world.urls.map((url) => [statusLine(world, url)]))
      .hint(
        "Print the status inside `checkStatus`, and run one `checkStatus` per URL with `gather` or `createTask`.",
      ),
    "no request holds the loop": checks
      .neverBlockedLongerThan(0.1)
      .explain(
        code.avoids(
          /requests\.get/,
          "requests.get blocks the loop until the page arrives; await http.get(url) does not.",
        ),
      ),
    "the requests wait at the same time": checks
      .overlap({ atLeast: ({ world }) => world.urls.length, waitingFor: /^http\.get/ })
      .hint("Start every request before you wait for any of them."),
    "finishes after the slowest page, not the sum": checks.finishedNear(slowest, {
      tolerance: 0.05,
      not: total,
      notMeans: "the pages are checked one after the other",
    }),
    "reports how many pages were checked, once all are done": checks.printed(
      ({ world }) => `checked ${world.urls.length} pages`,
      { by: { coro: "main" }, at: slowest },
    ),
  },
});
