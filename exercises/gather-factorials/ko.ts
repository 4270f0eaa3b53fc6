import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "팩토리얼 모으기",
  prompt:
    "`factorial`은 미리 작성되어 있습니다. `main`에서 `world.jobs`의 모든 작업에 대한 팩토리얼을 `asyncio.gather`로 동시에 계산하고, 결과 목록을 출력한 뒤 돌려주세요.",
  hints: [
    "`asyncio.gather(a, b, c)`는 어웨이터블들을 동시에 실행하고, 넘겨준 순서대로 그 결과를 돌려줍니다.",
    "작업마다 코루틴을 하나씩 만드세요. `world.jobs.map(([name, n]) => factorial(name, n))`로 만든 배열을 `gather(...)`에 펼쳐 넘기면 됩니다.",
    "`print(results)`는 배열을 `[2, 6, 24]`처럼 출력합니다.",
  ],
  variants: {
    "A, B, C: 2, 3, 4": { name: "A, B, C: 2, 3, 4", description: "작업 A, B, C가 2!, 3!, 4!를 계산할 때" },
    "X, Y: 5, 3": { name: "X, Y: 5, 3", description: "작업 X, Y가 5!와 3!을 계산할 때" },
    "four jobs": { name: "작업 네 개", description: "P부터 S까지 작업이 네 개일 때" },
  },
  checks: {
    "prints every step in the order asyncio runs them": {
      name: "모든 단계를 asyncio가 실행하는 순서대로 출력한다",
    },
    "each factorial runs in its own task": {
      name: "팩토리얼마다 자기 태스크에서 실행된다",
      explain: [
        "코드가 태스크를 하나도 시작하지 않습니다. asyncio.gather는 코루틴을 하나씩 태스크로 감쌉니다.",
      ],
    },
    "the factorials wait at the same time": {
      name: "팩토리얼들이 동시에 기다린다",
    },
    "finishes after the longest factorial, not the sum": {
      name: "합이 아니라 가장 긴 팩토리얼의 시간에 끝난다",
      notMeans: "팩토리얼을 하나씩 차례로 계산하는 경우",
    },
    "main returns the results in the order of the jobs": {
      name: "main이 결과를 작업 순서대로 돌려준다",
    },
  },
});
