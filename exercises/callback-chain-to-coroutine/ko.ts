import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "콜백 사슬 풀기",
  prompt:
    "`lookUp`은 API 호출 세 개를 콜백으로 잇습니다. 이것을 코루틴 하나, `async function lookUp(user)`로 다시 쓰세요. 이 코루틴은 `apiCall(...)`을 세 번 await하고 상태를 반환합니다(호출이 실패하면 그냥 예외가 던져집니다). 이 코루틴은 `async function main()`에서 `asyncio.run(main())`으로 실행하고, `main`은 전과 같은 두 종류의 줄을 출력합니다.",
  hints: [
    '`apiCall(endpoint, request)`는 퓨처를 반환합니다. `const userId = await apiCall("findUser", user);`는 응답이 들어올 때까지 멈춥니다.',
    "각 호출에는 앞 호출의 답이 필요하므로, `await` 세 개가 한 함수 안에서 위에서 아래로 차례로 옵니다.",
    "`main`에서는 호출을 `try { ... } catch (error) { ... }`로 감싸세요. 실패한 API 호출은 평범한 예외로 도착합니다. `catch` 블록에서 `error.message`를 출력하세요.",
    "`apiCallWithCallback`, `newEventLoop`, `runForever`, `loop.stop()`을 더 이상 아무도 쓰지 않으면 지우세요. 그 일은 `asyncio.run(main())`이 합니다.",
  ],
  variants: {
    "ada, 0.5 s per call": {
      name: "ada, 호출마다 0.5초",
      description: "사용자가 ada이고 호출마다 0.5초가 걸릴 때",
    },
    "grace, 1.5 s per call": {
      name: "grace, 호출마다 1.5초",
      description: "사용자가 grace이고 호출마다 1.5초가 걸릴 때",
    },
    "an unknown user": { name: "알 수 없는 사용자", description: "API가 모르는 사용자일 때" },
  },
  checks: {
    "the calls are made in order, each with the previous answer": {
      name: "호출이 차례로, 각각 앞 호출의 답을 가지고 이루어진다",
    },
    "each call starts when the previous answer arrives": {
      name: "각 호출은 앞 호출의 답이 도착할 때 시작된다",
    },
    "the program prints the answer (or the error)": {
      name: "프로그램이 답(또는 오류)을 출력한다",
      hint: "정확히 `shipping status: <status>` 또는 `error: <message>`를 출력하세요. 실패한 호출에서는 `error.message`를 출력하세요. 오류 자체를 출력하면 클래스 이름이 붙습니다.",
    },
    "the answer comes back to main": {
      name: "답이 main으로 돌아온다",
      hint: "콜백은 어떤 태스크에도 속하지 않고 실행됩니다. 답은 `await lookUp(...)`의 반환값으로 `main`에 돌아와야 합니다.",
      explain: ["프로그램이 아직 runForever()로 루프를 돌리고 있습니다. 답을 출력하는 것은 콜백입니다."],
    },
    "the program ends when the answer is in": { name: "답이 들어오면 프로그램이 끝난다" },
  },
});
