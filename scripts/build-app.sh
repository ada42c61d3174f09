#!/usr/bin/env bash
# Builds the UI and then the desktop app and CLI that embed it (debug profile, reused by every test).
set -euo pipefail
cd "$(dirname "$0")/.."
npm --prefix ui run build --silent
cargo build --locked -p tandem-desktop -p tandem-cli -p tandem-server --features tandem-desktop/custom-protocol
