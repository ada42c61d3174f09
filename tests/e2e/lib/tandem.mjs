// Starts the real Tandem binary under WebKitWebDriver and gives tests a WebdriverIO session.
import { spawn } from "node:child_process";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer } from "node:net";
import { afterEach } from "node:test";
import { fileURLToPath } from "node:url";
import { remote } from "webdriverio";

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, "../../..");
export const appBinary = process.env.TANDEM_APP ?? path.join(repoRoot, "target/debug/tandem");
export const cliBinary = process.env.TANDEM_CLI ?? path.join(repoRoot, "target/debug/tandem-cli");
export const screenshotDir = process.env.E2E_SCREENSHOT_DIR ?? path.join(repoRoot, "target/e2e-screenshots");

/** Every window a spec has open, so a failed test can say what each showed. */
const openWindows = new Set();

// A failure in CI comes back as text only: print what was on screen (heading, dialog, alerts,
// toasts, focus) and keep a screenshot, so the log alone says where the user was stuck.
afterEach(async (t) => {
  if (t.passed) return;
  for (const browser of openWindows) {
    const seen = await browser
      .execute(() => {
        const text = (el) => (el?.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 200);
        const all = (css) => Array.from(document.querySelectorAll(css)).map(text);
        return JSON.stringify({
          heading: text(document.querySelector("main h1")),
          dialog: text(document.querySelector('[role="dialog"], [role="alertdialog"]')).slice(0, 120),
          alerts: all('[role="alert"]'),
          toasts: all('[aria-label="Notifications"] [role="status"]'),
          focus: `${document.activeElement?.tagName} ${text(document.activeElement).slice(0, 60)}`,
        });
      })
      .catch((e) => `unreadable: ${e.message}`);
    console.log(`on screen when "${t.name}" failed: ${seen}`);
    await screenshot(browser, `FAILED ${t.name}`.replace(/[^\w -]/g, "_")).catch(() => {});
  }
});

/** A port the OS says is free right now (another program may still take it: the caller retries). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function freshDataDir(label) {
  return mkdtempSync(path.join(tmpdir(), `tandem-e2e-${label}-`));
}

async function waitForDriver(port, driver) {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited with ${driver.exitCode}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("WebKitWebDriver did not start within 20 s");
}

/**
 * Starts WebKitWebDriver on a free port. Between asking the OS for a port and the driver binding
 * it, something else on the machine can take it; the driver then exits at once, so try another.
 */
async function startDriver(env) {
  let lastError;
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const driver = spawn("WebKitWebDriver", [`--port=${port}`], { env, stdio: ["ignore", "ignore", "pipe"] });
    let log = "";
    driver.stderr.on("data", (d) => (log += d));
    try {
      await waitForDriver(port, driver);
      return { driver, port, driverLog: () => log };
    } catch (error) {
      driver.kill("SIGKILL");
      lastError = new Error(`${error.message} on port ${port}: ${log.trim()}`);
    }
  }
  throw lastError;
}

/** Every process below `pid` (the app and its WebKit helpers, when `pid` is the driver). */
export function descendants(pid) {
  const byParent = new Map();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      byParent.set(ppid, [...(byParent.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out = [];
  const stack = [...(byParent.get(pid) ?? [])];
  while (stack.length) {
    const p = stack.pop();
    out.push(p);
    stack.push(...(byParent.get(p) ?? []));
  }
  return out;
}

/** Ends processes we started (the app and its WebKit helpers), ignoring those already gone. */
export function killAll(pids) {
  for (const pid of pids) {
    try {
      process.kill(pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}

/** Launches Tandem on `dataDir` (with `env` added, e.g. a session bus); returns { browser, close }. */
export async function launchTandem(dataDir, { exportDir, env: extraEnv = {} } = {}) {
  const env = {
    ...process.env,
    ...extraEnv,
    TANDEM_DATA_DIR: dataDir,
    TANDEM_EXPORT_DIR: exportDir ?? path.join(dataDir, "exports"),
    TAURI_WEBVIEW_AUTOMATION: "true",
  };
  const { driver, port, driverLog } = await startDriver(env);
  const browser = await remote({
    hostname: "127.0.0.1",
    port,
    // E2E_WDIO_LOG=info logs every WebDriver command: which element a failed click was.
    logLevel: process.env.E2E_WDIO_LOG ?? "error",
    connectionRetryCount: 0,
    capabilities: {
      "webkitgtk:browserOptions": { binary: appBinary, args: [] },
      "wdio:enforceWebDriverClassic": true,
    },
  });
  await browser.setTimeout({ implicit: 0 });
  openWindows.add(browser);
  const close = async () => {
    openWindows.delete(browser);
    const app = descendants(driver.pid);
    // A wedged session must not hang the suite: give it 10 s, then end everything we started.
    await Promise.race([browser.deleteSession().catch(() => {}), new Promise((r) => setTimeout(r, 10_000))]);
    driver.kill("SIGTERM");
    await new Promise((r) => (driver.exitCode !== null ? r() : driver.once("exit", r)));
    killAll(app);
  };
  return { browser, close, driverLog };
}

/** Waits two animation frames so the screenshot shows what the user sees, then saves it. */
export async function screenshot(browser, name) {
  mkdirSync(screenshotDir, { recursive: true });
  await browser.executeAsync((done) => requestAnimationFrame(() => requestAnimationFrame(() => done())));
  await browser.saveScreenshot(path.join(screenshotDir, `${name}.png`));
}

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Runs axe-core in the page; returns serious and critical violations. */
export async function accessibilityProblems(browser) {
  await browser.execute(axeSource);
  const result = await browser.executeAsync((done) => {
    // eslint-disable-next-line no-undef
    axe
      .run(document, { resultTypes: ["violations"] })
      .then((r) => done(JSON.stringify(r.violations)))
      .catch((e) => done(JSON.stringify([{ id: "axe-error", impact: "critical", description: String(e), nodes: [] }])));
  });
  return JSON.parse(result)
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.description} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

/** Fills the first-run screen and picks a workspace; resolves once the frame is up. */
export async function setUpWorkspace(browser, choice) {
  await (await browser.$("aria/Your name")).waitForDisplayed({ timeout: 20_000 });
  await (await browser.$("aria/Your name")).setValue("Ana García");
  await (await browser.$("aria/Your email")).setValue("ana.garcia@tandem-demo.com");
  await (await browser.$(`aria/${choice === "sample" ? "Open sample workspace" : "Start empty workspace"}`)).click();
  // Tandem opens on Today, its home.
  await (await browser.$("#today-title")).waitForDisplayed({ timeout: 60_000 });
}

/** Opens the Contacts screen once the workspace is up (Tandem starts on Today). */
export async function openContacts(browser, timeout = 30_000) {
  await (await browser.$("#today-title")).waitForDisplayed({ timeout });
  await goTo(browser, "Contacts");
}

/** Goes to a screen with its sidebar button, as a user does. */
export async function goTo(browser, screen) {
  await (await browser.$(`//nav[@aria-label="Main"]//button[contains(., "${screen}")]`)).click();
}

export async function contactCount(browser) {
  const el = await browser.$('[data-testid="contact-count"]');
  await el.waitForDisplayed({ timeout: 10_000 });
  return el.getText();
}

export async function visibleRowTexts(browser) {
  // WebKitWebDriver's element text of a grid row is unreliable; read the cells in the page.
  return browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="contact-row"]')).map((row) =>
      Array.from(row.children)
        .map((cell) => cell.textContent.trim())
        .join(" | "),
    ),
  );
}

/** Waits until `check` returns a truthy value (bounded), returning it. */
export async function eventually(browser, check, message, timeout = 10_000) {
  let last;
  await browser.waitUntil(
    async () => {
      last = await check();
      return last;
    },
    { timeout, interval: 100, timeoutMsg: message },
  );
  return last;
}

/**
 * Clicks `element` once it sits mid-window and nothing on the page is still moving: a dialog
 * popping in or a toast stacking up can shift it under the pointer between locating and clicking.
 */
export async function clickSettled(browser, element) {
  await element.scrollIntoView({ block: "center" });
  // Smooth scrolling is no Web Animation: also wait until the element stays put for three looks.
  let last = "";
  let still = 0;
  await browser.waitUntil(
    async () => {
      const place = await browser.execute((target) => {
        const animating = document.getAnimations().some((a) => a.playState === "running" && a.effect?.getTiming().iterations !== Infinity);
        const box = target.getBoundingClientRect();
        return animating ? "" : `${box.top},${box.left}`;
      }, element);
      still = place !== "" && place === last ? still + 1 : 0;
      last = place;
      return still >= 2;
    },
    { timeout: 5_000, interval: 50, timeoutMsg: "the page never stopped moving" },
  );
  await element.click();
}

/**
 * Types `text` into the list search box labelled `label` and waits until the list answers that
 * whole text: lists answer every keystroke, so rows for "Aarav Des" may still be on screen.
 */
export async function searchList(browser, label, text) {
  const box = await browser.$(`aria/${label}`);
  await box.waitForDisplayed({ timeout: 10_000 });
  await box.setValue(text);
  await browser.waitUntil(
    () =>
      browser.execute((name, typed) => {
        const input = document.querySelector(`input[aria-label="${name}"]`);
        return input?.value === typed && input.closest("[aria-busy]")?.getAttribute("aria-busy") === "false";
      }, label, text),
    { timeout: 15_000, interval: 50, timeoutMsg: `the list never answered "${text}"` },
  );
  return box;
}

/** Empties a text field the way a user does (select all, delete), so React sees the change. */
export async function clearField(browser, field) {
  await field.click();
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
}

/** The text content of the first element matching `css` (WebKitWebDriver omits ellipsized text). */
export async function textOf(browser, css) {
  return browser.execute((selector) => document.querySelector(selector)?.textContent ?? "", css);
}

/** A field of the open form, found by its label (the page may reuse the label elsewhere). */
export async function formField(browser, label) {
  return (await browser.$("form")).$(`aria/${label}`);
}

/**
 * A real pointer drag, as a user does it: press on `from`, move past the drag threshold, move over
 * `to`, release — one pointer action, so both must be on the page before it starts. Both are
 * scrolled into view first; their rectangles are read in the page. `dropDepth` caps how far below
 * the target's top edge the pointer is released.
 */
export async function drag(browser, from, to, { dropDepth = Infinity } = {}) {
  // The target is centred sideways: at a scroller's edge, the board scrolls itself under a held
  // pointer (dnd-kit's auto-scroll), and the drop once landed on the next column.
  for (const [selector, inline] of [[from, "nearest"], [to, "center"]]) {
    await browser.execute((sel, where) => document.querySelector(sel).scrollIntoView({ block: "nearest", inline: where }), selector, inline);
  }
  const rect = (selector) =>
    browser.execute((sel) => {
      const r = document.querySelector(sel).getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    }, selector);
  const source = await rect(from);
  const target = await rect(to);
  const start = { x: Math.round(source.x + source.width / 2), y: Math.round(source.y + Math.min(20, source.height / 2)) };
  const end = { x: Math.round(target.x + target.width / 2), y: Math.round(target.y + Math.min(dropDepth, target.height / 2)) };
  await browser
    .action("pointer", { parameters: { pointerType: "mouse" } })
    .move({ x: start.x, y: start.y })
    .down()
    .move({ x: start.x + 12, y: start.y + 6, duration: 100 })
    .move({ x: end.x, y: end.y, duration: 300 })
    .move({ x: end.x + 4, y: end.y + 4, duration: 100 })
    .up()
    .perform();
}
