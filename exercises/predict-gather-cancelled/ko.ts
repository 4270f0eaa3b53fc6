import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "gather, 오류 하나, 취소 하나",
  prompt:
    "작업 네 개를 `returnExceptions: true`로 gather합니다. 그중 하나는 실패하고, 다른 하나는 0.5초에 바깥에서 취소됩니다. 프로그램이 출력하는 순서대로 줄을 늘어놓고, 줄마다 출력되는 가상 시각(초)을 적으세요.",
  hints: [
    "모인 태스크 중 하나를 취소하면 그 태스크만 취소됩니다. 나머지는 계속 실행됩니다.",
    "`returnExceptions: true`를 주면 실패나 취소는 결과의 한 항목이 되어 제자리에 놓입니다. `gather`는 모든 작업을 기다립니다.",
    "작업들이 어떤 순서로 끝나든, `gather`는 마지막 작업이 끝날 때 반환합니다.",
  ],
  checks: {
    "the lines are in the order the program prints them": {
      name: "줄이 프로그램이 출력하는 순서대로 놓여 있다",
    },
    "every line is printed at the time you predicted": { name: "모든 줄이 예측한 시각에 출력된다" },
  },
});
