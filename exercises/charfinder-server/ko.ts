import { defineTranslation } from "../../src/grader/index.ts";

export default defineTranslation({
  title: "여러 사용자를 위한 문자 검색기",
  prompt:
    "문자 검색기 서버인 `handleQueries`를 작성하세요. 연결마다 프롬프트 `?> `를 보내고, 한 줄을 읽은 뒤, 색인에서 찾은 일치하는 줄들과 상태 줄(각각 `\\r\\n`으로 끝납니다)로 답합니다. 사용자의 줄이 제어 문자로 시작하거나(Ctrl-C는 `\\x03`을 보냅니다) 연결이 끝날 때까지 이를 반복한 다음 연결을 닫습니다. 프로그램은 서버를 시작하고 여러 사용자가 동시에 서버를 쓰게 합니다.",
  hints: [
    "`writer.write(PROMPT)`는 프롬프트를 버퍼에 넣을 뿐입니다. 핸들러가 기다릴 수 있는 지점은 `await writer.drain()`입니다.",
    "`await reader.readline()`은 사용자의 줄이 `\\n`까지 온전히 올 때까지 기다립니다(`''`는 사용자가 떠났다는 뜻입니다). `.trim()`은 줄 끝을 없애 줍니다.",
    "`index.findDescriptionStrs(query)`는 일치하는 줄들을, `index.status(query, count)`는 마지막 줄을 돌려줍니다. 각 줄에 `CRLF`를 붙여서 쓰세요.",
    "핸들러는 연결마다 한 번씩, 별도의 태스크에서 실행됩니다. 핸들러 안에서는 네트워크 말고는 아무것도 기다리지 마세요. 그러면 서버가 모든 사용자를 한꺼번에 상대합니다.",
  ],
  variants: {
    "3 users": { name: "사용자 3명" },
    "5 users": { name: "사용자 5명" },
    "8 users": { name: "사용자 8명" },
  },
  checks: {
    "every user gets the answers to their queries": {
      name: "모든 사용자가 자기 질의에 대한 답을 받는다",
      hint: "답 하나는 일치하는 모든 줄, 그다음 상태 줄, 그다음 새 프롬프트로 이루어집니다.",
    },
    "the server serves the users at the same time": { name: "서버가 사용자들을 동시에 상대한다" },
    "each answer arrives as soon as the query is sent": { name: "질의를 보내자마자 답이 도착한다" },
    "the server closes each connection when its user says goodbye": {
      name: "사용자가 작별을 고하면 서버가 그 연결을 닫는다",
      hint: "루프가 끝난 뒤 `writer.close()`가 연결을 끝냅니다. 사용자의 터미널에는 스트림의 끝이 보입니다.",
    },
    "the program ends when the slowest user is done": {
      name: "가장 느린 사용자가 끝날 때 프로그램이 끝난다",
      notMeans: "사용자를 한 명씩 차례로 상대하는 경우",
    },
  },
});
