// A new user opens the sample workspace, finds people in it and moves around with the keyboard.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { accessibilityProblems, clearField, contactCount, eventually, freshDataDir, goTo, launchTandem, screenshot, setUpWorkspace, visibleRowTexts } from "../lib/tandem.mjs";

let app;
before(async () => {
  app = await launchTandem(freshDataDir("sample"));
});
after(async () => app?.close());

test("the first-run screen offers the sample workspace and is accessible", async () => {
  const { browser } = app;
  await (await browser.$("aria/Open sample workspace")).waitForDisplayed({ timeout: 20_000 });
  await screenshot(browser, "01-first-run");
  assert.deepEqual(await accessibilityProblems(browser), []);
});

test("a new user opens the sample workspace on Today, with its follow-ups, then sees 2,000 contacts", async () => {
  const { browser } = app;
  await setUpWorkspace(browser, "sample");
  // Home: overdue and coming follow-ups about sample people, suggested follow-ups for idle deals.
  await eventually(browser, async () => (await browser.$$('[data-testid="task-row"]')).length >= 5, "the sample's tasks never showed on Today");
  await eventually(browser, async () => (await browser.$("aria/Suggested follow-ups")).isExisting(), "no suggested follow-ups for the sample's idle deals");
  await screenshot(browser, "02a-sample-today");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await goTo(browser, "Contacts");
  await eventually(browser, async () => (await contactCount(browser)).startsWith("2,000"), "the sample's 2,000 contacts never showed");
  const rows = await visibleRowTexts(browser);
  assert.ok(rows.length >= 10, `expected a screenful of rows, saw ${rows.length}`);
  await screenshot(browser, "02-sample-contacts");
  assert.deepEqual(await accessibilityProblems(browser), []);
});

test("typing part of a name finds sample contacts, accents folded", async () => {
  const { browser } = app;
  const search = await browser.$("aria/Search contacts");
  await search.setValue("garcia");
  const rows = await eventually(browser, async () => {
    const texts = await visibleRowTexts(browser);
    return texts.length > 0 && texts.every((t) => /garc[ií]a/i.test(t)) ? texts : null;
  }, "search for 'garcia' never showed only García rows");
  assert.ok(rows.some((t) => t.includes("García")));
  await screenshot(browser, "03-sample-search");
  await (await browser.$('[data-testid="contact-row"]')).click();
  await (await browser.$('aside[aria-label="Contact details"]')).waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "03b-sample-detail");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await browser.keys("Escape");
  await clearField(browser, search);
});

test("the command palette jumps to Settings, and every screen passes axe", async () => {
  const { browser } = app;
  await browser.keys(["Control", "k"]);
  const palette = await browser.$("aria/Command palette");
  await palette.waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "04-command-palette");
  assert.deepEqual(await accessibilityProblems(browser), []);
  // Element typing, not browser.keys: WebKitWebDriver drops repeated letters ("tt") in key actions.
  await (await browser.$(".palette__input")).addValue("Settings");
  await browser.keys("Enter");
  await (await browser.$("h1=Settings")).waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "05-settings");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await browser.$("aria/Trash")).click();
  await (await browser.$("h1=Trash")).waitForDisplayed({ timeout: 5_000 });
  await screenshot(browser, "06-trash-empty");
  assert.deepEqual(await accessibilityProblems(browser), []);
});

test("companies, deals (board, table, forecast) and the new settings sections pass axe", async () => {
  const { browser } = app;
  const open = async (label) => (await browser.$(`//nav[@aria-label="Main"]//button[contains(., "${label}")]`)).click();
  const shows = (text) => eventually(browser, async () => (await browser.execute(() => document.querySelector("main")?.textContent ?? "")).includes(text), `never showed "${text}"`, 15_000);

  await open("Companies");
  await shows("Open deals");
  await screenshot(browser, "07-companies");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await browser.$('[data-testid="company-row"]')).click();
  await (await browser.$('aside[aria-label="Company details"]')).waitForDisplayed({ timeout: 10_000 });
  await screenshot(browser, "08-company-page");
  assert.deepEqual(await accessibilityProblems(browser), []);

  await open("Deals");
  await (await browser.$('[role="region"][aria-label="Prospecting"]')).waitForDisplayed({ timeout: 15_000 });
  await (await browser.$("[data-deal-id]")).click();
  await (await browser.$('aside[aria-label="Deal details"]')).waitForDisplayed({ timeout: 10_000 });
  await screenshot(browser, "09-deal-page");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await browser.keys("Escape");
  for (const view of ["Table", "Forecast"]) {
    await (await browser.$(`//button[normalize-space(.)="${view}"]`)).click();
    await shows(view === "Table" ? "Expected close" : "Weighted");
    await screenshot(browser, `10-deals-${view.toLowerCase()}`);
    assert.deepEqual(await accessibilityProblems(browser), []);
  }

  await open("Settings");
  await (await browser.$("h1=Settings")).waitForDisplayed({ timeout: 5_000 });
  await shows("Custom fields");
  await browser.execute(() => document.querySelector("main")?.scrollTo(0, 0));
  await screenshot(browser, "11-settings-crm");
  assert.deepEqual(await accessibilityProblems(browser), []);
});
