# Shared set-up for the project's commands: source it, then call nzc_bootstrap.
# Brings Node 24 and pnpm 12.4.2 into .tools/ when the machine lacks them, and installs the
# workspace's dependencies from the committed lockfile. Nothing is installed globally.

NZC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
NZC_NODE_VERSION=24.22.3
NZC_PNPM_VERSION=12.4.2

nzc_log() { printf '\033[2m[nzc] %s\033[0m\n' "$*" >&2; }

nzc_node_arch() {
  case "$(uname -m)" in
    x86_64 | amd64) echo x64 ;;
    aarch64 | arm64) echo arm64 ;;
    *) echo "unsupported-$(uname -m)" ;;
  esac
}

# Node >= 22 and the pinned pnpm, from .tools/ when the machine's own are missing or older.
nzc_toolchain() {
  local tools="$NZC_ROOT/.tools" arch
  arch="$(nzc_node_arch)"
  export PATH="$tools/node_modules/.bin:$tools/node_modules/node-linux-$arch/bin:$PATH"
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 22 ] || [ "$(pnpm --version 2>/dev/null)" != "$NZC_PNPM_VERSION" ]; then
    command -v npm >/dev/null || { echo "npm is needed to bootstrap Node $NZC_NODE_VERSION" >&2; return 1; }
    nzc_log "installing Node $NZC_NODE_VERSION and pnpm $NZC_PNPM_VERSION into .tools/"
    mkdir -p "$tools"
    npm install --prefix "$tools" --no-audit --no-fund --loglevel=error -E \
      "node-linux-$arch@$NZC_NODE_VERSION" "pnpm@$NZC_PNPM_VERSION" >&2 || return 1
    hash -r
  fi
}

# Workspace dependencies, frozen to the lockfile; skipped when nothing changed since the last install.
nzc_dependencies() {
  local stamp="$NZC_ROOT/node_modules/.nzc-lock-stamp"
  local wanted
  wanted="$(cat "$NZC_ROOT/pnpm-lock.yaml" "$NZC_ROOT"/package.json "$NZC_ROOT"/packages/*/package.json | sha256sum | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
    nzc_log "installing dependencies (pnpm install --frozen-lockfile)"
    (cd "$NZC_ROOT" && pnpm install --frozen-lockfile --reporter=append-only >&2) || return 1
    echo "$wanted" >"$stamp"
  fi
}

nzc_bootstrap() {
  nzc_toolchain && nzc_dependencies
}

# Installs Debian packages (as root, or through sudo): nzc_apt_install "why" package...
nzc_apt_install() {
  local why="$1"; shift
  if [ "$(id -u)" -ne 0 ] && ! command -v sudo >/dev/null; then
    echo "$why is missing: install Debian's packages ($*)" >&2
    return 1
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo=sudo
  nzc_log "installing Debian's $*"
  $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

# Debian's Chromium for the browser tests and end-to-end checks.
nzc_chromium() {
  export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
  [ -x "$CHROME_PATH" ] && return 0
  nzc_apt_install Chromium chromium || return 1
  [ -x "$CHROME_PATH" ]
}

# Debian's Firefox ESR (driven through WebDriver BiDi) and WebKitGTK (its WebKitWebDriver and
# MiniBrowser, run under Xvfb), the two other engines the browser and end-to-end tests run in.
nzc_other_engines() {
  export FIREFOX_PATH="${FIREFOX_PATH:-/usr/bin/firefox-esr}"
  export WEBKIT_MINIBROWSER="${WEBKIT_MINIBROWSER:-/usr/lib/$(uname -m)-linux-gnu/webkit2gtk-4.1/MiniBrowser}"
  [ -x "$FIREFOX_PATH" ] && [ -x "$WEBKIT_MINIBROWSER" ] && command -v WebKitWebDriver >/dev/null && command -v Xvfb >/dev/null && return 0
  nzc_apt_install "Firefox ESR or WebKitGTK" firefox-esr webkit2gtk-driver xvfb xauth || return 1
  [ -x "$FIREFOX_PATH" ] && [ -x "$WEBKIT_MINIBROWSER" ]
}
