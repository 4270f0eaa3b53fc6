import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "작은 이벤트 루프 만들기",
  prompt:
    "`TinyLoop`를 완성하세요. 준비 큐, 잠든 작업들, 그리고 자기만의 시계를 가지고 평범한 제너레이터 함수를 구동하는 루프입니다. `run()` 위의 주석에 적힌 규칙을 따르세요. asyncio는 쓸 수 없습니다. 여러분의 루프는 기다리는 대신 자기 시계를 앞으로 건너뜁니다.",
  hints: [
    "목록을 두 개 두세요. `ready`(실행할 작업, 먼저 들어온 순서대로)와 `sleeping`(작업이 잠든 순서대로 담은 `{ job, wake }` 객체)입니다. `spawn`은 `ready`에 넣습니다.",
    "`run`에서는 두 목록 중 하나라도 비어 있지 않은 동안 반복합니다. `ready.shift()`로 꺼내 `job.next()`를 호출하세요. `{ done: true }`이면 작업이 반환된 것이고, 아니면 `value`가 잘 시간입니다.",
    "`ready`가 비면 잠든 작업들의 `wake` 중 가장 작은 값으로 `clock`을 맞춘 다음, `wake <= clock`인 작업을 모두 순서를 지켜 `ready`로 옮기세요.",
  ],
  variants: {
    "A, B and C": {
      name: "A, B, C",
      description: "작업이 A, B, C일 때",
    },
    breakfast: {
      name: "아침 식사",
      description: "아침 식사 작업들(tea, toast, eggs, coffee)일 때",
    },
  },
  checks: {
    "the loop keeps its own clock, without asyncio": {
      name: "루프가 asyncio 없이 자기 시계를 관리한다",
    },
    "every job takes its first step in spawn order": {
      name: "모든 작업이 spawn한 순서대로 첫 단계를 실행한다",
    },
    "the later steps come in the right order": {
      name: "이후 단계들이 올바른 순서로 실행된다",
    },
    "the whole run follows the schedule": {
      name: "실행 전체가 일정대로 진행된다",
    },
  },
});
