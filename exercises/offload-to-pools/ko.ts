import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "기다리는 일은 스레드에, 계산은 프로세스에",
  prompt:
    "`resize`는 CPU 바운드 함수이고 `download`는 블로킹 클라이언트 `requests`를 씁니다. 코루틴에서 호출하면 어느 쪽이든 이벤트 루프를 붙잡습니다. 모든 이미지는 **프로세스 풀**에서 크기를 바꾸고 모든 페이지는 **스레드 풀**에서 내려받도록, 그리고 이 모든 일이 동시에 일어나도록 `main`을 작성하세요. 작업마다 결과가 도착하는 대로 `resized <name>` 줄과 `downloaded <url>` 줄을 출력하고, 모든 작업이 끝나면 `all done` 줄을 출력합니다.",
  hints: [
    "`const loop = asyncio.getRunningLoop()`로 루프를 얻은 다음 `loop.runInExecutor(pool, resize, image.name, image.work)`를 호출하면 await할 수 있는 퓨처가 돌아옵니다.",
    "크기 변경에는 `ProcessPoolExecutor`를, 내려받기에는 `ThreadPoolExecutor`를 만드세요(또는 `asyncio.toThread`를 쓰세요).",
    "어느 작업이든 await하기 전에 모든 작업을 시작하세요. 작업마다 그것을 await하고 출력하는 코루틴으로 감싸고, 그 전부를 `gather`하면 됩니다.",
    "다 쓴 풀은 종료하세요(`finally` 블록에서 `pool.shutdown()`).",
  ],
  variants: {
    "two images and three pages": { name: "이미지 두 개와 페이지 세 개" },
    "three images and one page": { name: "이미지 세 개와 페이지 한 개" },
    "one image and two pages": { name: "이미지 한 개와 페이지 두 개" },
  },
  checks: {
    "reports every job": { name: "모든 작업을 알린다" },
    "the loop is never held longer than 100 ms": {
      name: "루프를 100 ms보다 오래 붙잡지 않는다",
      explain: ["코드 어디에서도 작업을 익스큐터에 넘기지 않습니다: loop.runInExecutor(pool, fn, ...args)."],
    },
    "the resizes compute in parallel, in processes": {
      name: "크기 변경이 프로세스에서 병렬로 계산된다",
      explain: ["CPU 작업을 병렬로 실행하는 것은 ProcessPoolExecutor뿐입니다."],
    },
    "the downloads wait at the same time, in threads": { name: "내려받기가 스레드에서 동시에 기다린다" },
    "downloads and resizes run at the same time": { name: "내려받기와 크기 변경이 동시에 실행된다" },
    "prints all done after every job has finished": { name: "모든 작업이 끝난 뒤 all done 줄을 출력한다" },
  },
});
