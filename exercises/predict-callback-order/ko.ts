import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "콜백은 어떤 순서로 실행될까?",
  prompt:
    "이 프로그램은 콜백 방식으로 요청을 보냅니다. 출력되는 줄을 출력 순서대로 놓고, 각 줄의 가상 시각을 적으세요.",
  hints: [
    "최상위 코드가 아직 실행 중인 동안에는 어떤 콜백도 실행될 수 없습니다. 루프는 `loop.runForever()`에서야 콜백을 호출하기 시작합니다.",
    "`callSoon` 콜백은 어떤 타이머보다도 먼저, 루프가 처음 도는 바로 그 차례에 실행됩니다.",
    "각 응답은 해당 `fetch` 호출로부터 `latency`초 뒤에 도착합니다. c에 대한 요청은 b의 응답이 도착해야 비로소 보내집니다.",
  ],
  checks: {
    "the lines are in the right order": { name: "줄의 순서가 맞다" },
    "each line is printed at the right time": { name: "각 줄이 맞는 시각에 출력된다" },
  },
});
