/**
 * Recently compiled programs, so that a program compiled again (a grader runs one submission once
 * per variant; a learner clicks Run twice) is compiled once; and the compiler's warm-up.
 */
import { type CompileResult, compile } from "./compile.ts";
import type { DiagnosticLocale } from "./diagnostic-locale.ts";

const CACHE_SIZE = 32;

/** The shapes of a learner's program, for `warmCompiler`. */
const WARM_UP_PROGRAM = `import * as asyncio from "asyncio";
class Counter {
  count = 0;
  tick(): number {
    return ++this.count;
  }
}
async function worker(name: string, delay: number): Promise<string> {
  const counter = new Counter();
  for (let i = 0; i < 3; i++) {
    try {
      await asyncio.sleep(delay);
    } finally {
      counter.tick();
    }
  }
  return \`\${name} \${counter.count}\`;
}
async function main(): Promise<void> {
  const results = await asyncio.gather(...[1, 2].map((n) => worker(\`w\${n}\`, n)));
  print(results);
}
asyncio.run(main());
`;

/**
 * Compiles a small program and discards it: TypeScript's first compile runs its code cold,
 * several times slower than the next, and a page can pay that while the learner is still typing.
 */
export function warmCompiler(): void {
  compile(WARM_UP_PROGRAM, "warm-up.ts");
}

/** `compile` with the results of the last few distinct calls kept, least recently used first. */
export class CompileCache {
  private readonly compiled = new Map<string, CompileResult>();

  /** What `compile(source, filename, maxSourceLength, locale)` returns, compiled at most once. */
  compile(
    source: string,
    filename: string,
    maxSourceLength: number,
    locale: DiagnosticLocale | undefined,
  ): CompileResult {
    const key = `${locale?.locale ?? ""}\0${filename}\0${maxSourceLength}\0${source}`;
    let compiled = this.compiled.get(key);
    if (compiled) {
      this.compiled.delete(key);
    } else {
      compiled = compile(source, filename, maxSourceLength, locale);
      if (this.compiled.size >= CACHE_SIZE) this.compiled.delete(this.compiled.keys().next().value!);
    }
    this.compiled.set(key, compiled);
    return compiled;
  }
}
