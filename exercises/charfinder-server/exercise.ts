import { checksFor, defineExercise } from "../../src/grader/index.ts";

/** One variant: the users who connect at the same moment, what each asks, and how long each thinks. */
interface World {
  users: { name: string; queries: string[]; thinking: number }[];
}
type User = World["users"][number];

const checks = checksFor<World>();

/** The character table the program's index searches (the same as in the starter). */
const NAMES: [string, string][] = [
  ["\u00a2", "CENT SIGN"],
  ["\u00a3", "POUND SIGN"],
  ["\u20ac", "EURO SIGN"],
  ["\u2601", "CLOUD"],
  ["\u2603", "SNOWMAN"],
  ["\u2615", "HOT BEVERAGE"],
  ["\u2660", "BLACK SPADE SUIT"],
  ["\u2665", "BLACK HEART SUIT"],
];

/** What the user's terminal shows for a query: the matching lines and the status, joined by " | ". */
function answer(query: string): string {
  const words = query.toUpperCase().split(/\s+/);
  const lines = NAMES.filter(([, name]) => words.every((word) => name.split(" ").includes(word))).map(
    ([char, name]) =>
      `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}\t${char}\t${name}`,
  );
  const count = lines.length;
  return [...lines, `${count === 0 ? "No" : count} match${count === 1 ? "" : "es"} for '${query}'`].join(
    " | ",
  );
}

const answerLines = (user: User): string[] =>
  user.queries.map((query) => `${user.name} got: ${answer(query)}`);
/** A user is done after thinking before each query; the network adds only milliseconds. */
const sessionLength = (user: User): number => user.queries.length * user.thinking;
const slowest = ({ world }: { world: World }): number => Math.max(...world.users.map(sessionLength));
const oneAfterAnother = ({ world }: { world: World }): number =>
  world.users.reduce((sum, user) => sum + sessionLength(user), 0);

/** A time for a message, without floating-point noise: `2.5`. */
const seconds = (t: number): number => Number(t.toFixed(3));
const secs = (t: number): string => `${seconds(t)} s`;

/** Tiny table-driven variants: `[name, thinking, ...queries]`. */
function users(...rows: [string, number, ...string[]][]): World {
  return { users: rows.map(([name, thinking, ...queries]) => ({ name, thinking, queries })) };
}

export default defineExercise<World>({
  slug: "charfinder-server",
  title: "A character finder for many users",
  kind: "write",
  lesson: "10-streams-and-servers",
  prompt:
    "Write `handleQueries`, the character finder's server: for each connection, send the prompt `?> `, read one line, and answer it with the index's matching lines and its status line (each ending in `\\r\\n`); repeat until the user's line starts with a control character (Ctrl-C sends `\\x03`) or the connection ends, then close the connection. The program starts the server and lets several users use it at the same time.",
  hints: [
    "`writer.write(PROMPT)` only puts the prompt in the buffer; `await writer.drain()` is the point where the handler may wait.",
    "`await reader.readline()` waits for the user's whole line, including its `\\n` (`''` means the user has gone). `.trim()` removes the line ending.",
    "`index.findDescriptionStrs(query)` gives the matching lines and `index.status(query, count)` the last line. Add `CRLF` to each and write them.",
    "The handler runs once per connection, in a task of its own: never wait for anything but the network in it, and the server serves every user at once.",
  ],
  budgets: { wallTimeoutMs: 5000, virtualTimeLimit: 60 },
  variants: [
    {
      name: "3 users",
      world: users(["ann", 2, "black", "sign"], ["bob", 1, "cloud"], ["cy", 0.5, "cat", "snowman"]),
    },
    {
      name: "5 users",
      world: users(
        ["ann", 1.5, "suit"],
        ["bob", 0.5, "sign", "pound", "euro"],
        ["cy", 2, "hot beverage"],
        ["dee", 1, "black heart", "spade"],
        ["eve", 0.25, "snowman", "cloud", "sun", "sign"],
      ),
    },
    {
      name: "8 users",
      world: users(
        ["ann", 1, "black"],
        ["bob", 1, "sign"],
        ["cy", 2, "cloud", "cent"],
        ["dee", 0.5, "suit"],
        ["eve", 3, "snowman"],
        ["fay", 0.75, "euro sign", "pound sign"],
        ["gus", 1.25, "heart"],
        ["hal", 2.5, "nothing"],
      ),
    },
  ],
  checks: {
    "every user gets the answers to their queries": checks
      .outputIncludes(({ world }) => world.users.flatMap(answerLines))
      .hint("Each answer is every matching line, then the status line, then the next prompt."),
    "the server serves the users at the same time": checks.custom((ctx) => {
      // Counts the connection handlers that are waiting for their user's next line at the same moment.
      const handlers = new Set(
        ctx.trace.events
          .filter((event) => event.type === "task_spawned" && event.coro === "handleQueries")
          .map((event) => event.task),
      );
      const reading = new Set<string>();
      let most = 0;
      for (const event of ctx.trace.events) {
        if (event.task === null || !handlers.has(event.task)) continue;
        if (event.type === "task_blocked" && (event.waiting ?? "").startsWith("StreamReader.")) {
          reading.add(event.task);
        } else if (
          event.type === "task_step" ||
          event.type === "task_done" ||
          event.type === "task_cancelled"
        ) {
          reading.delete(event.task);
        }
        most = Math.max(most, reading.size);
      }
      const want = ctx.world.users.length;
      return most >= want
        ? checks.pass()
        : checks.fail(
            ctx.say({
              en: `With ${want} users connected, all ${want} connections should be waiting for their user's next line at the same time; ${most === 1 ? "only one was" : `at most ${most} were`}. A connection should wait only for its own user, never for another user's session.`,
              ko: `사용자 ${want}명이 접속해 있으면 연결 ${want}개가 모두 동시에 자기 사용자의 다음 줄을 기다려야 하는데, ${most === 1 ? "한 번에 하나만 기다렸습니다" : `동시에 기다린 연결은 최대 ${most}개였습니다`}. 연결은 자기 사용자만 기다려야 하고, 다른 사용자의 세션을 기다려서는 안 됩니다.`,
            }),
            { t: ctx.trace.elapsed },
          );
    }),
    "each answer arrives as soon as the query is sent": checks.custom((ctx) => {
      for (const user of ctx.world.users) {
        const lines = ctx.trace.events.filter(
          (event) => event.type === "stdout" && (event.text ?? "").startsWith(`${user.name} got: `),
        );
        for (const [position, event] of lines.entries()) {
          const sent = (position + 1) * user.thinking;
          if (event.t - sent > 0.05) {
            return checks.fail(
              ctx.say({
                en: `${user.name} sent query ${position + 1} at ${secs(sent)} but the answer arrived only at ${secs(event.t)}. Something held the server up: it should answer within a few milliseconds.`,
                ko: `${user.name} 사용자가 ${seconds(sent)}초에 ${position + 1}번째 질의를 보냈지만 답은 ${seconds(event.t)}초에야 도착했습니다. 무언가가 서버를 붙잡고 있었습니다. 서버는 몇 밀리초 안에 답해야 합니다.`,
              }),
              { seq: event.seq, t: event.t, task: event.task },
            );
          }
        }
      }
      return checks.pass();
    }),
    "the server closes each connection when its user says goodbye": checks
      .outputIncludes(({ world }) =>
        world.users.map((user) => `${user.name}: the server closed the connection`),
      )
      .hint(
        "After the loop, `writer.close()` ends the connection; the user's terminal sees the end of the stream.",
      ),
    "the program ends when the slowest user is done": checks.finishedNear(slowest, {
      not: oneAfterAnother,
      notMeans: "the users were served one after another",
    }),
  },
});
