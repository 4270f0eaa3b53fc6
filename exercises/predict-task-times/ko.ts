import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "태스크는 언제 실행되고, 언제 끝날까?",
  prompt: "프로그램이 출력하는 순서대로 줄을 놓고, 각 줄이 출력되는 가상 시각(초)을 적으세요.",
  hints: [
    "`createTask`는 태스크를 예약하지만, 태스크가 처음 실행되는 것은 `main`이 실제로 기다리는 `await`에서 멈출 때입니다.",
    "세 기다림은 모두 t = 0에 시작합니다. 서로 겹칠 뿐, 더해지지 않습니다.",
    "이미 끝난 태스크를 await하면 전혀 멈추지 않습니다.",
  ],
  checks: {
    "the lines are in the order the program prints them": {
      name: "줄이 프로그램이 출력하는 순서대로 놓여 있다",
    },
    "every line is printed at the time you predicted": {
      name: "모든 줄이 예측한 시각에 출력된다",
    },
  },
});
