/// <reference types="astro/client" />

interface ImportMetaEnv {
  /** The course version (`package.json` `version`), set in `astro.config.mjs`. */
  readonly PUBLIC_COURSE_VERSION: string;
}

declare module "virtual:looplab-prelude" {
  /** The guest runtime, bundled into one script (`runtime/build/vite-plugin.ts`). */
  const prelude: string;
  export default prelude;
}

declare module "virtual:looplab-precompiled" {
  /** The course's programs compiled at build time, by key (`runtime/build/vite-plugin.ts`). */
  const index: import("../runtime/host/precompiled.ts").PrecompiledIndex;
  export default index;
}

declare module "*.astro" {
  /** An Astro component; `tsc` sees only its default export (Astro's compiler checks the rest). */
  const component: (props: Record<string, unknown>) => unknown;
  export default component;
}
