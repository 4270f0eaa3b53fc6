import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "코루틴은 언제 실행될까?",
  prompt:
    "여기서는 모든 일이 t = 0에 일어나므로 순서만 중요합니다. 프로그램이 출력하는 순서대로 줄들을 놓으세요.",
  hints: [
    '`step("a")`를 호출하면 코루틴이 만들어질 뿐, 본문은 하나도 실행되지 않습니다.',
    "`createTask`는 코루틴을 예약하지만, 태스크는 `main`이 멈출 때에야 차례를 얻습니다. 그리고 한 번도 멈추지 않는 코루틴을 await해도 `main`은 멈추지 않습니다.",
    "`main`이 처음 멈추는 곳은 `await task`입니다. 태스크 c가 실행되는 순간이 바로 그때입니다.",
  ],
  checks: {
    "the lines are in the right order": { name: "줄의 순서가 맞다" },
  },
});
