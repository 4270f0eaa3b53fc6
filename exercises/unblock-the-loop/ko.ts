import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "루프 풀어 주기",
  prompt:
    "다운로드는 `gather`로 한꺼번에 시작하는데도 하나씩 차례로 실행됩니다. 이벤트 루프를 막는(블로킹하는) 호출을 찾아, 루프를 막지 않고 기다리는 호출(루프 안에서든 스레드에서든)로 바꾸세요. 그러면 모든 다운로드가 동시에 기다리게 됩니다.",
  hints: [
    "한 태스크가 실행되는 동안에는 다른 태스크가 실행될 수 없습니다. 루프는 실제로 기다리는 `await`에서만 태스크를 바꿉니다.",
    "`time.sleep(s)`는 아무것도 await하지 않습니다. `s`초 동안 루프 전체를 붙잡고 있습니다.",
    "`await asyncio.sleep(s)`는 루프를 붙잡지 않고 기다립니다.",
  ],
  variants: {
    "three downloads": {
      name: "다운로드 세 개",
      description: "0.3초, 0.3초, 0.5초짜리 다운로드 세 개일 때",
    },
    "one slow download": {
      name: "느린 다운로드 하나",
      description: "2초짜리 느린 다운로드 하나와 빠른 다운로드 하나일 때",
    },
  },
  checks: {
    "every download starts before any finishes": {
      name: "모든 다운로드가 어느 하나라도 끝나기 전에 시작한다",
    },
    "no download holds the loop": {
      name: "어떤 다운로드도 루프를 붙잡지 않는다",
      explain: ["time.sleep(…)은 이벤트 루프를 막습니다. await asyncio.sleep(…)은 막지 않습니다."],
    },
    "the loop is not held in small pieces either": {
      name: "루프를 잘게 나누어 붙잡지도 않는다",
      hint: "time.sleep 호출은 아무리 짧아도 매번 루프를 붙잡습니다. 조각들이 쌓여 길어집니다.",
    },
    "the downloads wait at the same time": {
      name: "다운로드들이 동시에 기다린다",
    },
    "each download runs in its own task": {
      name: "다운로드마다 자기 태스크에서 실행된다",
    },
    "all done after the slowest download, not the sum": {
      name: "합이 아니라 가장 느린 다운로드 시간에 모두 끝난다",
      notMeans: "다운로드가 하나씩 차례로 실행되는 경우",
    },
    "reports when all downloads are done": {
      name: "모든 다운로드가 끝나면 알린다",
    },
  },
});
