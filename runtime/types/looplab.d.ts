/** `import { world } from "looplab"`: the exercise's parameters for this run (its variant). */
declare module "looplab" {
  export const world: Readonly<Record<string, unknown>>;
}
