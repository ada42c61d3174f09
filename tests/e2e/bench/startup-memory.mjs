// Cold start to first interactive paint, and resident memory at idle, of Tandem versus a minimal
// Tauri window built the same way — alternated in one run so machine noise hits both alike.
// Usage (under Xvfb): node bench/startup-memory.mjs <tandem-binary> <minimal-binary> <workspace-dir> [runs]
import { readFileSync } from "node:fs";
import { spawn } from "node:child_process";
import { remote } from "webdriverio";
import { descendants, killAll } from "../lib/tandem.mjs";

const [tandemBinary, minimalBinary, workspace, runsArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 5);
let port = 47_900 + (process.pid % 50) * 2;

/** Resident memory (MiB) of every process below `pid`, not counting `pid` itself. */
function treeRss(pid) {
  let kib = 0;
  for (const p of descendants(pid)) {
    try {
      const match = readFileSync(`/proc/${p}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (match) kib += Number(match[1]);
    } catch {
      // the process ended while we looked
    }
  }
  return kib / 1024;
}

async function measure(binary, marker, env) {
  const myPort = port++;
  const driver = spawn("WebKitWebDriver", [`--port=${myPort}`], { env: { ...process.env, ...env, TAURI_WEBVIEW_AUTOMATION: "true" }, stdio: "ignore" });
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${myPort}/status`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  const started = performance.now();
  const browser = await remote({
    hostname: "127.0.0.1",
    port: myPort,
    logLevel: "error",
    capabilities: { "webkitgtk:browserOptions": { binary, args: [] }, "wdio:enforceWebDriverClassic": true },
  });
  await browser.waitUntil(() => browser.execute((css) => document.querySelector(css) !== null, marker), { timeout: 30_000, interval: 10 });
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  const startMs = performance.now() - started;
  await new Promise((r) => setTimeout(r, 3_000));
  const rssMiB = treeRss(driver.pid);
  const app = descendants(driver.pid);
  await browser.deleteSession().catch(() => {});
  driver.kill("SIGTERM");
  await new Promise((r) => (driver.exitCode !== null ? r() : driver.once("exit", r)));
  // The next launch must not find this one still holding the workspace.
  killAll(app);
  return { startMs, rssMiB };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const results = { tandem: [], minimal: [] };
for (let i = 0; i < runs; i++) {
  results.minimal.push(await measure(minimalBinary, "#ready", {}));
  results.tandem.push(await measure(tandemBinary, '[data-testid="contact-row"]', { TANDEM_DATA_DIR: workspace }));
}
const summary = Object.fromEntries(
  Object.entries(results).map(([name, rs]) => [name, { startMs: median(rs.map((r) => r.startMs)), rssMiB: median(rs.map((r) => r.rssMiB)) }]),
);
console.log(`runs: ${runs} each, alternated; medians`);
console.log(`minimal window: first paint ${summary.minimal.startMs.toFixed(0)} ms, idle RSS of all processes ${summary.minimal.rssMiB.toFixed(0)} MiB`);
console.log(`Tandem (2,000-contact sample, contact rows painted): ${summary.tandem.startMs.toFixed(0)} ms, ${summary.tandem.rssMiB.toFixed(0)} MiB`);
console.log(`ratio: start ${(summary.tandem.startMs / summary.minimal.startMs).toFixed(2)}×, memory ${(summary.tandem.rssMiB / summary.minimal.rssMiB).toFixed(2)}×`);
