import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "각 다운로드는 언제 끝날까?",
  prompt: "프로그램을 읽고, 출력되는 줄을 순서대로 놓은 다음 각 줄이 출력되는 가상 시각을 적으세요.",
  hints: [
    "`await download(...)`는 그 다운로드가 완전히 끝날 때까지 기다린 뒤에야 `main`의 다음 줄로 넘어갑니다.",
    "`asyncio.gather(...)`는 두 다운로드를 같은 순간에 시작합니다. 두 다운로드의 대기 시간은 겹칩니다.",
    "`all done`은 함께 모은 두 다운로드 중 느린 쪽이 끝났을 때 출력됩니다.",
  ],
  checks: {
    "the lines are in the right order": { name: "줄의 순서가 맞다" },
    "each line is printed at the right time": { name: "각 줄이 맞는 시각에 출력된다" },
  },
});
