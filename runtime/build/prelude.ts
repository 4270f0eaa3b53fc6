/**
 * Bundles the guest runtime (`runtime/guest/`) into the prelude script evaluated in every QuickJS
 * context. The CLI builds it in memory; the site gets the very same string through a Vite plugin,
 * so traces are byte-identical between the two hosts.
 */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

export const GUEST_ENTRY = fileURLToPath(new URL("../guest/index.ts", import.meta.url));

let cached: Promise<string> | undefined;

export function buildPrelude(): Promise<string> {
  cached ??= build({
    entryPoints: [GUEST_ENTRY],
    bundle: true,
    write: false,
    format: "iife",
    target: "es2020",
    platform: "neutral",
    mainFields: ["module", "main"],
    legalComments: "none",
    minifyWhitespace: false,
    keepNames: true,
    logLevel: "silent",
  }).then((result) => result.outputFiles[0].text);
  return cached;
}
