#!/usr/bin/env bash
# Installs the external checkers that broadsheet-test-support drives (see README.md beside this file):
#   node_modules/  amphtml-validator (CLI) and axe-core, exactly as package-lock.json pins them;
#   vendor/validator_wasm.js  the AMP validator engine, taken from the next@15.5.4 package and
#                             checked against a pinned sha256 (the CLI would otherwise fetch it at run time).
# Idempotent: each step is skipped when its result is already in place and up to date.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$here"

NEXT_SPEC="next@15.5.4"
WASM_MEMBER="package/dist/compiled/amphtml-validator/validator_wasm.js"
WASM_SHA256="f1f4629ab36f555f5a9937a5cf00f0ef780bf025883c035d06389b151c896f26"
WASM_OUT="vendor/validator_wasm.js"

log() { printf '[validators] %s\n' "$*"; }
die() { printf '[validators] ERROR: %s\n' "$*" >&2; exit 1; }

command -v node >/dev/null 2>&1 || die "node is not on PATH; install Node.js 18+ (Debian: apt-get install nodejs npm)"
command -v npm >/dev/null 2>&1 || die "npm is not on PATH; install npm (Debian: apt-get install npm)"
command -v sha256sum >/dev/null 2>&1 || die "sha256sum is not on PATH (coreutils)"
command -v tar >/dev/null 2>&1 || die "tar is not on PATH"

# 1. npm packages, from the lock file. The stamp records which package.json + lock file node_modules was built from.
stamp="node_modules/.broadsheet-install.sha256"
want="$(cat package.json package-lock.json | sha256sum | cut -d' ' -f1)"
if [[ -f "$stamp" && "$(cat "$stamp")" == "$want" && -f node_modules/amphtml-validator/cli.js \
      && -f node_modules/axe-core/axe.min.js ]]; then
  log "node_modules is up to date with package-lock.json"
else
  log "npm ci --ignore-scripts (node $(node --version), npm $(npm --version))"
  npm ci --ignore-scripts --no-audit --no-fund --loglevel=warn
  printf '%s\n' "$want" > "$stamp"
fi

# 2. The validator engine: one file out of the next package's tarball, verified before it is put in place.
if [[ -f "$WASM_OUT" ]] && echo "$WASM_SHA256  $WASM_OUT" | sha256sum --check --status; then
  log "$WASM_OUT is present (sha256 ok)"
else
  log "fetching $WASM_OUT from $NEXT_SPEC (npm pack)"
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  tarball="$(cd "$tmp" && npm pack "$NEXT_SPEC" --ignore-scripts --silent | tail -n 1)"
  [[ -f "$tmp/$tarball" ]] || die "npm pack $NEXT_SPEC did not produce a tarball"
  tar -xzf "$tmp/$tarball" -C "$tmp" "$WASM_MEMBER"
  echo "$WASM_SHA256  $tmp/$WASM_MEMBER" | sha256sum --check --status \
    || die "sha256 mismatch for $WASM_MEMBER from $NEXT_SPEC (expected $WASM_SHA256)"
  mkdir -p vendor
  mv "$tmp/$WASM_MEMBER" "$WASM_OUT.tmp"
  mv "$WASM_OUT.tmp" "$WASM_OUT"
  log "installed $WASM_OUT (sha256 $WASM_SHA256)"
fi

log "ready: amphtml-validator $(node -p "require('./node_modules/amphtml-validator/package.json').version"), axe-core $(node -p "require('./node_modules/axe-core/package.json').version")"
