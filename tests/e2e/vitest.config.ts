/**
 * End-to-end tests: the built site under a non-root base, in Debian's Chromium.
 * `npm run test:e2e` builds the site first (see `global-setup.ts`).
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/e2e/**/*.e2e.ts"],
    globalSetup: ["tests/e2e/global-setup.ts"],
    // One browser on a 2-core machine: files run one after the other.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
