/**
 * The grader's public API: the check library and `defineExercise` for exercise authors, and
 * `gradeSubmission` for the CLI and the browser worker. Nothing here uses Node-only APIs.
 */

export { Check } from "./check.ts";
export { checks, checksFor, type CheckLibrary } from "./checks/library.ts";
export { code, type CodeRule } from "./code-rules.ts";
export {
  defineExercise,
  EXERCISE_KINDS,
  variantsOf,
  type ExerciseDefinition,
  type ExerciseKind,
  type LoadedExercise,
  type WrongSubmission,
} from "./exercise.ts";
export {
  defineTranslation,
  type CheckTranslation,
  type ExerciseTranslation,
  type VariantTranslation,
} from "./translation.ts";
export { gradeSubmission, type GradeOptions, type Graded } from "./grade.ts";
export { localizeExercise, type ExerciseText } from "./localize.ts";
export { CATALOGS, messagesFor, type GraderMessages } from "./messages/index.ts";
export { jsonProblem, type JsonProblem } from "./messages/json-problem.ts";
export { parsePrediction, type ParsedPrediction } from "./parse-prediction.ts";
export {
  featuredVariant,
  formatReport,
  type CheckResult,
  type GradeResult,
  type ResultStatus,
} from "./results.ts";
export { describeRunError } from "./run-errors.ts";
export { canonicalJson, sha256, traceHash } from "./trace-hash.ts";
export {
  BUNDLE_FORMAT,
  BUNDLE_VERSION,
  createBundle,
  isBundleLike,
  parseBundle,
  type ParsedBundle,
  type SubmissionBundle,
} from "./bundle.ts";
export type {
  Budgets,
  CheckContext,
  CheckDetails,
  CheckOutcome,
  GraderRunOptions,
  IntervalPointer,
  LineMatcher,
  Localized,
  Param,
  ParamContext,
  Prediction,
  PredictedLine,
  Runner,
  TaskSelector,
  TracePointer,
  Variant,
} from "./types.ts";
