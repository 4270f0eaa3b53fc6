import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "의도한 풀을 넘기세요",
  prompt:
    "디스크는 한 번에 `writers`개의 저장만 받아들일 수 있어서, `downloadMany`는 저장용으로 그만큼의 워커를 가진 스레드 풀을 만듭니다. 그런데 저장이 그 풀에서 실행되지 않고, 너무 많은 저장이 한꺼번에 디스크에 몰립니다. 내려받기는 계속 동시에 기다리면서 모든 저장이 그 풀에서 실행되도록 프로그램을 고치세요.",
  hints: [
    "`runInExecutor`의 첫 번째 인자를 보세요. `null`은 어떤 풀을 만들어 두었든 루프의 기본 풀을 뜻합니다.",
    "풀 자체를 `downloadOne`에 넘기고, 거기서 다시 `runInExecutor`에 넘기세요.",
  ],
  variants: {
    "six flags, a disk for two": { name: "국기 여섯 개, 두 개씩 받는 디스크" },
    "ten flags, a disk for three": { name: "국기 열 개, 세 개씩 받는 디스크" },
    "four flags, a disk for one": { name: "국기 네 개, 하나씩 받는 디스크" },
  },
  checks: {
    "shows every country code": { name: "모든 국가 코드를 보여 준다" },
    "the downloads wait at the same time": {
      name: "내려받기들이 동시에 기다린다",
      hint: "나라마다 태스크를 하나씩 두고, 어느 것이든 await하기 전에 모두 시작하세요.",
    },
    "every save runs on the program's pool, not the default one": {
      name: "모든 저장이 기본 풀이 아니라 프로그램의 풀에서 실행된다",
      explain: ["runInExecutor(null, …)은 언제나 기본 풀을 씁니다."],
    },
    "never more saves at once than the disk takes": {
      name: "디스크가 받아들이는 것보다 많은 저장을 한꺼번에 하지 않는다",
    },
    "the loop is never held longer than 100 ms": { name: "루프를 100 ms보다 오래 붙잡지 않는다" },
    "reports the count after every flag is saved": { name: "모든 국기를 저장한 뒤 개수를 알린다" },
  },
});
