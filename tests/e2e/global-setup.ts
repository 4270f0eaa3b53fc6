/** Builds the site under `/looplab/` and serves it for the end-to-end tests. */
import type { TestProject } from "vitest/node";
import { buildTestSite, TEST_BASE } from "./site-build.ts";
import { serveStatic } from "./static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served site's URL, ending with the base path: `http://127.0.0.1:PORT/looplab/`. */
    siteUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await buildTestSite();
  const site = await serveStatic(dir, TEST_BASE);
  project.provide("siteUrl", site.url);
  return () => site.close();
}
