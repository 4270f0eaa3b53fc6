import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "다음 차례는 누구일까?",
  prompt:
    "콜백 하나, 타이머 하나, 태스크 하나, 그리고 두 가지 sleep이 있습니다. 이벤트 루프가 출력하는 순서대로 줄을 놓고, 각 줄의 가상 시각을 적으세요.",
  hints: [
    "`main`이 첫 `await`에서 멈추기 전에는 아무것도 실행되지 않습니다. 그 전에 예약된 것은 모두 예약된 순서대로 준비 큐에서 기다립니다.",
    "`await asyncio.sleep(0)`은 `main`의 다음 단계를 준비 큐의 맨 뒤, 곧 callSoon 콜백과 새 태스크의 뒤에 넣습니다.",
    "자식 태스크도 첫 단계를 마치면 큐의 맨 뒤로 갑니다. `main`의 뒤입니다.",
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
