/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser download is not used).
 */
import { chromium, type Browser } from "playwright-core";

/** Where Debian's `chromium` package installs the browser; `LOOPLAB_CHROMIUM` overrides it. */
export const CHROMIUM_PATH = process.env.LOOPLAB_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches the browser. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}
