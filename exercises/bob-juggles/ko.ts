import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "다섯 가지 일을 번갈아 하는 Bob",
  prompt:
    "Bob은 일을 하나씩 차례로 하고, 기다릴 때마다 멍하니 벽만 바라봅니다. 모든 일이 한꺼번에 시작되어 대기 시간이 겹치도록 `main`을 고친 다음, 모든 일이 끝나면 `Bob's morning is over`를 출력하세요.",
  hints: [
    "위의 다운로드 두 개 예제가 일 두 개로 같은 일을 합니다. `await asyncio.gather(a(), b())`는 둘 다 시작하고 둘 다 기다립니다.",
    "`gather`는 코루틴을 몇 개든 받습니다. `world.jobs.map(...)`으로 코루틴을 만들고 배열을 펼쳐 넘기세요: `asyncio.gather(...coroutines)`.",
    "마지막 줄은 `await asyncio.gather(...)` 다음에 출력해야 모든 일이 끝난 뒤에 나옵니다.",
  ],
  variants: {
    "Bob's usual morning": { name: "Bob의 여느 아침", description: "Bob의 여느 아침 일들을 할 때" },
    "a busy Monday": { name: "바쁜 월요일", description: "바쁜 월요일의 일들을 할 때" },
  },
  checks: {
    "every job starts before any job finishes": {
      name: "어떤 일이 끝나기 전에 모든 일이 시작된다",
      hint: "먼저 모든 일을 시작하고, 그다음에 기다리세요.",
    },
    "the jobs run in separate tasks": {
      name: "일마다 별도의 태스크에서 실행된다",
      explain: ["코드 어디에서도 일을 별도의 태스크로 시작하지 않습니다."],
    },
    "the jobs wait at the same time": { name: "일들이 동시에 기다린다" },
    "main waits for every job to finish": {
      name: "main이 모든 일이 끝나기를 기다린다",
      hint: "일이 끝났을 법한 시간까지 잠드는 것은 기다리는 것이 아닙니다. 태스크를 await하거나 gather로 모으세요.",
    },
    "Bob's morning is over only after the last job is done": {
      name: "마지막 일이 끝난 뒤에야 Bob의 아침이 끝난다",
      hint: "마지막 줄은 모든 일을 기다리는 `await` 다음에 출력하세요.",
    },
    "Bob says his morning is over once, from main": {
      name: "Bob은 main에서 한 번만 아침이 끝났다고 말한다",
    },
    "the morning lasts as long as the longest wait, not the sum": {
      name: "아침은 대기 시간의 합이 아니라 가장 긴 대기 시간만큼 걸린다",
      notMeans: "일들이 하나씩 차례로 기다리는 경우",
    },
  },
});
