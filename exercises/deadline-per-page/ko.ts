import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "페이지마다 마감 시각 두기",
  prompt:
    "`fetchWithin`은 페이지마다 최대 `world.limit`초를 주려고 하지만, 페이지가 도착한 뒤에야 시계를 보기 때문에 느린 페이지 하나가 여전히 전체를 붙잡아 둡니다. 너무 오래 걸리는 페이지는 제한 시간에 멈추고(그때 연결이 닫힙니다) `<name>: timed out after <limit> s`로 보고하며, 나머지 페이지는 지금처럼 보고하도록 고치세요.",
  hints: [
    "`await fetch(page)` 다음에 시간을 재서는 소용이 없습니다. 그때는 이미 기다림이 다 끝났습니다.",
    "`await asyncio.waitFor(fetch(page), limit)`는 최대 `limit`초 동안 기다리고, 그 시간이 지나면 요청을 취소한 뒤 `asyncio.TimeoutError`를 던집니다.",
    "`asyncio.TimeoutError`만 잡고(다른 오류는 다시 던지세요) 거기서 시간 초과 줄을 출력하세요.",
  ],
  variants: {
    "one slow page of three, a 2 s limit": { name: "페이지 3개 중 느린 페이지 1개, 제한 2초" },
    "two slow pages of four, a 3 s limit": { name: "페이지 4개 중 느린 페이지 2개, 제한 3초" },
    "one page just over a 5 s limit": { name: "제한 5초를 살짝 넘는 페이지 1개" },
  },
  checks: {
    "prints one line for every page": { name: "페이지마다 한 줄씩 출력한다" },
    "the pages are fetched at the same time": { name: "페이지를 동시에 가져온다" },
    "a slow page is reported when the limit is reached": { name: "느린 페이지는 제한 시간이 되면 보고된다" },
    "a slow page's connection is closed at the limit": { name: "느린 페이지의 연결은 제한 시간에 닫힌다" },
    "the pages in time are reported when they arrive": {
      name: "제시간에 온 페이지는 도착하는 즉시 보고된다",
    },
    "the program ends at the limit, not after the slowest page": {
      name: "프로그램은 가장 느린 페이지가 아니라 제한 시간에 끝난다",
    },
    "main returns the sizes of the pages that arrived": { name: "main이 도착한 페이지의 크기를 반환한다" },
  },
});
