import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "국기를 동시에 내려받기",
  prompt:
    "`downloadOne(session, cc)`와 `downloadMany(ccList)`를 작성하세요. `countries`의 모든 국기를 비동기 클라이언트로 동시에 가져오고, 도착하는 즉시 국가 코드를 `show`하고, 디스크에 쓰는 일은 블로킹이므로 `flags.saveFlag(image, filename)`으로 **익스큐터에서** 저장합니다. `downloadMany`는 내려받은 국기의 수를 반환하고, 그러면 프로그램이 `N flags downloaded`를 출력합니다. 전체 내려받기는 모든 국기 시간의 합이 아니라 가장 느린 국기 하나의 시간 정도가 걸려야 합니다.",
  hints: [
    "`getFlag(session, cc)`는 이미 작성되어 있습니다. 이것을 `await`하면 이미지를 얻습니다.",
    "저장은 실행되는 스레드를 막습니다. `await asyncio.getRunningLoop().runInExecutor(null, flags.saveFlag, image, filename)`은 저장을 기본 스레드 풀에서 실행합니다.",
    "어느 것이든 await하기 전에 나라마다 태스크를 하나씩 시작하세요: `await asyncio.gather(...ccList.map((cc) => asyncio.createTask(downloadOne(session, cc))))`.",
  ],
  variants: {
    "the 20 most populous countries": { name: "인구가 가장 많은 20개국" },
    "five countries and a slow disk": { name: "다섯 나라와 느린 디스크" },
    "one very slow flag": { name: "아주 느린 국기 하나" },
  },
  checks: {
    "shows every country code": { name: "모든 국가 코드를 보여 준다" },
    "shows each flag from its own task": {
      name: "국기마다 자기 태스크에서 보여 준다",
      hint: "`show(cc)`는 `downloadOne` 안에서 호출하고, 나라마다 `downloadOne` 태스크를 하나씩 실행하세요.",
    },
    "the downloads wait at the same time": {
      name: "내려받기들이 동시에 기다린다",
      hint: "어느 태스크든 await하기 전에 나라마다 태스크를 하나씩 만들어, 모든 요청이 한꺼번에 출발하게 하세요.",
      explain: [
        "requests.get은 루프를 막습니다. await session.get(url)을 쓰면 다른 내려받기가 실행될 수 있습니다.",
      ],
    },
    "every flag is saved in an executor": {
      name: "모든 국기를 익스큐터에서 저장한다",
      explain: [
        "저장을 익스큐터에 넘기는 코드가 없습니다: loop.runInExecutor(null, flags.saveFlag, image, filename).",
      ],
    },
    "the loop is never held longer than 100 ms": { name: "루프를 100 ms보다 오래 붙잡지 않는다" },
    "finishes near the slowest flag, not the sum": {
      name: "합이 아니라 가장 느린 국기 무렵에 끝난다",
      notMeans: "국기를 하나씩 차례로 내려받는 경우",
    },
    "reports how many flags were downloaded": { name: "내려받은 국기의 수를 알린다" },
  },
});
