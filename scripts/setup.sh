#!/usr/bin/env bash
# Installs everything Tandem needs on a fresh Debian 12 machine: system packages, npm packages, crates.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup-system.sh
command -v cargo >/dev/null || { echo "Rust is required: install it with rustup (https://rustup.rs)"; exit 1; }
[ -d ui/node_modules ] && [ ui/node_modules/.package-lock.json -nt ui/package-lock.json ] || npm ci --prefix ui --no-audit --no-fund
[ -d tests/e2e/node_modules ] && [ tests/e2e/node_modules/.package-lock.json -nt tests/e2e/package-lock.json ] || npm ci --prefix tests/e2e --no-audit --no-fund
cargo fetch --locked
