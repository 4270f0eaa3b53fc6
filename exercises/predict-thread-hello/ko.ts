import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "스레드 하나, 티커 하나, 블로킹 sleep 하나",
  prompt:
    "`blocking`은 워커 스레드에서 0.5초 동안 잠들고, 그동안 티커 태스크가 루프에서 수를 셉니다. 그 뒤 `main`은 루프 자신의 스레드에서 `time.sleep`을 호출합니다. 프로그램이 출력하는 순서대로 줄을 늘어놓고, 줄마다 출력되는 가상 시각(초)을 적으세요.",
  hints: [
    "`asyncio.toThread`는 `blocking`을 다른 스레드에서 실행합니다. 그 안의 `time.sleep`은 루프를 붙잡지 않으므로 티커는 계속 똑딱입니다.",
    "`main`의 `time.sleep(0.3)`은 루프의 스레드에서 실행됩니다. 이 호출이 반환될 때까지 어떤 태스크도 실행될 수 없습니다.",
    "루프가 막혀 있는 동안 때가 된 타이머는 제시간이 아니라 루프가 다시 풀리자마자 실행됩니다.",
  ],
  checks: {
    "the lines are in the order the program prints them": {
      name: "줄이 프로그램이 출력하는 순서대로 놓여 있다",
    },
    "every line is printed at the time you predicted": { name: "모든 줄이 예측한 시각에 출력된다" },
  },
});
