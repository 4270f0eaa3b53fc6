import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "느린 다운로드를 깔끔하게 포기하기",
  prompt:
    "다운로드를 태스크로 실행하세요. `world.patience`초가 지나도 끝나지 않으면 취소하고, 멈출 때까지 기다린 다음 `gave up on <url> after <patience> s`를 출력하세요. 제때 끝났다면 그 결과를 출력하세요. 어느 쪽이든 다운로드는 끝나는 바로 그 순간에 `closing connection to <url>`을 정확히 한 번 출력해야 합니다.",
  hints: [
    "`const task = asyncio.createTask(download(...))`로 시작하고, `await asyncio.sleep(world.patience)`로 그만큼 실행되게 둡니다.",
    "잠든 뒤에 `task.done()`을 보면 끝났는지 알 수 있습니다. 끝나지 않았다면 `task.cancel()`을 호출하세요.",
    "취소된 태스크를 await하면 `CancelledError`가 던져집니다. `main`에서 이를 잡아 포기 메시지를 출력하세요.",
    "`download` 안에서는 기다리는 부분을 `try { ... } finally { ... }`로 감싸고 `finally`에서 연결을 닫으세요. `finally`는 성공했을 때도, 취소되었을 때도 실행됩니다.",
  ],
  variants: {
    "a slow download": {
      name: "느린 다운로드",
      description: "다운로드가 30초 걸리고 5초까지 기다릴 때",
    },
    "a quick download": {
      name: "빠른 다운로드",
      description: "다운로드가 2초 걸리고 5초까지 기다릴 때",
    },
    "another slow one": {
      name: "또 하나의 느린 다운로드",
      description: "다운로드가 12초 걸리고 7.5초까지 기다릴 때",
    },
  },
  checks: {
    "the download runs in its own task": {
      name: "다운로드가 자기 태스크에서 실행된다",
      explain: ["코드 어디에서도 다운로드를 위한 태스크를 만들지 않습니다."],
    },
    "a download that takes too long is cancelled at the deadline": {
      name: "너무 오래 걸리는 다운로드는 마감 시각에 취소된다",
    },
    "the connection is always closed when the download ends": {
      name: "다운로드가 끝나면 언제나 연결이 닫힌다",
      hint: "태스크가 `await`에서 취소되면 그 `await` 뒤의 코드는 실행되지 않습니다. `finally` 블록은 실행됩니다.",
    },
    "the connection is closed exactly once": {
      name: "연결이 정확히 한 번 닫힌다",
    },
    "main reports what happened": {
      name: "main이 무슨 일이 있었는지 알린다",
    },
  },
});
