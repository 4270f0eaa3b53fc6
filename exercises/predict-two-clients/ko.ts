import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "클라이언트 둘, 서버 하나",
  prompt:
    "두 클라이언트가 지연 시간이 서로 다른 회선으로 같은 서버와 대화합니다. 프로그램이 출력하는 순서대로 줄을 늘어놓고, 줄마다 출력되는 가상 시각(초)을 적으세요.",
  hints: [
    "연결에는 왕복 한 번이 걸립니다. 요청이 서버까지 가고 수락이 되돌아오므로, 회선의 편도 지연 시간의 두 배입니다.",
    "`write()`는 아무것도 기다리지 않습니다. 줄은 곧바로 출력되고, 데이터는 지연 시간 한 번이 지난 뒤 반대편에 도착합니다.",
    "서버는 연결마다 별도의 태스크에서 `shout`를 한 번씩 실행합니다. 한 클라이언트를 끝내고 나서야 다음 클라이언트를 시작하는 것이 아닙니다.",
  ],
  checks: {
    "the lines are in the order the program prints them": {
      name: "줄이 프로그램이 출력하는 순서대로 놓여 있다",
    },
    "every line is printed at the time you predicted": { name: "모든 줄이 예측한 시각에 출력된다" },
  },
});
