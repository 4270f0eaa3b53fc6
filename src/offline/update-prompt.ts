/**
 * The service worker's registration and the update prompt. A new version of the course installs in
 * the background and then waits; the learner is asked to reload, and only on their go-ahead does it
 * take over, after which every open page of the course reloads, so a page is never served by a
 * worker of another version.
 */
import { Workbox } from "workbox-window";
import { loadPageText } from "../i18n/page-lang.ts";
// Inlined and added with the prompt: a stylesheet imported by a lazily loaded page script is not
// emitted by the site build.
import promptStyles from "./update-prompt.css?inline";

/** Registers `sw.js` at the site's base path and prompts when a new version is waiting. */
export function registerServiceWorker(): void {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const workbox = new Workbox(`${base}sw.js`, { scope: base });
  // A page that was already controlled reloads when another version takes over (in this tab or
  // another one). A first install taking over an uncontrolled page serves the same version: no reload.
  if (navigator.serviceWorker.controller) {
    navigator.serviceWorker.addEventListener("controllerchange", () => window.location.reload(), {
      once: true,
    });
  }
  workbox.addEventListener("waiting", () => void showPrompt(() => workbox.messageSkipWaiting()));
  void workbox.register();
}

async function showPrompt(accept: () => void): Promise<void> {
  const words = (await loadPageText()).update;
  if (document.querySelector(".ll-update")) return;
  const style = document.createElement("style");
  style.textContent = promptStyles;
  document.head.append(style);
  const prompt = document.createElement("div");
  prompt.className = "ll-update";
  prompt.setAttribute("role", "status");
  const text = document.createElement("p");
  text.textContent = words.available;
  const reload = document.createElement("button");
  reload.type = "button";
  reload.dataset.action = "update-reload";
  reload.textContent = words.reload;
  const later = document.createElement("button");
  later.type = "button";
  later.dataset.action = "update-later";
  later.textContent = words.later;
  reload.addEventListener("click", () => {
    reload.disabled = true;
    accept();
  });
  later.addEventListener("click", () => prompt.remove());
  prompt.append(text, reload, later);
  document.body.append(prompt);
}
