/**
 * The TypeScript | Python switch of `<Example>` (WAI-ARIA tabs, automatic activation): arrow
 * keys, Home and End move between the two tabs; the choice applies to every example on the page
 * and is remembered (localStorage) for the next pages. Without JavaScript both versions show, one
 * under the other. It runs before any interaction, so it stays tiny: no imports.
 */
const KEY = "looplab:code-language";
type Language = "ts" | "py";

function stored(): Language {
  try {
    return localStorage.getItem(KEY) === "py" ? "py" : "ts";
  } catch {
    return "ts"; // storage refused: TypeScript, the language the course runs
  }
}

const switches = [...document.querySelectorAll<HTMLElement>("[data-twin-tabs]")];

function show(language: Language, focus?: HTMLElement): void {
  for (const tabs of switches) {
    for (const tab of tabs.querySelectorAll<HTMLElement>("[role=tab]")) {
      const on = tab.dataset.lang === language;
      tab.setAttribute("aria-selected", String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute("aria-controls") ?? "");
      if (panel) panel.hidden = !on;
      if (on && tabs === focus) tab.focus();
    }
  }
}

function choose(language: Language, tabs: HTMLElement): void {
  try {
    localStorage.setItem(KEY, language);
  } catch {
    // Not remembered: the choice still holds on this page.
  }
  show(language, tabs);
}

for (const tabs of switches) {
  const ts = tabs.querySelector<HTMLElement>("[role=tab]");
  // The TypeScript panel is the playground's editor: make it the first tab's panel.
  const editor = tabs.closest("[data-playground]")?.querySelector<HTMLElement>("[data-role=editor]");
  if (!ts || !editor) continue;
  editor.id = ts.getAttribute("aria-controls") ?? "";
  editor.setAttribute("role", "tabpanel");
  editor.setAttribute("aria-labelledby", ts.id);
  tabs.addEventListener("click", (event) => {
    const tab = (event.target as HTMLElement).closest<HTMLElement>("[role=tab]");
    if (tab) choose(tab.dataset.lang as Language, tabs);
  });
  tabs.addEventListener("keydown", (event) => {
    const current = (event.target as HTMLElement).dataset.lang;
    const next: Record<string, Language | undefined> = {
      ArrowLeft: current === "py" ? "ts" : "py",
      ArrowRight: current === "py" ? "ts" : "py",
      Home: "ts",
      End: "py",
    };
    const language = next[event.key];
    if (language === undefined) return;
    event.preventDefault();
    choose(language, tabs);
  });
  tabs.hidden = false;
}
show(stored());
