/** The course version written into bundles and batch reports: `package.json`'s `version`. */

import { readFile } from "node:fs/promises";

let cached: Promise<string> | undefined;

export function courseVersion(): Promise<string> {
  cached ??= readFile(new URL("../../../package.json", import.meta.url), "utf8").then((text) =>
    String((JSON.parse(text) as { version?: unknown }).version ?? "0.0.0"),
  );
  return cached;
}
