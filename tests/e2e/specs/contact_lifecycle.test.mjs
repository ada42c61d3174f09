// An account executive creates a contact, finds it, edits it, deletes it, and takes it all back.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import {
  accessibilityProblems,
  clearField,
  contactCount,
  eventually,
  formField,
  freshDataDir,
  launchTandem,
  screenshot,
  setUpWorkspace,
  goTo,
  textOf,
  visibleRowTexts,
} from "../lib/tandem.mjs";

let app;
before(async () => {
  app = await launchTandem(freshDataDir("lifecycle"));
  await setUpWorkspace(app.browser, "empty");
  await goTo(app.browser, "Contacts");
});
after(async () => app?.close());

const paneText = (browser) => textOf(browser, 'aside[aria-label="Contact details"]');

async function fill(browser, values) {
  for (const [label, value] of Object.entries(values)) {
    const input = await formField(browser, label);
    await clearField(browser, input);
    await input.addValue(value);
  }
}

test("an empty workspace explains how to start and is accessible", async () => {
  const { browser } = app;
  assert.equal(await contactCount(browser), "0 contacts");
  await screenshot(browser, "10-empty-contacts");
  assert.deepEqual(await accessibilityProblems(browser), []);
});

test("a malformed email is refused inline and nothing is saved", async () => {
  const { browser } = app;
  await (await browser.$("button*=New contact")).click();
  await fill(browser, { "First name": "Grace", "Last name": "Hopper", Email: "grace.hopper@" });
  await (await browser.$("button=Save")).click();
  const alert = await browser.$('form [role="alert"]');
  await alert.waitForDisplayed({ timeout: 5_000 });
  assert.match(await alert.getText(), /e-?mail/i);
  await screenshot(browser, "11-invalid-email");
  assert.deepEqual(await accessibilityProblems(browser), []);
  assert.equal(await contactCount(browser), "0 contacts");
});

test("an account executive creates a contact and finds it by part of the email", async () => {
  const { browser } = app;
  await fill(browser, { Email: "grace.hopper@navy-example.com", Title: "Rear Admiral", Company: "US Navy", Country: "United States" });
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await contactCount(browser)) === "1 contact", "the new contact never appeared in the list");
  await eventually(browser, async () => (await paneText(browser)).includes("Rear Admiral"), "the detail pane did not show the saved contact");
  const search = await browser.$("aria/Search contacts");
  await search.addValue("navy-ex");
  const rows = await eventually(browser, async () => {
    const texts = await visibleRowTexts(browser);
    return texts.length === 1 && texts[0].includes("Grace Hopper") ? texts : null;
  }, "searching part of the email did not find Grace Hopper");
  assert.match(rows[0], /grace\.hopper@navy-example\.com/);
  await screenshot(browser, "12-found-by-email");
  assert.deepEqual(await accessibilityProblems(browser), []);
});

test("editing the title shows at once, and Ctrl+Z takes the edit back", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="contact-row"]')).click();
  await (await browser.$("button=Edit")).click();
  await fill(browser, { Title: "Computer Scientist" });
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await paneText(browser)).includes("Computer Scientist"), "the edited title never showed");
  await screenshot(browser, "13-edited");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await browser.$("h1=Contacts")).click();
  await browser.keys(["Control", "z"]);
  await eventually(browser, async () => (await paneText(browser)).includes("Rear Admiral"), "Ctrl+Z did not restore the previous title");
  await eventually(browser, async () => (await textOf(browser, '[aria-label="Notifications"]')).includes("Undone: Edit of Grace Hopper"), "no 'Undone' notice");
  await screenshot(browser, "14-undone");
});

test("delete moves the contact to Trash, Undo brings it back", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="contact-row"]')).click();
  await (await browser.$("button=Delete")).click();
  await eventually(browser, async () => (await contactCount(browser)) === "0 contacts", "the deleted contact stayed in the list");
  const undo = await browser.$("button=Undo");
  await undo.waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "15-deleted-toast");
  await undo.click();
  await eventually(browser, async () => (await contactCount(browser)) === "1 contact", "Undo did not bring the contact back");
});

test("a contact deleted again is restored from the Trash", async () => {
  const { browser } = app;
  await (await browser.$('[data-testid="contact-row"]')).click();
  await (await browser.$("button=Delete")).click();
  await eventually(browser, async () => (await contactCount(browser)) === "0 contacts", "the deleted contact stayed in the list");
  await (await browser.$("aria/Trash")).click();
  const restore = await browser.$("button=Restore");
  await restore.waitForDisplayed({ timeout: 5_000 });
  assert.match(await textOf(browser, "main"), /Grace Hopper/);
  await screenshot(browser, "16-trash");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await restore.click();
  await (await browser.$("aria/Contacts")).click();
  await eventually(browser, async () => (await visibleRowTexts(browser)).some((t) => t.includes("Grace Hopper")), "the restored contact is not in the list");
});

test("markup typed into a name is shown as text, never run", async () => {
  const { browser } = app;
  await (await browser.$("button*=New contact")).click();
  await fill(browser, { "First name": "<img src=x onerror=window.__pwned=1>", "Last name": "Test" });
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await visibleRowTexts(browser)).some((t) => t.includes("<img src=x")), "the literal markup did not show as text");
  assert.equal(await browser.execute(() => window.__pwned ?? null), null);
});
