/**
 * What the server-rendered page hands the island for each playground, as JSON inside the
 * playground's `<script type="application/json" data-role="payload">`.
 */
import type { Prediction } from "../grader/types.ts";
import type { RunSettings } from "../worker/protocol.ts";

export interface ExamplePayload {
  kind: "example";
  /** `01-why-async/two-sleeps.ts`: the key of the example's draft in the progress store. */
  id: string;
  filename: string;
  source: string;
  editable: boolean;
  timeline: boolean;
}

export interface ExercisePayload {
  kind: "exercise";
  slug: string;
  title: string;
  filename: string;
  starter: string;
  /** The reference solution; absent when the page does not offer it (an assignment with solutions off). */
  solution?: string;
  /** Rendered HTML, revealed one at a time. */
  hints: string[];
  /** The page turned the hints off: Check grades with a definition that holds none either. */
  withoutHints?: true;
  run: RunSettings;
  /** The slug of the lesson that shows the exercise (where a shared link to it opens). */
  lesson: string;
  /** Each variant's name in the page's language, by its id (the grader reports ids). */
  variants: Record<string, string>;
}

export interface PredictPayload {
  kind: "predict";
  slug: string;
  title: string;
  filename: string;
  /** The program whose output the learner predicts. */
  program: string;
  /** The lines the learner starts from (in a shuffled order). */
  starter: Prediction;
  /** True when the learner also writes each line's virtual time. */
  withTimes: boolean;
  /** Rendered HTML, revealed one at a time. */
  hints: string[];
  /** The page turned the hints off: Check grades with a definition that holds none either. */
  withoutHints?: true;
  run: RunSettings;
  /** Each variant's name in the page's language, by its id (the grader reports ids). */
  variants: Record<string, string>;
}

export type PlaygroundPayload = ExamplePayload | ExercisePayload | PredictPayload;
