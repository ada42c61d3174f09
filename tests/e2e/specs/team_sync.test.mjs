// Two devices of one team — each with its own data folder, session bus and keychain — syncing
// through a real tandem-server on loopback: a team is created and joined from Settings, an edit
// on one device shows on the other, and edits made while the server is down merge when it is back.
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { startKeychain } from "../lib/keychain.mjs";
import { startSyncServer } from "../lib/sync-server.mjs";
import {
  accessibilityProblems,
  appBinary,
  clearField,
  contactCount,
  eventually,
  formField,
  freshDataDir,
  goTo,
  launchTandem,
  screenshot,
  setUpWorkspace,
  textOf,
  visibleRowTexts,
} from "../lib/tandem.mjs";

const PASSWORD = "correct horse battery";
let server;
const keychains = [];
let ana;
let sam;

before(async () => {
  server = await startSyncServer();
  keychains.push(await startKeychain(), await startKeychain());
  ana = await launchTandem(freshDataDir("sync-ana"), { env: keychains[0].env });
  await setUpWorkspace(ana.browser, "empty");
});

after(async () => {
  await ana?.close();
  await sam?.close();
  for (const keychain of keychains) keychain.stop();
  await server?.stop();
});

const indicatorState = (browser) =>
  browser.execute(() => document.querySelector('[data-testid="sync-indicator"]')?.dataset.state ?? "absent");

async function waitForState(browser, state, message, timeout = 20_000) {
  await eventually(browser, async () => (await indicatorState(browser)) === state, message, timeout);
}

async function openTeamSync(browser) {
  await (await browser.$("aria/Settings")).click();
  const section = await browser.$("#settings-sync");
  await section.waitForDisplayed({ timeout: 10_000 });
  await section.scrollIntoView();
}

async function fill(browser, id, value) {
  const field = await browser.$(`#${id}`);
  await clearField(browser, field);
  await field.addValue(value);
}

async function addContact(browser, first, last) {
  await goTo(browser, "Contacts");
  await (await browser.$("button*=New contact")).click();
  await (await formField(browser, "First name")).addValue(first);
  await (await formField(browser, "Last name")).addValue(last);
  await (await browser.$("button=Save")).click();
}

async function contactNames(browser) {
  await goTo(browser, "Contacts");
  return (await visibleRowTexts(browser)).join("\n");
}

let inviteCode;

test("an admin creates a team from Settings, this device syncs, and she invites a teammate", async () => {
  const { browser } = ana;
  assert.equal(await indicatorState(browser), "absent", "no indicator before signing in");
  await openTeamSync(browser);
  await (await browser.$("#sync-connect-tab-create")).click();
  await fill(browser, "sync-server-url", server.url);
  await fill(browser, "sync-workspace-name", "Acme sales");
  await fill(browser, "sync-display-name", "Ana García");
  await fill(browser, "sync-email", "ana@acme.test");
  await fill(browser, "sync-password", PASSWORD);
  await fill(browser, "sync-password-confirm", PASSWORD);
  await fill(browser, "sync-device-name", "Ana's laptop");
  await (await browser.$("button=Create team")).click();
  await waitForState(browser, "synced", "the new team did not sync");
  // The account is kept in this device's keychain, not in a file: the section shows it signed in.
  await eventually(browser, async () => (await (await browser.$("#settings-sync")).getText()).includes("Acme sales"), "the team is not shown");

  const invite = await browser.$('[data-testid="sync-invite-form"]');
  await (await invite.$("#sync-invite-email")).addValue("sam@acme.test");
  await (await invite.$("#sync-invite-role")).selectByAttribute("value", "seller");
  await (await invite.$("button*=Create invite code")).click();
  const code = await browser.$('[data-testid="invite-code"]');
  await code.waitForDisplayed({ timeout: 10_000 });
  inviteCode = (await code.getText()).trim();
  assert.match(inviteCode, /^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

  // An invite to the wrong address is listed as waiting, then withdrawn; Sam's stays.
  const form = await browser.$('[data-testid="sync-invite-form"]');
  await (await form.$("#sync-invite-email")).addValue("kim@acme.test");
  await (await form.$("button*=Create invite code")).click();
  const waiting = async () => (await textOf(browser, '[aria-label="Invites waiting"]')) ?? "";
  await eventually(
    browser,
    async () => {
      const shown = await waiting();
      return shown.includes("sam@acme.test") && shown.includes("kim@acme.test");
    },
    "both invites are not listed as waiting",
  );
  await (await browser.$('[aria-label="Invites waiting"]')).scrollIntoView({ block: "center" });
  await screenshot(browser, "60-team-sync-admin");
  // Checked before withdrawing: the toast that follows fades in, and axe reads a fading toast's
  // text as too faint.
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await browser.$('button[aria-label="Withdraw the invite for kim@acme.test"]')).click();
  await (await browser.$("button=Withdraw invite")).click();
  await eventually(browser, async () => !(await waiting()).includes("kim@acme.test"), "the withdrawn invite is still listed");
  assert.match(await waiting(), /sam@acme\.test/);
});

/** Tandem processes (not their web processes, which inherit the environment) started on a folder in `root`. */
function tandemsUnder(root) {
  const found = [];
  for (const pid of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      if (realpathSync(`/proc/${pid}/exe`) !== realpathSync(appBinary)) continue;
      const env = readFileSync(`/proc/${pid}/environ`, "utf8").split("\0");
      if (env.some((entry) => entry.startsWith(`TANDEM_DATA_DIR=${root}/`))) found.push(Number(pid));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

function stop(pid) {
  try {
    process.kill(pid, "SIGTERM");
  } catch {
    // already gone
  }
}

test("a teammate with records of his own joins, keeping them aside, and gets only the team's records", async () => {
  await addContact(ana.browser, "Grace", "Hopper");
  const samDir = freshDataDir("sync-sam");
  sam = await launchTandem(samDir, { env: keychains[1].env });
  const { browser } = sam;
  // Sam used Tandem on his own before: the sample workspace stands for his book.
  await setUpWorkspace(browser, "sample");
  await goTo(browser, "Contacts");
  const ownBook = await contactCount(browser);
  assert.equal(await textOf(browser, '[data-testid="workspace-name"]'), "Northwind sample workspace");
  await openTeamSync(browser);
  await (await browser.$("#sync-connect-tab-join")).click();
  await fill(browser, "sync-server-url", server.url);
  await fill(browser, "sync-email", "sam@acme.test");
  await fill(browser, "sync-code", inviteCode.toLowerCase());
  await fill(browser, "sync-display-name", "Sam Lee");
  await fill(browser, "sync-password", PASSWORD);
  await fill(browser, "sync-device-name", "Sam's laptop");
  const keepAside = await browser.$('//label[contains(., "Keep them aside as a separate workspace")]//input[@type="radio"]');
  await keepAside.scrollIntoView({ block: "center" });
  await keepAside.click();
  assert.equal(await keepAside.isSelected(), true);
  await screenshot(browser, "61-team-sync-join");
  await (await browser.$("button=Join team")).click();
  await waitForState(browser, "synced", "the teammate's device did not sync");
  await eventually(browser, async () => (await contactNames(browser)).includes("Grace"), "the team's contact did not arrive", 20_000);
  assert.equal(await contactCount(browser), "1 contact", "only the team's records are here");
  await eventually(
    browser,
    async () => (await textOf(browser, '[data-testid="workspace-name"]')) === "Acme sales",
    "the window does not say it shows the team's workspace",
  );

  // His own book is listed, whole, and opens in a window of its own.
  await openTeamSync(browser);
  const kept = await browser.$('[data-testid="kept-aside-workspace"]');
  await kept.waitForDisplayed({ timeout: 10_000 });
  await kept.scrollIntoView({ block: "center" });
  assert.match(await kept.getText(), /Northwind sample workspace/);
  assert.match(await kept.getText(), new RegExp(`${ownBook.replace(/ contacts?$/, "")} contacts · \\d+ compan`));
  await screenshot(browser, "64-team-sync-kept-aside");
  assert.deepEqual(await accessibilityProblems(browser), []);
  const keptRoot = path.join(samDir, "kept-aside");
  await (await kept.$("button*=Open")).click();
  let opened = [];
  await eventually(browser, async () => (opened = tandemsUnder(keptRoot)).length > 0, "no Tandem was started on the kept-aside workspace", 15_000);
  const [folder] = readdirSync(keptRoot);
  const removeKept = async () => {
    await (await browser.$("aria/Remove Northwind sample workspace")).click();
    await (await browser.$("button=Remove for good")).click();
  };
  try {
    // It keeps its logs in that folder, and stays up (it opened the workspace rather than failing).
    await eventually(browser, async () => existsSync(path.join(keptRoot, folder, "logs")), "the kept-aside Tandem keeps no logs there", 20_000);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    assert.deepEqual(tandemsUnder(keptRoot), opened, "the kept-aside window closed by itself");
    // While its window is open, it cannot be removed.
    await removeKept();
    await (await browser.$('//*[contains(text(), "is open in another window")]')).waitForDisplayed({ timeout: 10_000 });
  } finally {
    opened.forEach(stop);
  }
  await eventually(browser, async () => tandemsUnder(keptRoot).length === 0, "the kept-aside Tandem did not quit", 15_000);
  await removeKept();
  await eventually(browser, async () => !existsSync(path.join(keptRoot, folder)), "the kept-aside workspace was not removed", 10_000);
  await eventually(browser, async () => !(await (await browser.$('[data-testid="kept-aside-workspace"]')).isExisting()), "it is still listed");
});

test("a contact added on one device shows on the other within seconds, with no polling", async () => {
  const started = Date.now();
  await addContact(sam.browser, "Katherine", "Johnson");
  await goTo(ana.browser, "Contacts");
  await eventually(ana.browser, async () => (await contactCount(ana.browser)) === "2 contacts", "the teammate's contact did not arrive", 15_000);
  console.log(`# edit-to-visible on loopback, through the UI: ${Date.now() - started} ms`);
  assert.match(await contactNames(ana.browser), /Katherine/);
});

test("edits made on both devices while the server is down merge when it is back", async () => {
  await server.stop();
  await addContact(ana.browser, "Offline", "Ana");
  await addContact(sam.browser, "Offline", "Sam");
  for (const { browser } of [ana, sam]) {
    await waitForState(browser, "offline", "the device did not notice the server is gone");
  }
  assert.match(await textOf(ana.browser, '[data-testid="sync-indicator"]'), /Offline · 1 change waiting/);
  await screenshot(ana.browser, "62-team-sync-offline");
  await server.start();
  for (const { browser } of [ana, sam]) {
    // The user does not wait for the retry: clicking the indicator syncs now.
    await (await browser.$('[data-testid="sync-indicator"]')).click();
    await waitForState(browser, "synced", "the device did not sync after the server came back", 30_000);
  }
  for (const { browser } of [ana, sam]) {
    await goTo(browser, "Contacts");
    await eventually(browser, async () => (await contactCount(browser)) === "4 contacts", "the offline edits did not merge", 20_000);
  }
  // Each device derives its own lead scores a moment after a change arrives: the rows match once both have.
  const rows = async (browser) => (await contactNames(browser)).split("\n").sort();
  await eventually(
    ana.browser,
    async () => JSON.stringify(await rows(ana.browser)) === JSON.stringify(await rows(sam.browser)),
    "the two devices' lists did not end the same",
    20_000,
  );
});

async function openContact(browser, name) {
  await goTo(browser, "Contacts");
  const row = await browser.$(`//*[@data-testid="contact-row"][contains(., "${name}")]`);
  await row.waitForDisplayed({ timeout: 10_000 });
  await row.click();
}

async function setTitle(browser, name, title) {
  await openContact(browser, name);
  await (await browser.$("button=Edit")).click();
  const field = await formField(browser, "Title");
  await clearField(browser, field);
  await field.addValue(title);
  await (await browser.$("button=Save")).click();
}

const contactTitle = (browser) => textOf(browser, ".contact-detail__subtitle");

test("the same field changed on both devices offline: the later edit wins, the other is in the history and can be restored", async () => {
  await server.stop();
  await setTitle(ana.browser, "Grace Hopper", "Rear Admiral");
  await setTitle(sam.browser, "Grace Hopper", "Commodore");
  await server.start();
  for (const { browser } of [ana, sam]) {
    await (await browser.$('[data-testid="sync-indicator"]')).click();
    await waitForState(browser, "synced", "the device did not sync after the server came back", 30_000);
  }
  await openContact(ana.browser, "Grace Hopper");
  await eventually(ana.browser, async () => (await contactTitle(ana.browser)).startsWith("Commodore"), "the later edit did not win");

  await (await ana.browser.$("button=History")).click();
  const history = await ana.browser.$('[aria-label="Changes, newest first"]');
  await history.waitForDisplayed({ timeout: 10_000 });
  const text = await textOf(ana.browser, '[aria-label="Changes, newest first"]');
  assert.match(text, /Commodore\s*Sam Lee · Sam's laptop/);
  assert.match(text, /Rear Admiral\s*You/);
  await screenshot(ana.browser, "63-record-history-conflict");
  assert.deepEqual(await accessibilityProblems(ana.browser), []);
  await (await ana.browser.$("aria/Restore Title to Rear Admiral")).click();
  await ana.browser.keys("Escape");
  await openContact(sam.browser, "Grace Hopper");
  await eventually(sam.browser, async () => (await contactTitle(sam.browser)).startsWith("Rear Admiral"), "the restored value did not reach the teammate", 15_000);
});
