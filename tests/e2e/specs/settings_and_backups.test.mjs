// A user sets up the workspace's money and calendar, and relies on backups and exports.
import assert from "node:assert/strict";
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import {
  accessibilityProblems,
  clearField,
  clickSettled,
  contactCount,
  eventually,
  formField,
  freshDataDir,
  launchTandem,
  screenshot,
  setUpWorkspace,
  goTo,
  textOf,
} from "../lib/tandem.mjs";

let app;
let dataDir;
before(async () => {
  dataDir = freshDataDir("settings");
  app = await launchTandem(dataDir);
  await setUpWorkspace(app.browser, "empty");
  await goTo(app.browser, "Contacts");
});
after(async () => app?.close());

const toastText = (browser) => textOf(browser, '[aria-label="Notifications"]');

test("workspace time zone and base currency are saved and shown again", async () => {
  const { browser } = app;
  await (await browser.$("aria/Settings")).click();
  // Jumping to a section scrolls the settings column, never the whole window (it used to push the
  // app 52px up, sidebar and all).
  await (await browser.$('//nav[@aria-label="Settings sections"]//a[normalize-space(.)="Workspace"]')).click();
  const sectionTop = () => browser.execute(() => document.getElementById("settings-workspace")?.getBoundingClientRect().top ?? -1);
  await eventually(browser, async () => (await sectionTop()) > 0 && (await sectionTop()) < 120, "the Workspace section was not brought to the top");
  assert.equal(await browser.execute(() => document.querySelector(".sidebar").getBoundingClientRect().top), 0, "the window itself scrolled");
  await (await browser.$("#ws-time-zone")).selectByAttribute("value", "Europe/Madrid");
  await (await browser.$("#ws-currency")).selectByAttribute("value", "EUR");
  // Centred first: scrolled just into view at the bottom, the button can sit under a toast.
  const save = await browser.$("button=Save workspace");
  await save.scrollIntoView({ block: "center" });
  await save.click();
  await eventually(browser, async () => (await toastText(browser)).length > 0, "no confirmation after saving");
  await (await browser.$("aria/Contacts")).click();
  await (await browser.$("aria/Settings")).click();
  await eventually(browser, async () => (await (await browser.$("#ws-time-zone")).getValue()) === "Europe/Madrid", "the time zone did not stick");
  assert.equal(await (await browser.$("#ws-currency")).getValue(), "EUR");
});

test("an exchange rate with a comma is refused inline, then saved with a dot", async () => {
  const { browser } = app;
  // Scrolled just into view, the button sat under the previous test's toast ("not interactable").
  await clickSettled(browser, await browser.$("button=Add rate"));
  const dialog = await browser.$('[role="dialog"]');
  await dialog.waitForDisplayed({ timeout: 5_000 });
  await (await browser.$("#rate-currency")).selectByAttribute("value", "USD");
  const rate = await browser.$("#rate-rate");
  await rate.addValue("0,9215");
  await (await dialog.$("button=Save")).click();
  await eventually(browser, async () => /not a number/.test(await textOf(browser, '[role="dialog"]')), "the malformed rate was not explained");
  await screenshot(browser, "30-rate-invalid");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await clearField(browser, rate);
  await rate.addValue("0.9215");
  await (await dialog.$("button=Save")).click();
  await dialog.waitForDisplayed({ reverse: true, timeout: 5_000 });
  await eventually(browser, async () => (await textOf(browser, "#settings-rates")).includes("0.9215"), "the saved rate is not listed");
});

test("a backup restores the workspace to the moment it was taken", async () => {
  const { browser } = app;
  // Settled and centred: scrolled just into view at the bottom, the button can sit under a toast.
  await clickSettled(browser, await browser.$("button=Back up now"));
  await eventually(browser, async () => (await toastText(browser)).includes("Backup created"), "no backup confirmation");
  await (await browser.$("aria/Contacts")).click();
  await (await browser.$("button*=New contact")).click();
  await (await formField(browser, "First name")).addValue("Added After Backup");
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await contactCount(browser)) === "1 contact", "the contact was not created");

  await (await browser.$("aria/Settings")).click();
  const restore = await browser.$("#settings-backups").$("button=Restore");
  await restore.waitForDisplayed({ timeout: 10_000 });
  // The backups list sits at the bottom of a long page that is still laying out its sections:
  // a plain click once landed on the button's old place ("element not interactable").
  await clickSettled(browser, restore);
  const confirm = await browser.$("button=Restore backup");
  await confirm.waitForDisplayed({ timeout: 5_000 });
  await confirm.click();
  // The dialog stays while the backup is restored; the sidebar is not clickable under it.
  await (await browser.$('[role="dialog"]')).waitForExist({ reverse: true, timeout: 30_000 });
  await (await browser.$("aria/Contacts")).click();
  await eventually(browser, async () => (await contactCount(browser)) === "0 contacts", "the restored workspace still has the later contact");
  await screenshot(browser, "31-restored");
});

test("export workspace writes one archive to the export folder", async () => {
  const { browser } = app;
  await (await browser.$("aria/Settings")).click();
  // The previous test's toasts stack over the bottom left of the page, where this button lands
  // when scrolled just into view.
  await clickSettled(browser, await browser.$("button=Export workspace"));
  await eventually(browser, async () => (await toastText(browser)).includes("Workspace exported to"), "no export confirmation");
  const exportDir = path.join(dataDir, "exports");
  assert.ok(existsSync(exportDir));
  const archives = readdirSync(exportDir).filter((name) => name.endsWith(".zip"));
  assert.equal(archives.length, 1);
  await screenshot(browser, "32-settings-backups");
});
