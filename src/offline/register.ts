/**
 * Registers the course's service worker once the page has loaded, so that nothing it does competes
 * with the page's first paint; the registration code itself (Workbox's window library and the
 * update prompt) is loaded only then.
 */
if (import.meta.env.PROD && "serviceWorker" in navigator) {
  const start = () => {
    void import("./update-prompt.ts").then(({ registerServiceWorker }) => registerServiceWorker());
  };
  if (document.readyState === "complete") start();
  else window.addEventListener("load", start, { once: true });
}
