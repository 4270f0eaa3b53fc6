/**
 * A Vite plugin that serves the guest prelude as `virtual:looplab-prelude` (a default-exported
 * string), built by the same function the CLI uses.
 */
import { GUEST_ENTRY, buildPrelude } from "./prelude.ts";
import { dirname } from "node:path";

const ID = "virtual:looplab-prelude";
const RESOLVED = "\0" + ID;

export function looplabPrelude() {
  return {
    name: "looplab-prelude",
    resolveId(id: string) {
      return id === ID ? RESOLVED : undefined;
    },
    async load(this: { addWatchFile(file: string): void }, id: string) {
      if (id !== RESOLVED) return undefined;
      this.addWatchFile(dirname(GUEST_ENTRY));
      return `export default ${JSON.stringify(await buildPrelude())};`;
    },
  };
}
