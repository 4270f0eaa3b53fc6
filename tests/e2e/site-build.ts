/**
 * Builds the site the way a project page is deployed (under `/looplab/`) into a cache folder, for
 * the end-to-end tests and the site benchmark.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
/** The base path the tests serve the site under. */
export const TEST_BASE = "/looplab/";
/** Where the test build goes (inside node_modules/.cache, so it is never committed or deployed). */
export const TEST_SITE_DIR = fileURLToPath(
  new URL("../../node_modules/.cache/looplab-e2e-site/", import.meta.url),
);

/**
 * Runs `astro build` with `LOOPLAB_BASE=/looplab/` into `TEST_SITE_DIR`. With
 * `LOOPLAB_E2E_REUSE_BUILD=1` an existing build is reused (for iterating on the tests).
 */
export async function buildTestSite(): Promise<string> {
  if (process.env.LOOPLAB_E2E_REUSE_BUILD === "1" && existsSync(`${TEST_SITE_DIR}index.html`))
    return TEST_SITE_DIR;
  const astro = fileURLToPath(new URL("../../node_modules/astro/bin/astro.mjs", import.meta.url));
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(process.execPath, [astro, "build", "--outDir", TEST_SITE_DIR], {
      cwd: ROOT,
      // NODE_ENV: a test runner sets it to "test", which would make Vite build in development mode
      // (no search index, development-only code paths).
      env: { ...process.env, NODE_ENV: "production", LOOPLAB_BASE: TEST_BASE, ASTRO_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`astro build failed (exit ${code}):\n${output.join("").slice(-4000)}`);
  return TEST_SITE_DIR;
}
