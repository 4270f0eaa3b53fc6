/**
 * The playground island: takes over a server-rendered playground (`src/components/Playground.astro`)
 * and wires its toolbar to the editor, the sandbox worker, the output panel, the grader's results
 * and the progress store. Loaded by `boot.ts` when a playground nears the viewport.
 *
 * Each playground root dispatches bubbling DOM events other scripts can listen to:
 * `looplab:ran` (`detail: { wallMs, runMs, trace }`) after a Run, and `looplab:graded`
 * (`detail: { slug, result }`) after a Check.
 */
import type { Trace } from "../../runtime/trace.ts";
import { createBundle } from "../grader/bundle.ts";
import type { Prediction } from "../grader/types.ts";
import { browserStorage } from "../lib/browser-storage.ts";
import { exerciseEntry, loadProgress, recordGrade, updateProgress } from "../lib/progress-store.ts";
import { decodeShare, encodeShare } from "../lib/share-link.ts";
import type { GradeView } from "../worker/protocol.ts";
import type { RevealLine } from "./console-view.ts";
import { confirmable, h } from "./dom.ts";
import type { CodeEditor } from "./editor.ts";
import { OutputPanel } from "./output-panel.ts";
import type { PlaygroundPayload, RunSettings } from "./payload.ts";
import { createPredictionEditor, type PredictionEditor } from "./predict-view.ts";
import { renderResults, setBadge } from "./results-view.ts";
import * as sandbox from "./sandbox-client.ts";
import { showSolution } from "./solution-view.ts";
import { formatTime } from "./timeline-model.ts";

/** Starts the sandbox worker ahead of the first Run. */
export const prefetchRunner = sandbox.prefetch;

const storage = browserStorage();
const now = (): string => new Date().toISOString();

/** Mounts the island on one playground element. Safe to call twice. */
export function mount(root: HTMLElement): void {
  if (root.dataset.mounted === "true") return;
  root.dataset.mounted = "true";
  const payload = JSON.parse(
    root.querySelector('[data-role="payload"]')?.textContent ?? "null",
  ) as PlaygroundPayload;
  void new Playground(root, payload).start();
}

type LineMark = { line: number; kind: "error" | "warning" };

class Playground {
  readonly root: HTMLElement;
  readonly payload: PlaygroundPayload;
  readonly output: OutputPanel;
  editor: CodeEditor | null = null;
  prediction: PredictionEditor | null = null;
  /** The world a shared program ran with (share links from exercises with variants). */
  sharedWorld: Record<string, unknown> | undefined;
  /** Counts this playground's requests, so the outcome of a superseded one is ignored. */
  generation = 0;

  constructor(root: HTMLElement, payload: PlaygroundPayload) {
    this.root = root;
    this.payload = payload;
    const host = this.role("output") ?? h("div");
    this.output = new OutputPanel(host, payload.kind !== "example" || payload.timeline, () =>
      this.editor ? this.reveal : null,
    );
  }

  role(name: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-role="${name}"]`);
  }

  button(action: string): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>(`[data-action="${action}"]`);
  }

  /** The progress key of this playground, or null for examples. */
  get slug(): string | null {
    return this.payload.kind === "example" ? null : this.payload.slug;
  }

  async start(): Promise<void> {
    const { payload } = this;
    if (payload.kind === "predict") this.mountPrediction(payload.starter, payload.withTimes);
    else if (payload.kind === "exercise" || payload.editable) await this.mountEditor();
    this.restoreBadge();
    this.wireToolbar();
    for (const action of ["run", "check", "reset", "hint", "solution", "share"]) {
      const target = this.button(action);
      if (target) target.disabled = false;
    }
    this.refreshHints();
    if (this.root.hasAttribute("data-shared-target")) await this.openShared();
  }

  // --- code and drafts -----------------------------------------------------------------------

  /** What the editor opens with before any draft: the example, the starter or the starter prediction. */
  initialText(): string {
    const { payload } = this;
    if (payload.kind === "example") return payload.source;
    if (payload.kind === "exercise") return payload.starter;
    return JSON.stringify(payload.starter);
  }

  /** The program a Run runs. */
  code(): string {
    const { payload } = this;
    if (this.editor) return this.editor.text();
    return payload.kind === "predict" ? payload.program : this.initialText();
  }

  storedDraft(): string | undefined {
    const doc = loadProgress(storage);
    if (this.payload.kind === "example") return doc.examples[this.payload.id]?.draft;
    return this.slug ? doc.exercises[this.slug]?.draft : undefined;
  }

  saveDraft(text: string): void {
    const { payload } = this;
    const initial = this.initialText();
    updateProgress(storage, (doc) => {
      if (payload.kind === "example") {
        if (text === initial) delete doc.examples[payload.id];
        else doc.examples[payload.id] = { draft: text, updatedAt: now() };
        return;
      }
      const entry = exerciseEntry(doc, payload.slug);
      if (text === initial) delete entry.draft;
      else entry.draft = text;
      entry.updatedAt = now();
    });
  }

  async mountEditor(): Promise<void> {
    const host = this.role("editor");
    if (!host || this.payload.kind === "predict") return;
    const { createEditor } = await import("./editor.ts");
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    const mountPoint = h("div", { class: "ll-cm" });
    this.editor = createEditor(mountPoint, {
      doc: this.storedDraft() ?? this.initialText(),
      readOnly: false,
      label:
        this.payload.kind === "exercise"
          ? `Code for exercise ${this.payload.title}`
          : `Code of ${this.payload.filename}`,
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
    // A draft typed just before leaving the page is saved, not lost to the debounce.
    window.addEventListener("pagehide", () => {
      clearTimeout(saveTimer);
      if (this.editor) this.saveDraft(this.editor.text());
    });
  }

  mountPrediction(starter: Prediction, withTimes: boolean): void {
    const host = this.role("predict");
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

  readonly reveal: RevealLine = (line, column) => this.editor?.revealLine(line, column);

  // --- toolbar -------------------------------------------------------------------------------

  wireToolbar(): void {
    this.button("run")?.addEventListener("click", () => void this.run());
    this.button("stop")?.addEventListener("click", () => sandbox.stop());
    this.button("check")?.addEventListener("click", () => void this.check());
    this.button("hint")?.addEventListener("click", () => this.showHint());
    this.button("share")?.addEventListener("click", () => void this.share());
    const reset = this.button("reset");
    if (reset) {
      confirmable(
        reset,
        "Discard your changes?",
        () => this.currentText() !== this.initialText(),
        () => this.reset(),
        (text) => this.setStatus(text),
      );
    }
    const solution = this.button("solution");
    if (solution) {
      const untried = () =>
        this.slug ? (loadProgress(storage).exercises[this.slug]?.attempts ?? 0) === 0 : false;
      confirmable(
        solution,
        "Show it before trying?",
        untried,
        () => this.openSolution(),
        (text) => this.setStatus(text),
      );
    }
  }

  /** The text the learner edits: the code, or the prediction as JSON. */
  currentText(): string {
    return this.prediction ? JSON.stringify(this.prediction.value()) : this.code();
  }

  reset(): void {
    const { payload } = this;
    if (payload.kind === "predict") this.prediction?.setValue(payload.starter);
    else this.editor?.setText(this.initialText());
    this.saveDraft(this.initialText());
    this.setStatus(payload.kind === "predict" ? "Back to the original order." : "Back to the original code.");
  }

  setStatus(text: string): void {
    const status = this.role("status");
    if (status) status.textContent = text;
  }

  setRunning(running: boolean): void {
    const stop = this.button("stop");
    if (stop) stop.hidden = !running;
    this.root.toggleAttribute("aria-busy", running);
  }

  runSettings(): RunSettings {
    if (this.payload.kind !== "example") return this.payload.run;
    return this.sharedWorld ? { world: this.sharedWorld } : {};
  }

  /** Sends a request; resolves with its outcome, or null when a newer request of this playground replaced it. */
  async send(request: sandbox.JobRequest, status: string): Promise<sandbox.Outcome | null> {
    const generation = ++this.generation;
    this.setRunning(true);
    this.setStatus(status);
    this.editor?.markLines([]);
    const outcome = await sandbox.request(request);
    if (generation !== this.generation) return null;
    this.setRunning(false);
    if (outcome.type !== "ran" && outcome.type !== "graded") this.setStatus(this.output.showProblem(outcome));
    return outcome;
  }

  // --- run and check -------------------------------------------------------------------------

  async run(): Promise<void> {
    if (this.payload.kind === "predict") return;
    const started = performance.now();
    const request: sandbox.JobRequest = {
      type: "run",
      source: this.code(),
      filename: this.payload.filename,
      settings: this.runSettings(),
    };
    const outcome = await this.send(request, "Running…");
    if (outcome?.type !== "ran") return;
    const { trace } = outcome;
    this.showTrace(trace);
    const wallMs = Math.round(performance.now() - started);
    this.setStatus(
      trace.ok
        ? `Finished at ${formatTime(trace.elapsed)} s virtual time (${wallMs} ms).`
        : `Ended with an error at ${formatTime(trace.elapsed)} s virtual time.`,
    );
    const detail = { wallMs, runMs: outcome.runMs, trace };
    this.root.dispatchEvent(new CustomEvent("looplab:ran", { bubbles: true, detail }));
  }

  /** Shows a run in the output panel and flags its lines (and `extra` ones) in the editor. */
  showTrace(trace: Trace, extra: LineMark[] = []): void {
    this.output.showTrace(trace);
    const marks = [...extra];
    for (const event of trace.events) {
      if (event.type === "warning" && event.line !== undefined)
        marks.push({ line: event.line, kind: "warning" });
    }
    if (trace.error?.line !== undefined) marks.push({ line: trace.error.line, kind: "error" });
    this.editor?.markLines(marks);
  }

  async check(): Promise<void> {
    const { payload } = this;
    if (payload.kind === "example") return;
    const submitted = this.currentText();
    const request: sandbox.JobRequest =
      payload.kind === "predict"
        ? { type: "grade-prediction", slug: payload.slug, prediction: JSON.parse(submitted) as Prediction }
        : { type: "grade", slug: payload.slug, source: submitted };
    const outcome = await this.send(request, "Checking…");
    if (outcome?.type === "graded") this.showGrade(outcome.grade, submitted);
  }

  showGrade(grade: GradeView, submitted: string): void {
    const slug = this.slug;
    if (!slug) return;
    const { result } = grade;
    const checks = this.role("checks");
    if (checks) renderResults(checks, result, this.editor ? this.reveal : null);
    const failedLines = result.checks.flatMap((check): LineMark[] =>
      check.status !== "pass" && check.at?.line !== undefined ? [{ line: check.at.line, kind: "error" }] : [],
    );
    if (grade.trace) this.showTrace(grade.trace, this.editor ? failedLines : []);
    const bundle = createBundle({
      courseVersion: grade.courseVersion,
      code: submitted,
      result,
      createdAt: now(),
    });
    const doc = updateProgress(storage, (d) => void recordGrade(d, slug, result.status, bundle, now()));
    setBadge(this.role("badge"), result.status, doc.exercises[slug]?.passed ?? false);
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
    if (entry && entry.status !== "started") setBadge(this.role("badge"), entry.status, entry.passed);
  }

  // --- hints, solution, share ----------------------------------------------------------------

  refreshHints(): void {
    const { payload } = this;
    const hint = this.button("hint");
    const container = this.role("hints");
    if (payload.kind === "example" || !hint || !container || !this.slug) return;
    const total = payload.hints.length;
    const shown = Math.min(loadProgress(storage).exercises[this.slug]?.hintsShown ?? 0, total);
    container.replaceChildren(
      ...payload.hints.slice(0, shown).map((html, index) => {
        const body = h("span");
        body.innerHTML = html;
        return h("div", { class: "ll-hint", tabindex: -1 }, h("strong", {}, `Hint ${index + 1}: `), body);
      }),
    );
    hint.textContent = shown >= total ? "No more hints" : `Hint (${shown + 1} of ${total})`;
    hint.disabled = shown >= total;
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
    this.refreshHints();
    (this.role("hints")?.lastElementChild as HTMLElement | null)?.focus();
  }

  openSolution(): void {
    const { payload } = this;
    const slug = this.slug;
    const panel = this.role("solution");
    if (payload.kind !== "exercise" || payload.solution === undefined || !slug || !panel) return;
    const solution = payload.solution;
    updateProgress(storage, (doc) => {
      const entry = exerciseEntry(doc, slug);
      entry.solutionViewed = true;
      entry.updatedAt = now();
    });
    showSolution(panel, this.code(), solution, {
      useSolution: () => {
        this.editor?.setText(solution);
        this.setStatus("The solution is in the editor.");
      },
      hidden: () => this.button("solution")?.focus(),
    });
  }

  async share(): Promise<void> {
    const world = this.runSettings().world;
    const hash = await encodeShare(world ? { code: this.code(), world } : { code: this.code() });
    const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
    const url = new URL(`${base}playground/#${hash}`, window.location.href).href;
    let copied: boolean;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = false;
    }
    const field = h("input", {
      type: "url",
      class: "ll-share-url",
      readonly: true,
      value: url,
      "aria-label": "Link to this program",
    });
    this.role("hints")?.append(
      h("p", { class: "ll-share" }, copied ? "Link copied: " : "Copy this link: ", field),
    );
    field.select();
    this.setStatus(copied ? "Link copied to the clipboard." : "Copy the link below.");
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
}
