import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "스피너 취소하기",
  prompt:
    '`supervisor`를 작성하세요. `spin("thinking!")`을 태스크로 시작하고, `slowFunction()`을 await한 다음, 스피너를 취소하고 스피너 태스크를 await해서 정말로 멈추게 하세요. 그 뒤에 `Answer: <result>`를 출력하고 결과를 돌려주세요.',
  hints: [
    '`asyncio.createTask(spin("thinking!"))`가 스피너를 시작합니다. 스피너는 `supervisor`가 기다리는 동안 실행됩니다.',
    "`spinner.cancel()`은 요청만 할 뿐입니다. 스피너는 다음 `await`에서 멈춥니다. 태스크를 await하면 멈출 때까지 기다립니다.",
    "취소된 태스크를 await하면 await한 코루틴에서 `CancelledError`가 발생합니다. `try { await spinner; } catch (error) { … }`로 잡으세요.",
  ],
  variants: {
    "3 s of work, a frame every 0.4 s": {
      name: "작업 3초, 0.4초마다 한 프레임",
      description: "작업이 3초 걸리고 0.4초마다 프레임을 하나씩 그릴 때",
    },
    "1.3 s of work, a frame every 0.25 s": {
      name: "작업 1.3초, 0.25초마다 한 프레임",
      description: "작업이 1.3초 걸리고 0.25초마다 프레임을 하나씩 그릴 때",
    },
    "2 s of work, a frame every 0.3 s": {
      name: "작업 2초, 0.3초마다 한 프레임",
      description: "작업이 2초 걸리고 0.3초마다 프레임을 하나씩 그릴 때",
    },
  },
  checks: {
    "the spinner turns in its own task until the answer is ready": {
      name: "답이 나올 때까지 스피너가 자기 태스크에서 돌아간다",
      explain: ["코드가 asyncio.createTask로 스피너를 태스크로 시작하지 않습니다."],
    },
    "the spinner is cancelled when the answer is ready": {
      name: "답이 나오면 스피너가 취소된다",
      explain: ["코드가 스피너 태스크의 cancel() 메서드를 호출하지 않습니다."],
    },
    "supervisor awaits the spinner task after cancelling it": {
      name: "supervisor가 스피너 태스크를 취소한 뒤 await한다",
      hint: "`spinner.cancel()`은 멈추라고 요청할 뿐입니다. 멈출 때까지 기다리는 것은 (try/catch 안의) `await spinner`입니다.",
    },
    "the spinner stops before the answer is printed": {
      name: "답이 출력되기 전에 스피너가 멈춘다",
    },
    "the answer is printed as soon as it is ready": {
      name: "답이 나오자마자 출력된다",
    },
    "the program ends when the slow function does": {
      name: "느린 함수가 끝날 때 프로그램도 끝난다",
    },
    "supervisor returns the answer": {
      name: "supervisor가 답을 돌려준다",
    },
  },
});
