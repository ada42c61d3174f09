#!/usr/bin/env bash
# Sets up this machine if needed and runs every check: format, lints, Rust tests, UI tests,
# the bindings-drift check (a Rust test) and the real app end to end under Xvfb.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TERM_COLOR=never CARGO_PROFILE_DEV_DEBUG=0
# One feature set for build, clippy and tests, so tauri is compiled once.
FEATURES=(--features tandem-desktop/custom-protocol)
step() { printf '\n=== %s (%ss)\n' "$1" "$SECONDS"; }

step "setup"
bash scripts/setup.sh

step "UI: typecheck, lint, unit tests, build"
npm --prefix ui run --silent typecheck
npm --prefix ui run --silent lint
npm --prefix ui run --silent test
npm --prefix ui run --silent build

step "Rust: format and clippy"
cargo fmt --all --check
cargo clippy --locked --workspace --all-targets "${FEATURES[@]}" -- -D warnings

step "Rust: tests (incl. TypeScript bindings drift)"
if cargo nextest --version >/dev/null 2>&1; then
  cargo nextest run --locked --workspace "${FEATURES[@]}" --no-fail-fast
else
  cargo test --locked --workspace "${FEATURES[@]}" --no-fail-fast
fi

step "Build the app once for the end-to-end tests"
bash scripts/build-app.sh

step "End to end: the real app under Xvfb through WebDriver"
rm -rf target/e2e-screenshots
xvfb-run -a -s "-screen 0 1280x800x24" npm --prefix tests/e2e test

step "End to end in the dark theme: the main screens again, axe contrast included"
xvfb-run -a -s "-screen 0 1280x800x24" npm --prefix tests/e2e run test:dark

step "done"
