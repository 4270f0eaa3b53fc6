/**
 * The components lesson authors use in MDX:
 *
 * ```mdx
 * import { Example, Exercise, Predict } from "../../src/user-components/index.ts";
 * <Example src="01-why-async/two-sleeps.ts" />
 * <Exercise slug="two-delays" />
 * <Predict slug="predict-gather" />
 * ```
 */
export { default as Example } from "./Example.astro";
export { default as Exercise } from "./Exercise.astro";
export { default as Predict } from "./Predict.astro";
