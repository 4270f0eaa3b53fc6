import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "동시에 일어나는 상태 확인",
  prompt:
    "`checkStatus(url)`를 작성하세요. 이 함수는 `services`의 비동기 클라이언트 `http`로 페이지를 가져와 `<url>: <status>`(예: `http://shop.example/: 200`)를 출력하고 상태 코드를 반환합니다. 그다음 `main`이 `urls`의 모든 URL을 동시에 확인하고, 전부 끝나면 `checked N pages`를 출력하게 만드세요. 전체 실행 시간은 가장 느린 페이지 하나가 걸리는 시간 정도여야 합니다.",
  hints: [
    "`const response = await http.get(url)`는 루프를 붙잡지 않고 페이지를 기다립니다. 상태 코드는 `response.status`입니다.",
    "`requests.get`은 루프를 막습니다. 요청 하나가 기다리는 동안 다른 태스크는 하나도 실행되지 못합니다.",
    "`await asyncio.gather(...urls.map((url) => checkStatus(url)))`는 URL마다 태스크를 하나씩 실행하고 모두 끝날 때까지 기다립니다.",
  ],
  variants: {
    "three pages": { name: "페이지 세 개" },
    "one slow server among five": { name: "다섯 개 중 느린 서버 하나" },
    "two pages": { name: "페이지 두 개" },
  },
  checks: {
    "prints each page's status": { name: "페이지마다 상태 코드를 출력한다" },
    "each page is checked in its own task": {
      name: "페이지마다 자기 태스크에서 확인한다",
      hint: "상태 코드는 `checkStatus` 안에서 출력하고, `gather`나 `createTask`로 URL마다 `checkStatus`를 하나씩 실행하세요.",
    },
    "no request holds the loop": {
      name: "루프를 붙잡는 요청이 없다",
      explain: [
        "requests.get은 페이지가 도착할 때까지 루프를 막습니다. await http.get(url)은 막지 않습니다.",
      ],
    },
    "the requests wait at the same time": {
      name: "요청들이 동시에 기다린다",
      hint: "어느 요청이든 기다리기 전에 모든 요청을 먼저 시작하세요.",
    },
    "finishes after the slowest page, not the sum": {
      name: "합이 아니라 가장 느린 페이지가 끝날 때 끝난다",
      notMeans: "페이지를 하나씩 차례로 확인하는 경우",
    },
    "reports how many pages were checked, once all are done": {
      name: "모두 끝난 뒤 확인한 페이지 수를 알린다",
    },
  },
});
