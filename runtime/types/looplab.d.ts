/** `import { world } from "looplab"`: the exercise's parameters for this run (its variant). */
declare module "looplab" {
  /** The exercise's parameters for this run, e.g. `world.http.latency` (Python: `from looplab import world`). */
  export const world: Readonly<Record<string, unknown>>;
}
