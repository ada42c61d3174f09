#!/usr/bin/env bash
# Whole-app benchmarks (not part of CI): release builds, then search latency vs bare FTS5, the
# Today view and reminder scheduler, sync (apply, server ingest, bootstrap, edit-to-visible),
# generation time, cold start and memory vs a minimal Tauri window, binary and .deb size.
# Figures are written up in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
npm --prefix ui run build --silent
FEATURES=tandem-desktop/custom-protocol,minimal-window/custom-protocol
cargo build --release --locked -p tandem-desktop -p tandem-cli -p minimal-window --features "$FEATURES"
mkdir -p target/bench-data

echo "== generation: 100,000 contacts at 300 companies (release, fresh workspace)"
rm -rf target/bench-data/generate-100k
/usr/bin/time -f "wall %e s, peak RSS %M KiB" target/release/tandem-cli --data-dir target/bench-data/generate-100k generate --contacts 100000 | tail -1

echo "== contact search at 100,000 contacts: app vs bare FTS5 (criterion)"
cargo bench --locked -p tandem-app --bench contact_search -- --noplot 2>&1 | grep -v "^Benchmarking\|^$\|Warning\|Collecting\|Analyzing\|Gnuplot" || true

echo "== CRM at 100,000 contacts: import vs sqlite3 .import, search everywhere vs bare FTS5, duplicate scan"
cargo bench --locked -p tandem-app --bench crm 2>&1 | grep -v "^\s*Compiling\|Finished\|Running" || true

echo "== follow-ups at 50,000 tasks: Today view vs its bare SQL, scheduler idle wake-ups, reminder latency"
cargo bench --locked -p tandem-app --bench tasks 2>&1 | grep -v "^\s*Compiling\|Finished\|Running" || true

echo "== content library: import of 1,000 mixed files vs a plain copy, search at 5,000 items vs bare FTS5"
cargo bench --locked -p tandem-app --bench library 2>&1 | grep -v "^\s*Compiling\|Finished\|Running" || true

echo "== quote totals for a 200-line quote vs summing its bases"
cargo bench --locked -p tandem-domain --bench quote_totals 2>&1 | grep -E "^[a-z].*time:|^\S" | grep -v "Compiling\|Finished\|Running\|Benchmarking\|Warning\|Collecting\|Analyzing" || true

echo "== sync: applying 100,000 received changes, server ingest (SQLite, PostgreSQL), a new device's first pass at 100,000 contacts, edit-to-visible latency"
cargo bench --locked -p tandem-sync-client --bench sync 2>&1 | grep -v "^\s*Compiling\|Finished\|Running" || true

echo "== a 10-page proposal PDF: Typst in the app vs headless Chromium printing the same HTML"
command -v chromium >/dev/null || { SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"; $SUDO apt-get install -y -qq --no-install-recommends chromium >/dev/null; }
cargo bench --locked -p tandem-typeset --bench proposal_pdf 2>&1 | grep -v "^\s*Compiling\|Finished\|Running\|Benchmarking\|Warning\|Collecting\|Analyzing" || true

echo "== keystroke to painted results in the contact search box at 100,000 contacts (release app)"
[ -f target/bench-data/paint-100k/tandem.db ] || target/release/tandem-cli --data-dir target/bench-data/paint-100k generate --contacts 100000 --companies 20000 --deals 30000 >/dev/null
TANDEM_APP="$PWD/target/release/tandem" xvfb-run -a -s "-screen 0 1280x800x24" node tests/e2e/bench/search-paint.mjs "$PWD/target/bench-data/paint-100k" 3

echo "== cold start to first interactive paint, idle memory: Tandem vs minimal window"
[ -f target/bench-data/sample-2000/tandem.db ] || target/release/tandem-cli --data-dir target/bench-data/sample-2000 generate --contacts 2000 >/dev/null
xvfb-run -a -s "-screen 0 1280x800x24" node tests/e2e/bench/startup-memory.mjs \
  "$PWD/target/release/tandem" "$PWD/target/release/minimal-window" "$PWD/target/bench-data/sample-2000" "${RUNS:-5}"

echo "== sizes"
ls -l target/release/tandem target/release/minimal-window | awk '{printf "%s %.1f MiB\n", $9, $5/1048576}'
if [ "${SKIP_DEB:-0}" != 1 ]; then
  ./ui/node_modules/.bin/tauri build --bundles deb --features tandem-desktop/custom-protocol >/dev/null
  ls -l target/release/bundle/deb/*.deb | awk '{printf "%s %.1f MiB\n", $9, $5/1048576}'
fi
