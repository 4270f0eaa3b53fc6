/**
 * The playground island: takes over a server-rendered playground (`src/components/Playground.astro`)
 * and wires its toolbar to the editor, the drafts (`draft-sync.ts`), Run and Check
 * (`run-check.ts`), hints, the solution and share links. Loaded by `boot.ts` when a playground
 * nears the viewport.
 *
 * Each playground root dispatches bubbling DOM events other scripts can listen to:
 * `looplab:ran` (`detail: { wallMs, runMs, trace }`) after a Run, and `looplab:graded`
 * (`detail: { slug, result }`) after a Check.
 */
import type { Prediction } from "../grader/types.ts";
import { browserStorage } from "../progress/browser-storage.ts";
import { downloadText } from "../progress/download.ts";
import { BACKUP_REASONS, exerciseEntry, loadProgress } from "../progress/progress-store.ts";
import type { RunSettings } from "../worker/protocol.ts";
import { confirmable, h } from "./dom.ts";
import { DraftSync } from "./draft-sync.ts";
import type { CodeEditor } from "./editor.ts";
import { refreshHints, showHint } from "./hints.ts";
import { OutputPanel, subheadingTag } from "./output-panel.ts";
import { loadPageText, text } from "../i18n/page-lang.ts";
import type { PlaygroundPayload } from "./payload.ts";
import { createPredictionEditor, type PredictionEditor } from "./predict-view.ts";
import { setBadge } from "./results-view.ts";
import { RunCheck } from "./run-check.ts";
import { watchSaves } from "./save-alert.ts";
import * as sandbox from "./sandbox-client.ts";
import { share, sharedProgram, showNotice } from "./share.ts";
import { now, PlaygroundShell } from "./shell.ts";
import { showSolution } from "./solution-view.ts";

/** Starts the sandbox worker ahead of the first Run. */
export const prefetchRunner = sandbox.prefetch;

/** The page's interface text, which every part of a playground reads: mount after it loads. */
export const textLoaded = loadPageText();

/** Mounts the island on one playground element. Safe to call twice. */
export function mount(root: HTMLElement): void {
  if (root.dataset.mounted === "true") return;
  root.dataset.mounted = "true";
  const payload = JSON.parse(
    root.querySelector('[data-role="payload"]')?.textContent ?? "null",
  ) as PlaygroundPayload;
  void new Playground(new PlaygroundShell(root, payload)).start();
}

class Playground {
  readonly shell: PlaygroundShell;
  readonly output: OutputPanel;
  readonly drafts: DraftSync;
  readonly runner: RunCheck;
  editor: CodeEditor | null = null;
  prediction: PredictionEditor | null = null;
  /** The world a shared program ran with (share links from exercises with variants). */
  sharedWorld: Record<string, unknown> | undefined;

  constructor(shell: PlaygroundShell) {
    this.shell = shell;
    const { payload } = shell;
    this.output = new OutputPanel(
      shell.role("output") ?? h("div"),
      payload.kind !== "example" || payload.timeline,
      () => (this.editor ? (line, column) => this.editor?.revealLine(line, column) : null),
      subheadingTag(shell.root),
    );
    this.drafts = new DraftSync(shell, this.initialText());
    this.runner = new RunCheck({
      shell,
      output: this.output,
      editor: () => this.editor,
      code: () => this.code(),
      submission: () => this.currentText(),
      settings: () => this.runSettings(),
      prediction: () => this.prediction,
    });
  }

  async start(): Promise<void> {
    const { shell } = this;
    const { payload } = shell;
    watchSaves(shell.saver);
    if (payload.kind === "predict") this.mountPrediction();
    else if (payload.kind === "exercise" || payload.editable) await this.mountEditor();
    this.restoreBadge();
    this.wireToolbar();
    for (const action of ["run", "check", "reset", "hint", "solution", "share", "download"]) {
      const target = shell.button(action);
      if (target) target.disabled = false;
    }
    refreshHints(shell);
    await this.openShared();
  }

  /** What the editor opens with before any draft: the example, the starter or the starter prediction. */
  initialText(): string {
    const { payload } = this.shell;
    if (payload.kind === "example") return payload.source;
    if (payload.kind === "exercise") return payload.starter;
    return JSON.stringify(payload.starter);
  }

  /** The program a Run runs. */
  code(): string {
    const { payload } = this.shell;
    if (this.editor) return this.editor.text();
    return payload.kind === "predict" ? payload.program : this.initialText();
  }

  /** The text the learner edits: the code, or the prediction as JSON. */
  currentText(): string {
    return this.prediction ? JSON.stringify(this.prediction.value()) : this.code();
  }

  runSettings(): RunSettings {
    const { payload } = this.shell;
    if (payload.kind !== "example")
      return this.sharedWorld ? { ...payload.run, world: this.sharedWorld } : payload.run;
    return this.sharedWorld ? { world: this.sharedWorld } : {};
  }

  async mountEditor(): Promise<void> {
    const { shell } = this;
    const host = shell.role("editor");
    if (!host || shell.payload.kind === "predict") return;
    const { createEditor } = await import("./editor.ts");
    const mountPoint = h("div", { class: "ll-cm" });
    host.replaceChildren(mountPoint);
    this.editor = createEditor(mountPoint, {
      doc: this.drafts.load(),
      readOnly: false,
      label:
        shell.payload.kind === "exercise"
          ? text().playground.editorOfExercise(shell.payload.title)
          : text().playground.editorOfFile(shell.payload.filename),
      onRun: () => void this.runner.run(),
      onChange: (text) => {
        this.drafts.changed(text);
        // An edited program is compiled by the compiler worker: have it load the compiler now.
        sandbox.prefetchCompiler();
      },
    });
    this.drafts.attach(this.editor);
  }

  mountPrediction(): void {
    const { payload } = this.shell;
    const host = this.shell.role("predict");
    if (!host || payload.kind !== "predict") return;
    const parse = (text: string): Prediction => {
      try {
        return JSON.parse(text) as Prediction;
      } catch {
        return payload.starter;
      }
    };
    const slug = this.shell.slug;
    const alreadyPassed = slug ? (loadProgress(browserStorage()).exercises[slug]?.passed ?? false) : false;
    const prediction = createPredictionEditor(
      host,
      parse(this.drafts.load()),
      payload.withTimes,
      (value) => this.drafts.changed(JSON.stringify(value)),
      { alreadyPassed },
    );
    this.prediction = prediction;
    this.drafts.attach({
      text: () => JSON.stringify(prediction.value()),
      setText: (text) => prediction.setValue(parse(text)),
    });
  }

  wireToolbar(): void {
    const { shell } = this;
    const say = (text: string): void => shell.setStatus(text);
    shell.button("run")?.addEventListener("click", () => void this.runner.run());
    shell.button("stop")?.addEventListener("click", () => sandbox.stop(true));
    shell.button("check")?.addEventListener("click", () => void this.runner.check());
    shell.button("hint")?.addEventListener("click", () => showHint(shell));
    shell.button("download")?.addEventListener("click", () => this.download());
    shell.button("share")?.addEventListener("click", () => {
      const world = this.runSettings().world;
      void share(shell, world ? { code: this.code(), world } : { code: this.code() });
    });
    const reset = shell.button("reset");
    if (reset) {
      confirmable(
        reset,
        text().playground.discardChanges,
        () => this.currentText() !== this.initialText(),
        () => this.reset(),
        say,
      );
    }
    const solution = shell.button("solution");
    if (solution) {
      const slug = shell.slug;
      const untried = () =>
        slug ? (loadProgress(browserStorage()).exercises[slug]?.attempts ?? 0) === 0 : false;
      confirmable(solution, text().playground.showBeforeTrying, untried, () => this.openSolution(), say);
    }
  }

  reset(): void {
    const { payload } = this.shell;
    if (payload.kind === "predict") this.prediction?.setValue(payload.starter);
    else this.editor?.setText(this.initialText());
    this.drafts.save(this.initialText());
    this.shell.setStatus(
      payload.kind === "predict" ? text().playground.backToOrder : text().playground.backToCode,
    );
  }

  /** Saves the code as a file named like the one `course grade` takes (`<slug>.ts`). */
  download(): void {
    const { payload } = this.shell;
    const filename = payload.kind === "example" ? payload.filename : `${payload.slug}.ts`;
    downloadText(filename, this.code(), "text/typescript");
    this.shell.setStatus(text().playground.downloaded(filename));
  }

  restoreBadge(): void {
    const slug = this.shell.slug;
    if (!slug) return;
    const entry = loadProgress(browserStorage()).exercises[slug];
    if (entry && entry.status !== "started") setBadge(this.shell.role("badge"), entry.status, entry.passed);
  }

  openSolution(): void {
    const { shell } = this;
    const { payload, slug } = shell;
    const panel = shell.role("solution");
    if (payload.kind !== "exercise" || payload.solution === undefined || !slug || !panel) return;
    const solution = payload.solution;
    shell.saver.save((doc) => {
      const entry = exerciseEntry(doc, slug);
      entry.solutionViewed = true;
      entry.updatedAt = now();
    });
    showSolution(panel, this.code(), solution, {
      useSolution: () => {
        this.editor?.setText(solution);
        this.drafts.save(solution);
        shell.setStatus(text().playground.solutionInEditor);
      },
      hidden: () => shell.button("solution")?.focus(),
    });
  }

  /** Opens the program of a share link meant for this playground; it runs when the reader asks. */
  async openShared(): Promise<void> {
    const program = await sharedProgram(this.shell);
    if (!program || !this.editor) return;
    this.sharedWorld = program.world;
    this.drafts.replaceKeepingBackup(program.code, BACKUP_REASONS.sharedLink);
    showNotice(
      this.shell,
      this.shell.payload.kind === "exercise"
        ? text().playground.sharedExercise
        : text().playground.sharedProgram,
    );
  }
}
