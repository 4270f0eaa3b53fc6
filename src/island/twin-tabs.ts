/**
 * The TypeScript | Python switch of `<Example>` (WAI-ARIA tabs, automatic activation): arrow
 * keys, Home and End move between the two tabs; the choice applies to every example on the page
 * and is remembered (localStorage) for the next pages. Without JavaScript the tabs are hidden and
 * both versions show, one under the other. It runs before any interaction, so it stays tiny.
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
  const [ts, py] = tabs.querySelectorAll<HTMLElement>("[role=tab]");
  // The TypeScript panel is the playground's editor; both panels become tab panels only now, as
  // without JavaScript they are shown one under the other.
  const editor = tabs.closest("[data-playground]")?.querySelector<HTMLElement>("[data-role=editor]");
  const python = document.getElementById(py?.getAttribute("aria-controls") ?? "");
  if (!ts || !editor || !python) continue;
  editor.id = ts.getAttribute("aria-controls") ?? "";
  for (const [tab, panel] of [
    [ts, editor],
    [py, python],
  ]) {
    panel.setAttribute("role", "tabpanel");
    panel.setAttribute("aria-labelledby", tab.id);
  }
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
}
show(stored());
