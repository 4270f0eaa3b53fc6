# Looplab's set-up, meant to be sourced so the right Node stays on your PATH:
#
#   . scripts/setup.sh && npm run dev        # the course site at http://localhost:4321/
#   . scripts/setup.sh test && npm test      # every test (also installs Chromium if missing)
#
# It brings Node 24 from the npm registry into ~/.looplab-tools when the machine's Node is older
# than 22.12 (Astro 7 needs it), installs the project's packages, and with `test` installs
# Debian's chromium for the end-to-end tests (unless LOOPLAB_CHROMIUM names another browser). Safe to run again: each step is skipped when done.

looplab_setup() {
  local root tools
  root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
  if ! command -v node >/dev/null 2>&1 ||
    ! node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'; then
    tools="${LOOPLAB_TOOLS:-$HOME/.looplab-tools}/node24"
    if [ ! -x "$tools/node_modules/.bin/node" ]; then
      echo "looplab: installing Node 24 from the npm registry into $tools"
      mkdir -p "$tools" || return 1
      [ -f "$tools/package.json" ] || echo '{"private":true}' >"$tools/package.json"
      (cd "$tools" && npm install --no-audit --no-fund --loglevel=error node@24) || return 1
    fi
    export PATH="$tools/node_modules/.bin:$PATH"
  fi
  echo "looplab: node $(node --version), npm $(npm --version 2>/dev/null)"

  if [ "${1:-}" = "test" ] && [ ! -x "${LOOPLAB_CHROMIUM:-/usr/bin/chromium}" ]; then
    echo "looplab: installing Debian's chromium for the browser tests"
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    DEBIAN_FRONTEND=noninteractive $sudo apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null || return 1
  fi

  if [ ! -d "$root/node_modules" ] || [ "$root/package.json" -nt "$root/node_modules/.package-lock.json" ]; then
    (cd "$root" && npm install --no-audit --no-fund --loglevel=error) || return 1
  fi
}

looplab_setup "$@"
