import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "멈추지 않으려는 워커",
  prompt:
    "`worker`는 일이 실패한 뒤에도 계속하는데, 이것은 옳습니다. 하지만 `main`이 취소해도 계속하는데, 이것은 틀렸습니다. 취소되면 `worker`가 멈추도록(`finally`는 여전히 실행되도록) 고치세요. 손상된 일은 여전히 보고하고 건너뛰어야 합니다.",
  hints: [
    "태스크를 취소하면 그 태스크의 현재 `await`에서 `CancelledError`가 던져집니다. 여기서는 `process(job)` 안, 모든 오류를 잡는 `catch`가 달린 `try` 안입니다.",
    "`catch`에서 `error instanceof asyncio.CancelledError`로 두 종류의 오류를 구별하세요.",
    "`CancelledError`는 다시 던져서(`throw error;`) `worker` 밖으로 내보내고, 나머지는 계속 보고하세요.",
  ],
  variants: {
    "cancelled during job 3": {
      name: "세 번째 일 도중 취소",
      description: "일이 다섯 개이고 세 번째 일 도중에 취소할 때",
    },
    "cancelled during job 4": {
      name: "네 번째 일 도중 취소",
      description: "일이 여섯 개이고 네 번째 일 도중에 취소할 때",
    },
  },
  checks: {
    "a corrupt job is reported and skipped": { name: "손상된 일은 보고되고 건너뛴다" },
    "the worker task ends cancelled": { name: "worker 태스크가 취소된 상태로 끝난다" },
    "the cancellation is not reported as a failed job": {
      name: "취소가 실패한 일로 보고되지 않는다",
      hint: "보고하기 전에 CancelledError를 구별하세요. 그것은 실패한 일이 아닙니다.",
    },
    "no job starts after the cancellation": { name: "취소된 뒤에는 어떤 일도 시작하지 않는다" },
    "the worker still cleans up": { name: "worker는 여전히 뒷정리를 한다" },
    "main sees the cancellation": { name: "main이 취소를 알아챈다" },
  },
});
