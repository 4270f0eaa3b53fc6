#!/usr/bin/env bash
# Builds the QuickJS wasm module Looplab runs learner programs in (vendor/quickjs-wasm/), from
# quickjs-emscripten's published source, with Debian's Emscripten (`apt-get install -y emscripten`).
#
#   scripts/quickjs/build.sh [SOURCE_GIT_DIR [QUICKJS_GIT_DIR]]
#
# SOURCE_GIT_DIR is a clone (or bare mirror) of https://github.com/justjake/quickjs-emscripten; without
# it (or given as "") the pinned tag is cloned. Either way the tag must resolve to the pinned commit.
# QUICKJS_GIT_DIR is a clone (or bare mirror) of https://github.com/bellard/quickjs, the QuickJS
# engine; without it the pinned commit is fetched. Either way it must hold the pinned commit.
#
# The QuickJS engine is upstream's at QUICKJS_COMMIT, in place of the one quickjs-emscripten v0.32.0
# vendors (upstream commit f1139494, 2025-12-22, though its VERSION file says 2025-09-13: upstream
# had not bumped it); quickjs-emscripten's C interface (c/interface.c), templates and patches stay
# those of the tag, so its npm package's FFI bindings still fit. The newer engine brings upstream's
# small-block allocator (its JS objects, strings and shapes come from arenas of equal-sized blocks
# instead of one system malloc() each) and fixes for buffer overflows and use-after-frees. Its
# public header changed only inside inline functions (the reference count now sits just before the
# object), which interface.c reaches through quickjs.h's own JS_FreeValue/JS_DupValue; it has the
# same units (no new .c file). Set QUICKJS_COMMIT=vendored to build the tag's own QuickJS instead.
#
# The build follows upstream's packages/variant-quickjs-wasmfile-release-sync/Makefile (the npm
# package @jitl/quickjs-wasmfile-release-sync, whose FFI bindings Looplab keeps using) with these
# differences:
#   - Optimised for speed instead of size: OPT_FLAGS (default -O2) instead of -Oz -flto. -O3, and
#     -flto at -O2 or -O3, were measured no faster than -O2 (bench/quickjs-build.ts, within the
#     noise; with the pinned QuickJS too) and are 10-20 KB larger gzipped. No Closure pass on the JavaScript glue (--closure 1
#     needs a Closure Compiler Debian's Emscripten does not ship; Emscripten minifies it itself).
#   - Emscripten 3.1.6 (Debian) instead of emsdk 5.0.1: TOTAL_STACK is 3.1.6's name for
#     STACK_SIZE; MIN_NODE_VERSION does not exist in 3.1.6 (nothing to set); -lccall.js does not
#     exist either (ccall/cwrap are part of 3.1.6's runtime, exported through
#     EXPORTED_RUNTIME_METHODS as upstream does).
#   - One target instead of four: ES module glue for browsers and workers (ENVIRONMENT=web,worker),
#     which Node runs too, because Looplab compiles the wasm itself and hands it to the glue
#     (instantiateWasm, runtime/host/quickjs-variant.ts): 3.1.6's Node glue needs CommonJS globals
#     an ES module does not have.
#
# Environment: OPT_FLAGS (compile and link optimisation flags), OUT (output folder, default
# vendor/quickjs-wasm), WORK (scratch folder, kept; default a temporary one, removed).
set -euo pipefail

readonly UPSTREAM_URL="https://github.com/justjake/quickjs-emscripten"
readonly UPSTREAM_TAG="v0.32.0"
readonly UPSTREAM_COMMIT="df4efb9ef2cb25c417ecb57986da462d11b244ed"
readonly QUICKJS_URL="https://github.com/bellard/quickjs"
# Upstream's "fixed compilation with clang", 2026-05-21 (VERSION still 2025-09-13).
readonly QUICKJS_PINNED="d73189dd5a582c19c565774bd56fed4e72d33c99"
QUICKJS_COMMIT="${QUICKJS_COMMIT:-$QUICKJS_PINNED}"

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OPT_FLAGS="${OPT_FLAGS:--O2}"
OUT="${OUT:-$ROOT/vendor/quickjs-wasm}"
if [[ -z "${WORK:-}" ]]; then
  WORK="$(mktemp -d)"
  trap 'rm -rf "$WORK"' EXIT
fi
mkdir -p "$WORK"
# Debian's Emscripten keeps its prebuilt system libraries in a root-owned cache, which it must be
# able to lock: a user who cannot write there builds with a private copy.
SYSTEM_CACHE="$(em-config CACHE)"
if [[ -z "${EM_CACHE:-}" && ! -w "$SYSTEM_CACHE" ]]; then
  export EM_CACHE="$WORK/em-cache"
  cp -r "$SYSTEM_CACHE" "$EM_CACHE"
fi
# Emscripten's JavaScript optimiser needs acorn, which Debian installs as node-acorn.
export NODE_PATH="${NODE_PATH:+$NODE_PATH:}/usr/share/nodejs"

emcc --version | sed -n 1p

# 1. The source, at the pinned commit.
GIT_DIR_SRC="${1:-}"
if [[ -z "$GIT_DIR_SRC" ]]; then
  GIT_DIR_SRC="$WORK/upstream.git"
  git clone --quiet --bare --depth 1 --branch "$UPSTREAM_TAG" "$UPSTREAM_URL" "$GIT_DIR_SRC"
fi
commit="$(git --git-dir="$(git -C "$GIT_DIR_SRC" rev-parse --absolute-git-dir)" rev-parse "$UPSTREAM_TAG^{commit}")"
if [[ "$commit" != "$UPSTREAM_COMMIT" ]]; then
  echo "$UPSTREAM_TAG is $commit in $GIT_DIR_SRC, expected $UPSTREAM_COMMIT" >&2
  exit 1
fi
SRC="$WORK/src"
rm -rf "$SRC" && mkdir -p "$SRC"
git -C "$GIT_DIR_SRC" archive "$UPSTREAM_COMMIT" | tar -x -C "$SRC"

# 2. The QuickJS engine, at the pinned commit, in place of the tag's vendored copy.
if [[ "$QUICKJS_COMMIT" != vendored ]]; then
  QUICKJS_GIT_DIR="${2:-}"
  if [[ -z "$QUICKJS_GIT_DIR" ]]; then
    QUICKJS_GIT_DIR="$WORK/quickjs.git"
    git init --quiet --bare "$QUICKJS_GIT_DIR"
    git --git-dir="$QUICKJS_GIT_DIR" fetch --quiet --depth 1 "$QUICKJS_URL" "$QUICKJS_COMMIT"
  fi
  QUICKJS_GIT_DIR="$(git -C "$QUICKJS_GIT_DIR" rev-parse --absolute-git-dir)"
  commit="$(git --git-dir="$QUICKJS_GIT_DIR" rev-parse --verify --quiet "$QUICKJS_COMMIT^{commit}" || true)"
  if [[ "$commit" != "$QUICKJS_COMMIT" ]]; then
    echo "$QUICKJS_GIT_DIR does not hold QuickJS commit $QUICKJS_COMMIT" >&2
    exit 1
  fi
  rm -rf "$SRC/vendor/quickjs" && mkdir -p "$SRC/vendor/quickjs"
  git --git-dir="$QUICKJS_GIT_DIR" archive "$QUICKJS_COMMIT" | tar -x -C "$SRC/vendor/quickjs"
fi

# 3. quickjs-emscripten's patches (`yarn vendor:quickjs:patch`): each must either apply or be
# applied already (the tag's vendored QuickJS has them all). Its only one, 0166-webkit-wasm.patch
# (wasm builds emit push_i32 instead of the short push_i8/push_i16 opcodes, working around a
# WebKit wasm bug, quickjs-emscripten issue 166), is not upstream and applies to the pinned commit
# at an offset.
for patch in "$SRC"/vendor/quickjs-patches/*.patch; do
  if git -C "$SRC" apply --check --reverse "$patch" 2>/dev/null; then
    echo "already applied: $(basename "$patch")"
  elif git -C "$SRC" apply --check "$patch"; then
    git -C "$SRC" apply "$patch"
    echo "applied: $(basename "$patch")"
  else
    echo "$(basename "$patch") does not apply to QuickJS $QUICKJS_COMMIT" >&2
    exit 1
  fi
done

# 4. The exported functions: every QTS_ function of c/interface.c, as upstream's
# `scripts/generate.ts symbols` lists them (same declaration pattern; DebugOnly and AsyncifyOnly
# functions left out, as in a release sync build), plus malloc and free.
mapfile -t functions < <(grep -P '^([\w()* ]+[\s*]+)(QTS_\w+)(\((.*?)\)) ?\{$' "$SRC/c/interface.c" |
  grep -v -e 'DebugOnly(' -e 'AsyncifyOnly(' | grep -oP 'QTS_\w+(?=\()')
symbols="$(printf '"_%s",' "${functions[@]}")\"_malloc\",\"_free\""
echo "[$symbols]" >"$WORK/symbols.json"
# Looplab keeps the npm package's FFI bindings: each function they wrap must be exported.
FFI="$ROOT/node_modules/@jitl/quickjs-wasmfile-release-sync/dist/ffi.mjs"
if [[ -f "$FFI" ]]; then
  for name in $(grep -oP 'cwrap\("\K\w+' "$FFI"); do
    [[ " ${functions[*]} " == *" $name "* ]] || { echo "the FFI wraps $name, which is not exported" >&2; exit 1; }
  done
fi

# 5. Compile and link, with upstream's flags (see the differences above).
CFLAGS_WASM=(
  -s MODULARIZE=1 -s IMPORTED_MEMORY=1 -s EXPORT_NAME=QuickJSRaw -s INVOKE_RUN=0
  -s ALLOW_MEMORY_GROWTH=1 -s ALLOW_TABLE_GROWTH=1 -s TOTAL_STACK=5242880 -s SUPPORT_ERRNO=0
  -s IGNORE_MISSING_MAIN=0 --no-entry -s AUTO_JS_LIBRARIES=0 -s AUTO_NATIVE_LIBRARIES=0
  -s AUTO_ARCHIVE_INDEXES=0 -s DEFAULT_TO_CXX=0 -s ALLOW_UNIMPLEMENTED_SYSCALLS=0
  -s NODEJS_CATCH_EXIT=0 -s EXPORT_ES6=1
  -s "EXPORTED_RUNTIME_METHODS=@$SRC/exportedRuntimeMethods.json"
  -s FILESYSTEM=0
  --pre-js "$SRC/templates/pre-extension.js" --pre-js "$SRC/templates/pre-wasmMemory.js"
  -Wno-unused-command-line-argument
  # assert() messages name their source file: the same path wherever the source was unpacked, so
  # that every build of the pinned source gives the same bytes.
  "-ffile-prefix-map=$SRC/="
)
read -r -a OPT <<<"$OPT_FLAGS"
# CONFIG_VERSION only reaches JS_DumpMemoryUsage's heading: upstream's VERSION, and the commit,
# since upstream's VERSION names its last release, not the commit built.
QUICKJS_VERSION="$(cat "$SRC/vendor/quickjs/VERSION")"
[[ "$QUICKJS_COMMIT" == vendored ]] || QUICKJS_VERSION="$QUICKJS_VERSION+${QUICKJS_COMMIT:0:7}"
QUICKJS_DEFINES=(-D_GNU_SOURCE "-DCONFIG_VERSION=\"$QUICKJS_VERSION\"" -DCONFIG_STACK_CHECK)
BUILD="$WORK/build"
mkdir -p "$BUILD"
objects=()
for unit in quickjs dtoa libregexp libunicode cutils quickjs-libc; do
  emcc "${CFLAGS_WASM[@]}" "${OPT[@]}" "${QUICKJS_DEFINES[@]}" -c -o "$BUILD/$unit.o" "$SRC/vendor/quickjs/$unit.c"
  objects+=("$BUILD/$unit.o")
done
emcc "${CFLAGS_WASM[@]}" "${OPT[@]}" -Wcast-function-type -c -o "$BUILD/interface.o" "$SRC/c/interface.c"

emcc "${CFLAGS_WASM[@]}" "${OPT[@]}" -s ENVIRONMENT=web,worker -s "EXPORTED_FUNCTIONS=@$WORK/symbols.json" \
  -o "$BUILD/emscripten-module.mjs" "$BUILD/interface.o" "${objects[@]}"

# 6. The output: the glue, its types, the wasm, the licences (quickjs-emscripten's and QuickJS's).
mkdir -p "$OUT"
cp "$BUILD/emscripten-module.mjs" "$BUILD/emscripten-module.wasm" "$OUT/"
cp "$SRC/LICENSE" "$OUT/LICENSE"
cp "$SRC/vendor/quickjs/LICENSE" "$OUT/LICENSE-quickjs"
cat >"$OUT/emscripten-module.d.mts" <<'EOF'
// Written by scripts/quickjs/build.sh: the Emscripten glue's factory (MODULARIZE, EXPORT_ES6).
import type { EmscriptenModuleLoader, QuickJSEmscriptenModule } from "quickjs-emscripten-core";

declare const QuickJSRaw: EmscriptenModuleLoader<QuickJSEmscriptenModule>;
export default QuickJSRaw;
EOF
echo "built $OUT with $OPT_FLAGS: $(wc -c <"$OUT/emscripten-module.wasm") bytes of wasm, $(gzip -9c "$OUT/emscripten-module.wasm" | wc -c) gzipped"
