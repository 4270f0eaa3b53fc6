/**
 * The link page's script: decodes the assignment in the URL's fragment, then builds the page an
 * assignment file would have — title, due date, instructions, the exercises in order, the hand-in
 * box — from the exercises' parts, fetched with the link's options. A link that cannot be opened
 * shows why, one sentence per problem.
 */

import { loadPageText, pageLang, text } from "../i18n/page-lang.ts";
import type { Assignment } from "./assignment.ts";
import { assignmentWords } from "./assignment-words.ts";
import { formatDue } from "./due.ts";
import { wireHandIn } from "./hand-in.ts";
import { decodeAssignment, linkProblemText } from "./link.ts";
import { partPath, type PartKind } from "./parts.ts";
import { assignmentLang, linkPagePath } from "./route.ts";
import { assignmentRules } from "./rules.ts";

/** What the page knows of each of the course's exercises (its `data-exercises`). */
interface ExerciseEntry {
  slug: string;
  title: string;
  kind: PartKind;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

/** Opens the link in the page's address; resolves once the page is built (or the error shown). */
export async function openAssignmentLink(): Promise<void> {
  const root = document.querySelector<HTMLElement>("[data-assignment-link]");
  if (!root) return;
  // A new fragment is a new assignment: build the page again from the start.
  window.addEventListener("hashchange", () => window.location.reload());
  const course = JSON.parse(root.dataset.exercises ?? "[]") as ExerciseEntry[];
  const decoded = await decodeAssignment(
    window.location.hash,
    course.map((exercise) => exercise.slug),
    assignmentWords(pageLang()),
  );
  const messages = (await loadPageText()).assignment;
  if (!decoded.ok) {
    return showProblems(
      root,
      decoded.reason === "invalid"
        ? [messages.invalidLink, ...decoded.problems]
        : [linkProblemText(decoded.reason, messages)],
    );
  }
  const { assignment, id } = decoded.linked;
  const lang = assignmentLang(assignment);
  if (lang !== pageLang()) {
    window.location.replace(`${base}${linkPagePath(lang)}${window.location.hash}`);
    return;
  }
  const kinds = new Map(course.map((exercise) => [exercise.slug, exercise]));
  const entries = assignment.exercises.map((slug) => kinds.get(slug) as ExerciseEntry);
  let parts: HTMLElement[];
  try {
    parts = await Promise.all(entries.map((entry) => fetchPart(entry, assignment)));
  } catch (error) {
    return showProblems(root, [(error as Error).message]);
  }
  showAssignment(root, assignment, entries);
  const container = document.querySelector<HTMLElement>('[data-role="exercises"]');
  for (const part of parts) container?.append(part);
  const handIn = document.querySelector<HTMLElement>('[data-role="hand-in"]');
  const box = handIn?.querySelector<HTMLElement>("[data-assignment-hand-in]");
  if (handIn && box) {
    box.dataset.assignment = id;
    box.dataset.exercises = assignment.exercises.join(" ");
    handIn.hidden = false;
    await wireHandIn();
  }
  const island = await import("../island/island.ts");
  for (const part of parts) island.mount(part);
  island.prefetchRunner();
}

/**
 * Fetches an exercise's part and returns its playground, adopting the stylesheets the part's
 * page links that this page does not have yet.
 */
async function fetchPart(entry: ExerciseEntry, assignment: Assignment): Promise<HTMLElement> {
  const url = new URL(`${base}${partPath(entry.slug, entry.kind, assignment)}`, window.location.href);
  let html: string;
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(String(response.status));
    html = await response.text();
  } catch {
    throw new Error(text().assignment.partFailed(entry.title));
  }
  const part = new DOMParser().parseFromString(html, "text/html");
  const have = new Set(
    [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
  );
  for (const link of part.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
    const href = new URL(link.getAttribute("href") ?? "", url).href;
    if (have.has(href)) continue;
    have.add(href);
    const adopted = document.createElement("link");
    adopted.rel = "stylesheet";
    adopted.href = href;
    document.head.append(adopted);
  }
  for (const style of part.querySelectorAll("style")) document.head.append(document.importNode(style, true));
  const playground = part.querySelector<HTMLElement>("[data-playground]");
  if (!playground) throw new Error(text().assignment.partFailed(entry.title));
  return document.importNode(playground, true);
}

function showAssignment(root: HTMLElement, assignment: Assignment, entries: ExerciseEntry[]): void {
  const messages = text().assignment;
  document.title = document.title.replace(/^[^|]*/, `${assignment.title} `);
  const heading = document.querySelector("h1");
  if (heading) heading.textContent = assignment.title;
  const find = <T extends HTMLElement>(role: string) => root.querySelector<T>(`[data-role="${role}"]`);
  find("loading")?.remove();
  const due = find("due");
  const time = due?.querySelector("time");
  if (due && time && assignment.due !== undefined) {
    time.dateTime = assignment.due;
    time.textContent = formatDue(assignment.due, messages);
    due.hidden = false;
  }
  const instructions = find("instructions");
  if (instructions && assignment.instructions !== undefined) {
    instructions.textContent = assignment.instructions;
    instructions.hidden = false;
  }
  const rules = find("rules");
  const sentences = assignmentRules(assignment, messages);
  if (rules && sentences.length > 0) {
    rules.textContent = sentences.join(" ");
    rules.hidden = false;
  }
  const list = find("list");
  for (const entry of entries) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    const target = `ll-${entry.kind === "predict" ? "predict" : "exercise"}-${entry.slug}`;
    link.href = `#${target}`;
    link.textContent = entry.title;
    // The fragment holds the assignment: scroll to the exercise without replacing it.
    link.addEventListener("click", (event) => {
      event.preventDefault();
      document.getElementById(target)?.scrollIntoView({ block: "start" });
    });
    item.append(link);
    list?.append(item);
  }
  const shown = find("assignment");
  if (shown) shown.hidden = false;
}

function showProblems(root: HTMLElement, problems: string[]): void {
  root.querySelector('[data-role="loading"]')?.remove();
  const box = root.querySelector<HTMLElement>('[data-role="error"]');
  const list = box?.querySelector('[data-role="problems"]');
  if (!box || !list) return;
  for (const problem of problems) {
    const item = document.createElement("li");
    item.textContent = problem;
    list.append(item);
  }
  box.hidden = false;
}
