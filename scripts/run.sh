#!/usr/bin/env bash
# Sets up this machine if needed, builds Tandem and starts it (first start offers the sample workspace).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-app.sh
exec ./target/debug/tandem "$@"
