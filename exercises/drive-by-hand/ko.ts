import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "이벤트 루프가 되어 보기",
  prompt:
    "`drive(coro)`를 쓰세요. 이 함수는 코루틴이 끝날 때까지 `coro.send(undefined)`를 거듭 호출하고, send하기 전마다 `send #1`, `send #2`, …를 출력합니다. 그런 다음 코루틴의 반환값을 반환합니다. `StopIteration`이 아닌 오류는 바뀌지 않은 채 `drive` 밖으로 나와야 합니다. 이벤트 루프는 쓸 수 없습니다.",
  hints: [
    "`try`/`catch` 안에서 `coro.send(undefined)`를 감싸는 반복문입니다. `send`가 정상적으로 반환했다면 코루틴이 멈춘 것이니 다시 send하세요.",
    "코루틴이 반환하면 `send`는 `StopIteration`을 던집니다. 그 `value` 필드가 코루틴의 반환값입니다.",
    "`catch`에서 `error instanceof StopIteration`인지 검사하세요. 다른 것이라면 `throw error`로 다시 던지세요.",
  ],
  variants: {
    "3 pauses": { name: "3번 멈춤", description: "3번 멈추는 코루틴일 때" },
    "5 pauses": { name: "5번 멈춤", description: "5번 멈추는 코루틴일 때" },
    "a coroutine that fails": { name: "실패하는 코루틴", description: "실패하는 코루틴일 때" },
  },
  checks: {
    "drive does not use an event loop": { name: "drive는 이벤트 루프를 쓰지 않는다" },
    "each send runs one slice of the coroutine": { name: "send 한 번이 코루틴의 한 조각을 실행한다" },
    "drive hands back the result, or lets the error out": {
      name: "drive는 결과를 돌려주거나, 오류를 밖으로 내보낸다",
    },
    "nothing else is printed": { name: "그 밖에는 아무것도 출력하지 않는다" },
  },
});
