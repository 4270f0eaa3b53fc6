/**
 * The unit, sandbox, differential, grader, CLI and content tests (`vitest run`); the browser tests
 * have their own config in tests/e2e/. No test may depend on the machine's speed: verdicts come
 * from the virtual clock and counted work, so the time-outs here are only generous backstops
 * for a machine that is busy with other work.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
