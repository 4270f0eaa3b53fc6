import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "디버그 모드의 경고 읽기",
  prompt:
    "이 프로그램은 디버그 모드로 실행되는데, 디버그 모드가 불만이 많습니다. 실행해서 경고를 읽어 보세요. 하나는 어떤 단계가 100 ms보다 훨씬 오래 루프를 붙잡았다고 하고, 다른 하나는 어떤 코루틴이 한 번도 await되지 않았다고 합니다. 두 실수를 모두 고쳐서 모든 주문을 동시에 가져와 감사(audit)하고, 경고 없이 실행이 끝나게 하세요.",
  hints: [
    "`SlowCallback` 경고는 단계가 느렸던 태스크의 이름을 알려 줍니다. `processOrder` 안에서 `await` 없이 기다리는 것은 무엇일까요?",
    "`requests.get`은 루프의 스레드를 막습니다. 비동기 클라이언트 `http.get`은 await되며, 그동안 다른 주문이 실행될 수 있습니다. 응답 본문은 `await response.text()`로 얻습니다.",
    "`RuntimeWarning: coroutine '…' was never awaited`는 그 코루틴을 만든 줄을 알려 줍니다. 그 호출에 `await`가 빠져 있습니다.",
  ],
  variants: {
    "three orders": { name: "주문 세 개" },
    "one slow order among four": { name: "네 개 중 느린 주문 하나" },
    "two orders": { name: "주문 두 개" },
  },
  checks: {
    "every order is fetched and audited": { name: "모든 주문을 가져오고 감사한다" },
    "no coroutine is left un-awaited": {
      name: "await되지 않은 코루틴이 없다",
      hint: "호출한 코루틴은 모두 await해야 합니다(또는 await되는 태스크로 감싸야 합니다).",
    },
    "no step holds the loop longer than 100 ms": {
      name: "100 ms보다 오래 루프를 붙잡는 단계가 없다",
      explain: ["requests.get은 루프를 막습니다. await http.get(url)은 막지 않습니다."],
    },
    "the orders are fetched at the same time": {
      name: "주문들을 동시에 가져온다",
      hint: "`gather`가 주문마다 `processOrder`를 하나씩 실행하도록 그대로 두어, 요청들이 나란히 기다리게 하세요.",
    },
    "finishes after the slowest order, not the sum": {
      name: "합이 아니라 가장 느린 주문이 끝날 때 끝난다",
      notMeans: "주문을 하나씩 차례로 처리하는 경우",
    },
    "reports when all orders are processed": { name: "모든 주문을 처리하면 알린다" },
  },
});
