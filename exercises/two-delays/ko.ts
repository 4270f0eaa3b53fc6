import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "두 지연을 한꺼번에",
  prompt:
    "`main`은 두 지연을 하나씩 차례로 실행하므로 프로그램이 두 시간의 합만큼 걸립니다. 두 지연이 동시에 기다리게 해서 더 긴 쪽의 시간에 끝나도록 고치세요. 두 결과는 여전히 순서대로 돌려주어야 합니다.",
  hints: [
    "`await delay(...)`는 그 코루틴을 끝까지 실행한 뒤에야 다음 줄로 넘어갑니다.",
    "`asyncio.createTask(delay(first))`는 지연 하나를 자기 태스크에서 시작합니다. 두 태스크를 먼저 시작한 다음 await하세요.",
    "`asyncio.gather(delay(first), delay(second))`는 두 단계를 한 번에 처리하고 `[first, second]`를 돌려줍니다.",
  ],
  variants: {
    "2 s and 3 s": { name: "2초와 3초", description: "지연이 2초와 3초일 때" },
    "4 s and 1 s": { name: "4초와 1초", description: "지연이 4초와 1초일 때" },
    "0.5 s and 2.5 s": { name: "0.5초와 2.5초", description: "지연이 0.5초와 2.5초일 때" },
  },
  checks: {
    "prints when each delay starts and finishes": {
      name: "각 지연이 시작하고 끝날 때 출력한다",
    },
    "both delays start before either finishes": {
      name: "두 지연이 어느 쪽이든 끝나기 전에 모두 시작한다",
      hint: "어느 쪽을 await하기 전에 두 지연을 모두 시작하세요.",
    },
    "the delays wait at the same time": {
      name: "두 지연이 동시에 기다린다",
      explain: [
        "time.sleep은 루프 전체를 막습니다. 잠든 동안 다른 태스크는 실행되지 않습니다. 대신 asyncio.sleep을 await하세요.",
      ],
    },
    "the delays really run separately": {
      name: "두 지연이 정말로 따로 실행된다",
      explain: ["코드 어디에서도 태스크를 시작하지 않습니다. asyncio.createTask나 asyncio.gather를 쓰세요."],
    },
    "nothing holds the loop while the delays wait": {
      name: "지연이 기다리는 동안 아무것도 루프를 붙잡지 않는다",
    },
    "main waits for both delays": {
      name: "main이 두 지연을 모두 기다린다",
      hint: "지연만큼 잠드는 것은 지연을 기다리는 것이 아닙니다. 태스크를 await하거나 gather하세요.",
    },
    "finishes after the longer delay, not the sum": {
      name: "합이 아니라 더 긴 지연의 시간에 끝난다",
      notMeans: "두 지연이 하나씩 차례로 실행되는 경우",
    },
    "main returns both results in order": {
      name: "main이 두 결과를 순서대로 돌려준다",
    },
  },
});
