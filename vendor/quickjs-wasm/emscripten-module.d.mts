// Written by scripts/quickjs/build.sh: the Emscripten glue's factory (MODULARIZE, EXPORT_ES6).
import type { EmscriptenModuleLoader, QuickJSEmscriptenModule } from "quickjs-emscripten-core";

declare const QuickJSRaw: EmscriptenModuleLoader<QuickJSEmscriptenModule>;
export default QuickJSRaw;
