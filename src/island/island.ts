/**
 * The playground island: takes over a server-rendered playground (`src/components/Playground.astro`)
 * and wires its toolbar to the editor, the sandbox worker, the console, the timeline, the grader's
 * results and the progress store. Loaded by `boot.ts` when a playground nears the viewport.
 */
import type { Trace } from "../../runtime/trace.ts";
import { createBundle } from "../grader/bundle.ts";
import type { Prediction } from "../grader/types.ts";
import {
  exerciseEntry,
  loadProgress,
  recordGrade,
  updateProgress,
  type KeyValueStorage,
} from "../lib/progress-store.ts";
import { decodeShare, encodeShare } from "../lib/share-link.ts";
import type { GradeView } from "../worker/protocol.ts";
import { renderConsole, renderNotice, type RevealLine } from "./console-view.ts";
import { h } from "./dom.ts";
import type { CodeEditor } from "./editor.ts";
import { diffLines } from "./line-diff.ts";
import type { PlaygroundPayload, RunSettings } from "./payload.ts";
import { createPredictionEditor, type PredictionEditor } from "./predict-view.ts";
import { renderResults, setBadge } from "./results-view.ts";
import * as sandbox from "./sandbox-client.ts";
import type { Outcome } from "./sandbox-client.ts";
import { buildTimeline, formatTime } from "./timeline-model.ts";
import { renderTimeline, renderTimelineTable } from "./timeline-view.ts";

/** Starts the sandbox worker ahead of the first Run. */
export const prefetchRunner = sandbox.prefetch;

/** `localStorage`, or a memory stand-in when the browser refuses storage (private modes, file URLs). */
function browserStorage(): KeyValueStorage {
  try {
    const probe = "looplab:probe";
    window.localStorage.setItem(probe, "1");
    window.localStorage.removeItem(probe);
    return window.localStorage;
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
    };
  }
}

const storage = browserStorage();
const now = (): string => new Date().toISOString();

function button(root: HTMLElement, action: string): HTMLButtonElement | null {
  return root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
}

function role(root: HTMLElement, name: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-role="${name}"]`);
}

/**
 * A button that asks for confirmation by changing its label on the first press (no modal
 * dialog: works the same by mouse, keyboard, touch and screen reader).
 */
function confirmable(
  target: HTMLButtonElement,
  question: string,
  needed: () => boolean,
  action: () => void,
): void {
  const label = target.textContent ?? "";
  let armed = false;
  target.addEventListener("click", () => {
    if (!needed() || armed) {
      armed = false;
      target.textContent = label;
      action();
      return;
    }
    armed = true;
    target.textContent = question;
  });
  target.addEventListener("blur", () => {
    armed = false;
    target.textContent = label;
  });
}

/** Mounts the island on one playground element. Safe to call twice. */
export function mount(root: HTMLElement): void {
  if (root.dataset.mounted === "true") return;
  root.dataset.mounted = "true";
  const payloadText = role(root, "payload")?.textContent ?? "null";
  const payload = JSON.parse(payloadText) as PlaygroundPayload;
  void new Playground(root, payload).start();
}

class Playground {
  readonly root: HTMLElement;
  readonly payload: PlaygroundPayload;
  readonly status: HTMLElement | null;
  readonly output: HTMLElement | null;
  readonly badge: HTMLElement | null;
  editor: CodeEditor | null = null;
  prediction: PredictionEditor | null = null;
  /** The source shown when no editor is loaded (read-only examples). */
  fixedSource: string;
  timelineAsTable = false;
  lastTrace: Trace | null = null;
  running = false;
  /** The world a shared program ran with (share links from exercises with variants). */
  sharedWorld: Record<string, unknown> | undefined;

  constructor(root: HTMLElement, payload: PlaygroundPayload) {
    this.root = root;
    this.payload = payload;
    this.status = role(root, "status");
    this.output = role(root, "output");
    this.badge = role(root, "badge");
    this.fixedSource =
      payload.kind === "example"
        ? payload.source
        : payload.kind === "exercise"
          ? payload.starter
          : payload.program;
  }

  /** The progress key of this playground, or null for examples. */
  get slug(): string | null {
    return this.payload.kind === "example" ? null : this.payload.slug;
  }

  async start(): Promise<void> {
    const { payload } = this;
    if (payload.kind === "predict") {
      this.mountPrediction(payload.starter, payload.withTimes);
    } else if (payload.kind === "exercise" || payload.editable) {
      await this.mountEditor();
    }
    this.restoreBadge();
    this.wireToolbar();
    for (const action of ["run", "check", "reset", "hint", "solution", "share"]) {
      const target = button(this.root, action);
      if (target) target.disabled = false;
    }
    this.refreshHintButton();
    if (this.root.hasAttribute("data-shared-target")) await this.openShared();
  }

  /** Opens the program of a share link (`#code=…`) and replays its run. */
  async openShared(): Promise<void> {
    const shared = await decodeShare(window.location.hash);
    if (shared === null) return;
    const notice = document.querySelector<HTMLElement>('[data-role="shared-notice"]');
    if (!shared.ok) {
      if (notice) notice.textContent = shared.reason;
      return;
    }
    this.editor?.setText(shared.program.code);
    this.sharedWorld = shared.program.world;
    if (notice) notice.textContent = "This program came from a shared link; here is its run.";
    await this.run();
  }

  // --- editors -------------------------------------------------------------------------------

  initialCode(): string {
    const { payload } = this;
    if (payload.kind === "example") return payload.source;
    if (payload.kind === "exercise") return payload.starter;
    return payload.program;
  }

  storedDraft(): string | undefined {
    const doc = loadProgress(storage);
    if (this.payload.kind === "example") return doc.examples[this.payload.id]?.draft;
    return this.slug ? doc.exercises[this.slug]?.draft : undefined;
  }

  saveDraft(text: string): void {
    const { payload } = this;
    updateProgress(storage, (doc) => {
      if (payload.kind === "example") {
        if (text === payload.source) delete doc.examples[payload.id];
        else doc.examples[payload.id] = { draft: text, updatedAt: now() };
        return;
      }
      const entry = exerciseEntry(doc, payload.slug);
      const initial = payload.kind === "exercise" ? payload.starter : JSON.stringify(payload.starter);
      if (text === initial) delete entry.draft;
      else entry.draft = text;
      entry.updatedAt = now();
    });
  }

  async mountEditor(): Promise<void> {
    const host = role(this.root, "editor");
    if (!host) return;
    const { createEditor } = await import("./editor.ts");
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const label =
      this.payload.kind === "exercise"
        ? `Code for exercise ${this.payload.title}`
        : `Code of ${this.payload.filename}`;
    const mountPoint = h("div", { class: "ll-cm" });
    this.editor = createEditor(mountPoint, {
      doc: this.storedDraft() ?? this.initialCode(),
      readOnly: false,
      label,
      onRun: () => void this.run(),
      onChange: (text) => {
        clearTimeout(saveTimer);
        saveTimer = setTimeout(() => this.saveDraft(text), 300);
      },
    });
    host.replaceChildren(
      mountPoint,
      h("p", { class: "ll-editor-help" }, "Ctrl/⌘+Enter runs. Esc then Tab leaves the editor."),
    );
    window.addEventListener("pagehide", () => {
      if (saveTimer === undefined) return;
      clearTimeout(saveTimer);
      if (this.editor) this.saveDraft(this.editor.text());
    });
  }

  mountPrediction(starter: Prediction, withTimes: boolean): void {
    const host = role(this.root, "predict");
    if (!host) return;
    let initial = starter;
    const draft = this.storedDraft();
    if (draft) {
      try {
        initial = JSON.parse(draft) as Prediction;
      } catch {
        initial = starter;
      }
    }
    this.prediction = createPredictionEditor(host, initial, withTimes, (value) =>
      this.saveDraft(JSON.stringify(value)),
    );
  }

  code(): string {
    return this.editor?.text() ?? this.fixedSource;
  }

  readonly reveal: RevealLine = (line, column) => {
    if (this.editor) this.editor.revealLine(line, column);
  };

  // --- toolbar -------------------------------------------------------------------------------

  wireToolbar(): void {
    button(this.root, "run")?.addEventListener("click", () => void this.run());
    button(this.root, "stop")?.addEventListener("click", () => sandbox.stop());
    button(this.root, "check")?.addEventListener("click", () => void this.check());
    button(this.root, "hint")?.addEventListener("click", () => this.showHint());
    button(this.root, "share")?.addEventListener("click", () => void this.share());
    const reset = button(this.root, "reset");
    if (reset) {
      confirmable(
        reset,
        "Discard your changes?",
        () => this.isEdited(),
        () => this.reset(),
      );
    }
    const solution = button(this.root, "solution");
    if (solution && this.payload.kind === "exercise") {
      confirmable(
        solution,
        "Show it before trying?",
        () => (this.slug ? (loadProgress(storage).exercises[this.slug]?.attempts ?? 0) === 0 : false),
        () => this.showSolution(),
      );
    }
  }

  isEdited(): boolean {
    if (this.prediction && this.payload.kind === "predict") {
      return JSON.stringify(this.prediction.value()) !== JSON.stringify(this.payload.starter);
    }
    return this.code() !== this.initialCode();
  }

  reset(): void {
    const { payload } = this;
    if (payload.kind === "predict") this.prediction?.setValue(payload.starter);
    else this.editor?.setText(this.initialCode());
    this.saveDraft(payload.kind === "predict" ? JSON.stringify(payload.starter) : this.initialCode());
    this.setStatus("Back to the original code.");
  }

  setStatus(text: string): void {
    if (this.status) this.status.textContent = text;
  }

  setRunning(running: boolean): void {
    this.running = running;
    const stop = button(this.root, "stop");
    if (stop) stop.hidden = !running;
    this.root.toggleAttribute("aria-busy", running);
  }

  runSettings(): RunSettings {
    if (this.payload.kind !== "example") return this.payload.run;
    return this.sharedWorld ? { world: this.sharedWorld } : {};
  }

  // --- run -----------------------------------------------------------------------------------

  async run(): Promise<void> {
    if (this.payload.kind === "predict") return;
    const started = performance.now();
    this.setRunning(true);
    this.setStatus("Running…");
    this.editor?.markLines([]);
    const outcome = await sandbox.request({
      type: "run",
      source: this.code(),
      filename: this.payload.filename,
      settings: this.runSettings(),
    });
    this.setRunning(false);
    if (outcome.type === "ran") {
      this.showTrace(outcome.trace);
      const wall = Math.round(performance.now() - started);
      this.setStatus(
        outcome.trace.ok
          ? `Finished at ${formatTime(outcome.trace.elapsed)} s virtual time (${wall} ms).`
          : `Ended with an error at ${formatTime(outcome.trace.elapsed)} s virtual time.`,
      );
      this.root.dispatchEvent(
        new CustomEvent("looplab:ran", {
          bubbles: true,
          detail: { wallMs: wall, runMs: outcome.runMs, trace: outcome.trace },
        }),
      );
      if (this.slug)
        updateProgress(storage, (doc) => void (exerciseEntry(doc, this.slug ?? "").updatedAt = now()));
      return;
    }
    this.showOutcomeProblem(outcome);
  }

  showOutcomeProblem(outcome: Outcome): void {
    const output = this.ensureOutput();
    const consoleBox = output.querySelector<HTMLElement>(".ll-console-box") ?? output;
    output.querySelector(".ll-timeline-box")?.replaceChildren();
    if (outcome.type === "stopped") {
      // A newer Run (here or in another playground) or the Stop button ended this one.
      renderNotice(consoleBox, "Stopped", "The program was stopped before it finished.", false);
      this.setStatus("Stopped.");
    } else if (outcome.type === "unresponsive") {
      renderNotice(
        consoleBox,
        "Stopped: the program ran too long",
        `It was still running after ${(outcome.budgetMs / 1000).toFixed(1)} s of real time, so the sandbox was shut down. ` +
          "Look for a loop that never ends or never awaits.",
      );
      this.setStatus("Stopped: ran too long.");
    } else if (outcome.type === "failed") {
      renderNotice(
        consoleBox,
        "The sandbox failed (this is not your code's fault)",
        `${outcome.error.name}: ${outcome.error.message}`,
      );
      this.setStatus("The sandbox failed.");
    }
  }

  ensureOutput(): HTMLElement {
    const output = this.output ?? h("div");
    if (!output.firstChild) {
      const consoleBox = h("div", { class: "ll-console-box" });
      const children: Node[] = [
        h("h4", { class: "ll-subhead" }, "Output ", h("small", {}, "(virtual time, task)")),
        consoleBox,
      ];
      const showTimeline = this.payload.kind !== "example" || this.payload.timeline;
      if (showTimeline) {
        const toggle = h(
          "button",
          { type: "button", class: "ll-btn ll-btn--small", "aria-pressed": "false" },
          "Show as table",
        );
        toggle.addEventListener("click", () => {
          this.timelineAsTable = !this.timelineAsTable;
          toggle.setAttribute("aria-pressed", String(this.timelineAsTable));
          toggle.textContent = this.timelineAsTable ? "Show as picture" : "Show as table";
          if (this.lastTrace) this.drawTimeline(this.lastTrace);
        });
        children.push(
          h("h4", { class: "ll-subhead" }, "Timeline ", toggle),
          h("div", { class: "ll-timeline-box" }),
        );
      }
      output.replaceChildren(...children);
    }
    output.hidden = false;
    return output;
  }

  /** Shows a run; `extraMarks` are editor lines to flag besides the run's warnings and error. */
  showTrace(trace: Trace, extraMarks: { line: number; kind: "error" | "warning" }[] = []): void {
    this.lastTrace = trace;
    const output = this.ensureOutput();
    const consoleBox = output.querySelector<HTMLElement>(".ll-console-box");
    if (consoleBox) renderConsole(consoleBox, trace, this.editor ? this.reveal : null);
    this.drawTimeline(trace);
    const marks = [...extraMarks];
    for (const event of trace.events) {
      if (event.type === "warning" && event.line !== undefined)
        marks.push({ line: event.line, kind: "warning" });
    }
    if (trace.error?.line !== undefined) marks.push({ line: trace.error.line, kind: "error" });
    this.editor?.markLines(marks);
  }

  drawTimeline(trace: Trace): void {
    const box = this.output?.querySelector<HTMLElement>(".ll-timeline-box");
    if (!box) return;
    const model = buildTimeline(trace);
    if (this.timelineAsTable)
      renderTimelineTable(box, model, this.editor ? (line) => this.reveal(line) : null);
    else renderTimeline(box, model);
  }

  // --- check ---------------------------------------------------------------------------------

  async check(): Promise<void> {
    const { payload } = this;
    if (payload.kind === "example") return;
    this.setRunning(true);
    this.setStatus("Checking…");
    this.editor?.markLines([]);
    const code = this.code();
    const outcome =
      payload.kind === "predict"
        ? await sandbox.request({
            type: "grade-prediction",
            slug: payload.slug,
            prediction: this.prediction?.value() ?? { lines: [] },
          })
        : await sandbox.request({ type: "grade", slug: payload.slug, source: code });
    this.setRunning(false);
    if (outcome.type !== "graded") {
      this.showOutcomeProblem(outcome);
      return;
    }
    this.showGrade(
      outcome.grade,
      payload.kind === "predict" ? JSON.stringify(this.prediction?.value()) : code,
    );
  }

  showGrade(grade: GradeView, submitted: string): void {
    const slug = this.slug;
    if (!slug) return;
    const { result } = grade;
    const checks = role(this.root, "checks");
    if (checks) renderResults(checks, result, this.editor ? this.reveal : null);
    const failedLines = result.checks.flatMap((check) =>
      check.status !== "pass" && check.at?.line !== undefined
        ? [{ line: check.at.line, kind: "error" as const }]
        : [],
    );
    if (grade.trace) this.showTrace(grade.trace, this.payload.kind === "exercise" ? failedLines : []);
    const bundle = createBundle({
      courseVersion: grade.courseVersion,
      code: submitted,
      result,
      createdAt: now(),
    });
    const entry = updateProgress(storage, (doc) => void recordGrade(doc, slug, result.status, bundle, now()))
      .exercises[slug];
    setBadge(this.badge, result.status, entry?.passed ?? false);
    const failed = result.checks.filter((c) => c.status !== "pass").length;
    this.setStatus(
      result.status === "pass"
        ? "Passed: every check is green."
        : result.status === "fail"
          ? `Not yet: ${failed} check(s) failed.`
          : "Error: the program did not finish.",
    );
    this.root.dispatchEvent(new CustomEvent("looplab:graded", { bubbles: true, detail: { slug, result } }));
  }

  restoreBadge(): void {
    if (!this.slug) return;
    const entry = loadProgress(storage).exercises[this.slug];
    if (entry && entry.status !== "started") setBadge(this.badge, entry.status, entry.passed);
  }

  // --- hints, solution, share ----------------------------------------------------------------

  hintsShown(): number {
    return this.slug ? (loadProgress(storage).exercises[this.slug]?.hintsShown ?? 0) : 0;
  }

  refreshHintButton(): void {
    const { payload } = this;
    if (payload.kind === "example") return;
    const hint = button(this.root, "hint");
    const container = role(this.root, "hints");
    if (!hint || !container) return;
    const shown = Math.min(this.hintsShown(), payload.hints.length);
    container.replaceChildren(
      ...payload.hints.slice(0, shown).map((html, index) => {
        const item = h("div", { class: "ll-hint" }, h("strong", {}, `Hint ${index + 1}: `));
        const body = h("span");
        body.innerHTML = html;
        item.append(body);
        return item;
      }),
    );
    hint.textContent =
      shown >= payload.hints.length ? "No more hints" : `Hint (${shown + 1} of ${payload.hints.length})`;
    hint.disabled = shown >= payload.hints.length;
  }

  showHint(): void {
    const slug = this.slug;
    if (!slug || this.payload.kind === "example") return;
    const total = this.payload.hints.length;
    updateProgress(storage, (doc) => {
      const entry = exerciseEntry(doc, slug);
      entry.hintsShown = Math.min(entry.hintsShown + 1, total);
      entry.updatedAt = now();
    });
    this.refreshHintButton();
    role(this.root, "hints")?.lastElementChild?.setAttribute("tabindex", "-1");
    (role(this.root, "hints")?.lastElementChild as HTMLElement | null)?.focus();
  }

  showSolution(): void {
    const { payload } = this;
    const slug = this.slug;
    const panel = role(this.root, "solution");
    if (payload.kind !== "exercise" || !slug || !panel) return;
    updateProgress(storage, (doc) => {
      const entry = exerciseEntry(doc, slug);
      entry.solutionViewed = true;
      entry.updatedAt = now();
    });
    const diff = diffLines(this.code(), payload.solution);
    const pre = h("pre", { class: "ll-diff", "aria-label": "Your code compared with the solution" });
    for (const line of diff) {
      const sign = line.kind === "added" ? "+" : line.kind === "removed" ? "−" : " ";
      const label =
        line.kind === "added"
          ? "only in the solution"
          : line.kind === "removed"
            ? "only in your code"
            : undefined;
      pre.append(
        h("span", { class: `ll-diff-line ll-diff--${line.kind}`, title: label }, `${sign} ${line.text}\n`),
      );
    }
    const use = h("button", { type: "button", class: "ll-btn" }, "Put the solution in the editor");
    use.addEventListener("click", () => {
      this.editor?.setText(payload.solution);
      this.setStatus("The solution is in the editor.");
    });
    const close = h("button", { type: "button", class: "ll-btn" }, "Hide the solution");
    close.addEventListener("click", () => {
      panel.hidden = true;
      button(this.root, "solution")?.focus();
    });
    const heading = h("h4", { class: "ll-subhead", tabindex: -1 }, "Solution, as changes to your code");
    panel.replaceChildren(
      heading,
      h(
        "p",
        { class: "ll-diff-legend" },
        h("span", { class: "ll-diff--removed" }, "− only in your code"),
        " ",
        h("span", { class: "ll-diff--added" }, "+ only in the solution"),
      ),
      pre,
      h("div", { class: "ll-toolbar" }, use, close),
    );
    panel.hidden = false;
    heading.focus();
  }

  async share(): Promise<void> {
    const world = this.runSettings().world;
    const hash = await encodeShare(world ? { code: this.code(), world } : { code: this.code() });
    const url = new URL(
      `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}playground/#${hash}`,
      window.location.href,
    ).href;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    const box = role(this.root, "hints");
    const field = h("input", {
      type: "url",
      class: "ll-share-url",
      readonly: true,
      value: url,
      "aria-label": "Link to this program",
    });
    box?.append(h("p", { class: "ll-share" }, copied ? "Link copied: " : "Copy this link: ", field));
    field.select();
    this.setStatus(copied ? "Link copied to the clipboard." : "Copy the link below.");
  }
}
