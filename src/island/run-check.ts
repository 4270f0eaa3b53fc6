/**
 * Run and Check of one playground: sends the program to the sandbox worker, shows the run in the
 * output panel (and its lines in the editor), grades submissions and records the grade.
 *
 * A Run clears the previous Check's verdict: what is on screen always belongs to the code that
 * produced it.
 *
 * Stop ends a run at once (the worker is terminated: a run is synchronous inside it), which loses
 * what the program printed so far. Runs are deterministic, so the page then replays the program
 * in a fresh sandbox for as long as it had run, and shows what that replay printed: the lines
 * the stopped run printed before the stop.
 */
import type { Trace } from "../../runtime/trace.ts";
import { createBundle } from "../grader/bundle.ts";
import type { IntervalPointer, Prediction } from "../grader/types.ts";
import { recordGrade } from "../progress/progress-store.ts";
import type { GradeView, RunSettings } from "../worker/protocol.ts";
import type { CodeEditor } from "./editor.ts";
import type { OutputPanel } from "./output-panel.ts";
import type { PredictionEditor } from "./predict-view.ts";
import { renderResults, setBadge } from "./results-view.ts";
import * as sandbox from "./sandbox-client.ts";
import { now, type PlaygroundShell } from "./shell.ts";
import { pageLang, text } from "../i18n/page-lang.ts";
import { formatTime } from "./timeline-model.ts";

type LineMark = { line: number; kind: "error" | "warning" };

/** The shortest replay after a Stop: time enough for a program's first lines. */
const MIN_REPLAY_MS = 100;

/** What Run and Check need from the playground. */
export interface RunTarget {
  shell: PlaygroundShell;
  output: OutputPanel;
  editor(): CodeEditor | null;
  /** The program a Run runs. */
  code(): string;
  /** What Check submits: the code, or the prediction as JSON. */
  submission(): string;
  /** Budgets and the world of a run (a shared link's world replaces the exercise's). */
  settings(): RunSettings;
  /** The prediction editor of a predict exercise, which decides when its answer may be shown. */
  prediction(): PredictionEditor | null;
}

export class RunCheck {
  readonly #target: RunTarget;
  /** Counts this playground's requests, so the outcome of a superseded one is ignored. */
  #generation = 0;

  constructor(target: RunTarget) {
    this.#target = target;
  }

  /** Sends a request; resolves with its outcome, or null when a newer request of this playground replaced it. */
  async #send(request: sandbox.JobRequest, status: string): Promise<sandbox.Outcome | null> {
    const { shell, output } = this.#target;
    const generation = ++this.#generation;
    this.#setRunning(true);
    shell.setStatus(text().run.preparing);
    this.#target.editor()?.markLines([]);
    const outcome = await sandbox.request(request, () => {
      if (generation === this.#generation) shell.setStatus(status);
    });
    if (generation !== this.#generation) return null;
    this.#setRunning(false);
    const replayed =
      outcome.type === "stopped" && outcome.byLearner && request.type === "run" && outcome.ranMs > 0;
    if (outcome.type !== "ran" && outcome.type !== "graded" && !replayed)
      shell.setStatus(output.showProblem(outcome));
    return outcome;
  }

  /** After Stop: replays the first `ranMs` of the run and shows what it printed. */
  async #showStopped(request: Extract<sandbox.JobRequest, { type: "run" }>, ranMs: number): Promise<void> {
    const { shell, output } = this.#target;
    const generation = this.#generation;
    const seconds = (ranMs / 1000).toFixed(1);
    shell.setStatus(text().run.stoppedCollecting(seconds));
    output.showCollecting();
    const settings = { ...request.settings, wallTimeoutMs: Math.max(Math.round(ranMs), MIN_REPLAY_MS) };
    const replay = await sandbox.request({ ...request, settings });
    // A newer Run or Check of this playground replaced the replay.
    if (generation !== this.#generation) return;
    if (replay.type !== "ran") {
      if (replay.type !== "graded") shell.setStatus(output.showProblem(replay));
      return;
    }
    output.showStopped(replay.trace, seconds);
    shell.setStatus(text().run.stoppedAfter(seconds));
  }

  #setRunning(running: boolean): void {
    const stop = this.#target.shell.button("stop");
    if (stop) stop.hidden = !running;
    this.#target.shell.root.toggleAttribute("aria-busy", running);
  }

  async run(): Promise<void> {
    const { shell } = this.#target;
    const { payload } = shell;
    if (payload.kind === "predict") return;
    shell.role("checks")?.replaceChildren();
    const started = performance.now();
    const request: sandbox.JobRequest = {
      type: "run",
      source: this.#target.code(),
      filename: payload.filename,
      settings: this.#target.settings(),
      lang: pageLang(),
    };
    const outcome = await this.#send(request, text().run.running);
    if (outcome?.type === "stopped" && outcome.byLearner && outcome.ranMs > 0) {
      await this.#showStopped(request, outcome.ranMs);
      return;
    }
    if (outcome?.type !== "ran") return;
    const { trace } = outcome;
    this.#showTrace(trace);
    const wallMs = Math.round(performance.now() - started);
    const m = text().run;
    shell.setStatus(
      trace.ok
        ? m.finished(formatTime(trace.elapsed), String(wallMs))
        : m.endedWithError(formatTime(trace.elapsed)),
    );
    const detail = { wallMs, runMs: outcome.runMs, trace };
    shell.root.dispatchEvent(new CustomEvent("looplab:ran", { bubbles: true, detail }));
  }

  async check(): Promise<void> {
    const { payload } = this.#target.shell;
    if (payload.kind === "example") return;
    const submitted = this.#target.submission();
    const hints = payload.withoutHints ? { hints: false as const } : {};
    const request: sandbox.JobRequest =
      payload.kind === "predict"
        ? {
            type: "grade-prediction",
            slug: payload.slug,
            prediction: JSON.parse(submitted) as Prediction,
            lang: pageLang(),
            ...hints,
          }
        : { type: "grade", slug: payload.slug, source: submitted, lang: pageLang(), ...hints };
    const outcome = await this.#send(request, text().run.checking);
    if (outcome?.type === "graded") this.#showGrade(outcome.grade, submitted);
  }

  /** Shows a run in the output panel and flags its lines (and `extra` ones) in the editor. */
  #showTrace(trace: Trace, extra: LineMark[] = []): void {
    this.#target.output.showTrace(trace);
    const marks = [...extra];
    for (const event of trace.events) {
      if (event.type === "warning" && event.line !== undefined)
        marks.push({ line: event.line, kind: "warning" });
    }
    if (trace.error?.line !== undefined) marks.push({ line: trace.error.line, kind: "error" });
    this.#target.editor()?.markLines(marks);
  }

  #showGrade(grade: GradeView, submitted: string): void {
    const { shell } = this.#target;
    const slug = shell.slug;
    if (!slug) return;
    const editor = this.#target.editor();
    const reveal = editor ? (line: number, column?: number) => editor.revealLine(line, column) : null;
    const { result } = grade;
    const checks = shell.role("checks");
    if (checks) {
      const highlight = (interval: IntervalPointer): void => {
        if (!this.#target.output.highlight(interval.fromSeq)) shell.setStatus(text().run.switchTimeline);
      };
      const variants = shell.payload.kind === "example" ? {} : shell.payload.variants;
      renderResults(checks, result, reveal, highlight, variants);
    }
    const failedLines = result.checks.flatMap((check): LineMark[] =>
      check.status !== "pass" && check.at?.line !== undefined ? [{ line: check.at.line, kind: "error" }] : [],
    );
    const trace = grade.trace;
    if (trace) {
      const show = () => this.#showTrace(trace, editor ? failedLines : []);
      // A prediction's real output is the answer: the gate decides when it may be shown.
      const prediction = this.#target.prediction();
      if (prediction) prediction.answer.graded(result.status, show);
      else show();
    }
    const bundle = createBundle({
      courseVersion: grade.courseVersion,
      code: submitted,
      result,
      createdAt: now(),
    });
    const doc = shell.saver.save((d) => void recordGrade(d, slug, result.status, bundle, now()));
    setBadge(shell.role("badge"), result.status, doc.exercises[slug]?.passed ?? false);
    const failed = result.checks.filter((c) => c.status !== "pass").length;
    const m = text().run;
    const saved = shell.saver.state.saved ? "" : m.notSaved;
    shell.setStatus(
      (result.status === "pass" ? m.passed : result.status === "fail" ? m.notYet(String(failed)) : m.error) +
        saved,
    );
    shell.root.dispatchEvent(new CustomEvent("looplab:graded", { bubbles: true, detail: { slug, result } }));
  }
}
