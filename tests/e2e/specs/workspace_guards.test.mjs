// The workspace stays trustworthy: other processes' writes show up live, a damaged file is
// explained rather than reset, and a second launch focuses the first instead of opening twice.
import assert from "node:assert/strict";
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { accessibilityProblems, appBinary, cliBinary, contactCount, eventually, freshDataDir, launchTandem, openContacts, screenshot, textOf } from "../lib/tandem.mjs";

test("contacts written by the command-line generator appear in the open window without a reload", async () => {
  const dataDir = freshDataDir("live");
  execFileSync(cliBinary, ["--data-dir", dataDir, "generate", "--contacts", "120", "--companies", "10"]);
  const app = await launchTandem(dataDir);
  try {
    const { browser } = app;
    await openContacts(browser);
    await eventually(browser, async () => (await contactCount(browser).catch(() => "")) === "120 contacts", "the generated workspace did not open", 20_000);
    execFileSync(cliBinary, ["--data-dir", dataDir, "generate", "--contacts", "30", "--companies", "10", "--seed", "7"]);
    await eventually(browser, async () => (await contactCount(browser)) === "150 contacts", "contacts written by another process never appeared");
    await screenshot(browser, "20-live-external-changes");
  } finally {
    await app.close();
  }
});

test("a damaged database is explained, recovered from a backup, and the damaged file kept", async () => {
  const dataDir = freshDataDir("corrupt");
  const dbPath = path.join(dataDir, "tandem.db");
  execFileSync(cliBinary, ["--data-dir", dataDir, "generate", "--contacts", "40", "--companies", "5"]);
  // A backup of the 40-contact workspace, newest of all (the CLI has closed the database, so the
  // file is complete): what "Back up now" would have written.
  const stamp = new Date().toISOString().replace(/[-:]/g, "").replace(/\.(\d{3})Z$/, "$1Z");
  mkdirSync(path.join(dataDir, "backups"), { recursive: true });
  copyFileSync(dbPath, path.join(dataDir, "backups", `tandem-${stamp}-manual.db`));
  const garbage = "SQLite format 2\u0000 this file was damaged by a disk error ".repeat(40);
  for (const side of ["-wal", "-shm"]) rmSync(dbPath + side, { force: true });
  writeFileSync(dbPath, garbage);
  const app = await launchTandem(dataDir);
  try {
    const { browser } = app;
    const heading = await browser.$("h1=Tandem can’t open your workspace");
    await heading.waitForDisplayed({ timeout: 20_000 });
    const message = await textOf(browser, '[role="alert"]');
    assert.match(message, /damaged/);
    assert.ok(message.includes(dbPath), "the message names the file");
    const restore = await browser.$("button=Restore");
    await restore.waitForDisplayed({ timeout: 5_000 });
    await screenshot(browser, "21-damaged-database");
    assert.deepEqual(await accessibilityProblems(browser), []);
    await restore.click();
    await openContacts(browser);
    await eventually(browser, async () => (await contactCount(browser).catch(() => "")) === "40 contacts", "the backup's contacts did not come back", 15_000);
  } finally {
    await app.close();
  }
  const kept = readdirSync(dataDir).filter((name) => name.startsWith("tandem.db.damaged-") && !name.endsWith("-wal") && !name.endsWith("-shm"));
  assert.equal(kept.length, 1, "the damaged file is kept beside the workspace");
  assert.equal(readFileSync(path.join(dataDir, kept[0]), "utf8"), garbage, "the damaged file must not be changed");
});

test("a second launch on the same data folder hands over to the running window and exits", async () => {
  const dataDir = freshDataDir("single");
  const app = await launchTandem(dataDir);
  try {
    await (await app.browser.$("aria/Open sample workspace")).waitForDisplayed({ timeout: 20_000 });
    const second = spawn(appBinary, [], { env: { ...process.env, TANDEM_DATA_DIR: dataDir }, stdio: "ignore" });
    const code = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        second.kill("SIGKILL");
        reject(new Error("the second launch kept running instead of handing over"));
      }, 15_000);
      second.once("exit", (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    assert.equal(code, 0);
    // The first instance is still alive and usable.
    assert.ok(await (await app.browser.$("aria/Open sample workspace")).isDisplayed());
  } finally {
    await app.close();
  }
});
