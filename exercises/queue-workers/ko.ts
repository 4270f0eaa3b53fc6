import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "크기가 정해진 큐에서 일을 받는 워커",
  prompt:
    "프로그램을 완성하세요. `main`은 `worker-1`, `worker-2`… 라는 이름의 워커 태스크를 `world.workers`개 시작하고, 항목을 최대 두 개까지 담는 큐에 작업 `1`부터 `jobs.length`까지를 넣은 다음, 모든 작업이 끝날 때까지 기다렸다가 워커를 멈추고 처리한 작업의 개수를 반환합니다. 워커는 큐에서 작업을 하나 꺼내 `handle(job)`을 await하고, `worker-<n> handled job <job>`을 출력한 뒤 그 작업을 완료로 표시합니다.",
  hints: [
    "`new asyncio.Queue<number>(2)`는 작업 두 개가 들어갈 자리가 있는 큐를 만듭니다. `await queue.put(job)`은 큐가 가득 찬 동안 기다립니다.",
    "워커는 스스로는 끝나지 않는 루프입니다: `for (;;) { const job = await queue.get(); … queue.taskDone(); }`.",
    "첫 작업을 넣기 전에 `asyncio.createTask(worker(name, queue), { name })`로 워커를 시작하세요. 그러지 않으면 큐에 자리를 만들어 줄 태스크가 없습니다.",
    "`await queue.join()`은 모든 작업에 대해 `taskDone()`이 호출되면 돌아옵니다. 그다음 워커를 취소하고, 예를 들어 `asyncio.gather(...workers, { returnExceptions: true })`로 워커를 await하세요.",
  ],
  variants: {
    "6 jobs for 3 workers": { name: "워커 3개에 작업 6개" },
    "10 short jobs for 2 workers": { name: "워커 2개에 짧은 작업 10개" },
    "4 jobs for 4 workers": { name: "워커 4개에 작업 4개" },
    "one long job and four short ones for 2 workers": { name: "워커 2개에 긴 작업 1개와 짧은 작업 4개" },
  },
  checks: {
    "every job is handled exactly once": { name: "모든 작업이 정확히 한 번씩 처리된다" },
    "the workers print what they handle": { name: "워커가 처리한 작업을 출력한다" },
    "the workers handle jobs at the same time": { name: "워커들이 동시에 작업을 처리한다" },
    "the producer waits for room in the bounded queue": {
      name: "생산자가 크기가 정해진 큐에 자리가 나기를 기다린다",
    },
    "the workers are stopped before main returns": { name: "main이 반환되기 전에 워커가 멈춘다" },
    "the program ends when the last job is done": {
      name: "마지막 작업이 끝날 때 프로그램이 끝난다",
      notMeans: "작업을 하나씩 차례로 처리하는 경우",
    },
    "main returns the number of jobs handled": { name: "main이 처리한 작업의 개수를 반환한다" },
  },
});
