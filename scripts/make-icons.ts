/**
 * Renders the web app icons (public/icons/*.png) from public/favicon.svg in Chromium:
 * `node scripts/make-icons.ts`. Run it again after changing the favicon; the PNGs are committed.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { launchChromium } from "../tests/e2e/browser.ts";

const svg = readFileSync(new URL("../public/favicon.svg", import.meta.url), "utf8");
const out = new URL("../public/icons/", import.meta.url);
mkdirSync(out, { recursive: true });

/** `maskable` icons keep the drawing inside the safe zone (the inner 80%) on an opaque background. */
const icons = [
  { name: "looplab-192.png", size: 192, maskable: false },
  { name: "looplab-512.png", size: 512, maskable: false },
  { name: "looplab-maskable-512.png", size: 512, maskable: true },
];

const browser = await launchChromium();
try {
  for (const { name, size, maskable } of icons) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    const inner = maskable ? Math.round(size * 0.7) : size;
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${size}px;height:${size}px;background:${
        maskable ? "#ffffff" : "transparent"
      }"><div style="width:${inner}px;height:${inner}px">${svg.replace(
        "<svg ",
        '<svg width="100%" height="100%" ',
      )}</div></body>`,
    );
    writeFileSync(new URL(name, out), await page.screenshot({ omitBackground: !maskable }));
    await page.close();
  }
} finally {
  await browser.close();
}
