// An account executive brings contacts in from a CSV (with a duplicate and a bad line), takes the
// import back, merges two duplicates, drags a deal to Won and finds someone by part of a phone.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { accessibilityProblems, clickSettled, contactCount, drag, eventually, freshDataDir, goTo, launchTandem, screenshot, setUpWorkspace, textOf, visibleRowTexts } from "../lib/tandem.mjs";

let app;
let dataDir;
before(async () => {
  dataDir = freshDataDir("crm");
  app = await launchTandem(dataDir);
  await setUpWorkspace(app.browser, "sample");
  await goTo(app.browser, "Contacts");
  await eventually(app.browser, async () => (await contactCount(app.browser)).startsWith("2,000"), "the sample never loaded");
});
after(async () => app?.close());

/** The button whose text contains `text` (WebKitWebDriver takes `*=` only for links). */
const button = (browser, text, scope = "") => browser.$(`${scope}//button[contains(., "${text}")]`);

/** The text of the first contact row's e-mail cell, read in the page. */
async function firstRowEmail(browser) {
  return browser.execute(() => {
    const row = document.querySelector('[data-testid="contact-row"]');
    return Array.from(row?.querySelectorAll("*") ?? []).map((el) => el.textContent.trim()).find((t) => /^[^\s@]+@[^\s@]+$/.test(t)) ?? "";
  });
}

test("a CSV with a duplicate and a bad line is dry-run, imported, and undone", async () => {
  const { browser } = app;
  const existing = await firstRowEmail(browser);
  assert.match(existing, /@/, "the sample list shows e-mails");
  const csv = path.join(dataDir, "hubspot-export.csv");
  writeFileSync(
    csv,
    [
      "First Name,Last Name,Email,Phone Number,Company Name,Lifecycle Stage",
      "Zelda,Quartermain,zelda.quartermain@example.com,+1 202 555 0199,Quartz Labs,marketingqualifiedlead",
      `Already,There,${existing},,,lead`,
      "Broken,Row,not-an-email,,,",
      "Yusuf,Okonkwo,yusuf@example.com,,Quartz Labs,customer",
    ].join("\n"),
  );
  await (await browser.$("button=Import")).click();
  const input = await browser.$('input[type="file"]');
  await input.waitForExist({ timeout: 10_000 });
  await input.setValue(csv);
  await (await browser.$("aria/Recognized a HubSpot export")).waitForExist({ timeout: 15_000 }).catch(() => {});
  // Through the mapping to the dry run.
  const next = await button(browser, "Continue");
  if (await next.isExisting()) await next.click();
  const problems = await browser.$('[aria-label="Problems"]');
  await problems.waitForExist({ timeout: 15_000 });
  await eventually(browser, async () => (await problems.getText()).includes("Line 4"), "the bad line was not listed by number");
  await eventually(browser, async () => (await textOf(browser, "main")).includes("Will create 2"), "the dry run did not say it would create 2");
  await screenshot(browser, "50-import-dry-run");
  assert.deepEqual(await accessibilityProblems(browser), []);

  const importButton = await browser.$("button=Import 2 contacts");
  await importButton.click();
  await (await browser.$("button=Undo this import")).waitForDisplayed({ timeout: 30_000 });
  await eventually(browser, async () => /Created\s*2/.test(await textOf(browser, "main")), "the summary did not count 2 created");
  await screenshot(browser, "51-import-done");

  await goTo(browser, "Contacts");
  await eventually(browser, async () => (await contactCount(browser)).startsWith("2,002"), "the imported contacts never showed");
  await (await browser.$("button=Import")).click();
  await (await browser.$("button=Undo")).click();
  const confirm = await button(browser, "Undo", '//*[@role="alertdialog"]');
  await confirm.waitForDisplayed({ timeout: 5_000 });
  await confirm.click();
  await eventually(browser, async () => /Undone/.test(await textOf(browser, "main")), "the history did not show the import as undone");
  await goTo(browser, "Contacts");
  await eventually(browser, async () => (await contactCount(browser)).startsWith("2,000"), "undo did not take the import back");
});

test("two possible duplicates are merged side by side", async () => {
  const { browser } = app;
  await (await button(browser, "Duplicates")).click();
  const group = await browser.$('[role="group"]');
  await group.waitForDisplayed({ timeout: 20_000 });
  await screenshot(browser, "52-duplicates");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await group.$('.//button[contains(., "Review")]')).click();
  const merge = await browser.$("button=Merge contacts");
  await merge.waitForDisplayed({ timeout: 10_000 });
  await screenshot(browser, "53-merge-dialog");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await clickSettled(browser, merge);
  // The dialog closes on success and stays open with an alert on failure: say which.
  const outcome = await eventually(
    browser,
    () =>
      browser.execute(() => {
        const alert = document.querySelector('[role="dialog"] [role="alert"]');
        if (alert) return `refused: ${alert.textContent}`;
        return document.querySelector('[role="dialog"]') ? "" : "closed";
      }),
    "the merge dialog neither closed nor said why",
    30_000,
  );
  assert.equal(outcome, "closed");
  await eventually(browser, async () => /Merged into/.test(await browser.execute(() => document.body.textContent)), "no 'Merged into' toast");
  await goTo(browser, "Contacts");
  await eventually(browser, async () => (await contactCount(browser)).startsWith("1,999"), "the merged contact did not leave the list");
});

test("a deal dragged onto Won is won", async () => {
  const { browser } = app;
  await goTo(browser, "Deals");
  const negotiation = await browser.$('[role="region"][aria-label="Negotiation"]');
  await negotiation.waitForDisplayed({ timeout: 15_000 });
  const card = await negotiation.$("[data-deal-id]");
  await card.waitForExist({ timeout: 10_000 });
  const dealId = await card.getAttribute("data-deal-id");
  const won = await browser.$('[role="region"][aria-label="Won"]');
  await screenshot(browser, "54-deal-board");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await drag(browser, `[data-deal-id="${dealId}"]`, '[role="region"][aria-label="Won"]', { dropDepth: 160 });
  await eventually(browser, async () => (await won.$(`[data-deal-id="${dealId}"]`).isExisting()), "the dragged deal did not land in Won", 15_000);
  await screenshot(browser, "55-deal-won");
});

test("part of a phone number finds the contact", async () => {
  const { browser } = app;
  await goTo(browser, "Contacts");
  const firstRow = await browser.$('[data-testid="contact-row"]');
  await firstRow.waitForDisplayed({ timeout: 10_000 });
  await firstRow.click();
  const pane = 'aside[aria-label="Contact details"]';
  await (await browser.$(pane)).waitForDisplayed({ timeout: 5_000 });
  const phone = await browser.execute((sel) => document.querySelector(`${sel} a[href^="tel:"]`)?.getAttribute("href") ?? "", pane);
  const digits = phone.replace(/\D/g, "");
  assert.ok(digits.length >= 8, `the first contact has a phone (${phone})`);
  const name = (await textOf(browser, `${pane} h2`)).trim();
  // The last seven digits as people write them: "555-0142".
  const fragment = `${digits.slice(-7, -4)}-${digits.slice(-4)}`;
  const search = await browser.$("aria/Search contacts");
  await search.setValue(fragment);
  // The list narrows to the few people whose phone holds those digits, this contact among them.
  const rows = await eventually(browser, async () => {
    const count = await contactCount(browser);
    const texts = await visibleRowTexts(browser);
    return /^\d contacts?$/.test(count) && texts.some((t) => t.includes(name)) ? texts : null;
  }, `searching ${fragment} never narrowed the list to ${name}`);
  assert.ok(rows.length >= 1 && rows.length < 10, `${rows.length} rows`);
  await screenshot(browser, "56-phone-search");
});
