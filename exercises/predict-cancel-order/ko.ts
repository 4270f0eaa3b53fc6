import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "태스크가 취소되면 무슨 일이 일어날까?",
  prompt: "태스크 두 개, 취소 한 번. 출력되는 순서대로 줄을 놓고, 각 줄의 가상 시각을 적으세요.",
  hints: [
    "두 태스크는 `main`이 처음 멈추는 `await asyncio.sleep(2)`에서 곧바로 시작합니다.",
    "`cancel()`은 취소를 요청할 뿐입니다. B가 다음 차례를 얻기 전까지 B 안에서는 아무 일도 일어나지 않았고, `b.cancelled()`는 아직 false입니다.",
    "B는 `main`이 `await b`에서 멈출 때 그 차례를 얻습니다. `CancelledError`는 B의 `await asyncio.sleep(3)` 자리에서 발생하므로 `finished`는 건너뛰지만 `finally`는 실행됩니다.",
  ],
  checks: {
    "the lines are in the right order": {
      name: "줄의 순서가 맞다",
    },
    "each line is printed at the right time": {
      name: "각 줄이 맞는 시각에 출력된다",
    },
  },
});
