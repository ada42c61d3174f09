// A marketer runs a webinar, imports the leads it brought, sales qualifies one and wins her deal;
// the campaign's page shows its funnel, revenue and ROI, the dashboard's funnel narrowed to the
// campaign counts the leads, and a change to a lead-scoring rule previews who it would move.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { accessibilityProblems, clearField, contactCount, eventually, formField, freshDataDir, goTo, launchTandem, screenshot, searchList, setUpWorkspace, textOf } from "../lib/tandem.mjs";

const campaign = "Winter webinar 2026";
const dataDir = freshDataDir("marketing");
let app;

before(async () => {
  app = await launchTandem(dataDir);
  await setUpWorkspace(app.browser, "sample");
});
after(async () => app?.close());

/** The button whose text contains `text` (WebKitWebDriver takes `*=` only for links). */
const button = (browser, text, scope = "") => browser.$(`${scope}//button[contains(., "${text}")]`);
const campaignPane = 'aside[aria-label="Campaign details"]';
const contactPane = 'aside[aria-label="Contact details"]';

/** A calendar day `daysAgo` before today, as YYYY-MM-DD and as typed into a US-English date field. */
function day(daysAgo) {
  const d = new Date(Date.now() - daysAgo * 86_400_000);
  const [y, m, dd] = [d.getFullYear(), String(d.getMonth() + 1).padStart(2, "0"), String(d.getDate()).padStart(2, "0")];
  return { iso: `${y}-${m}-${dd}`, typed: [m, dd, String(y)] };
}

/** The cells of each funnel row on the dashboard, read in the page. */
const funnelRows = (browser) =>
  browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="funnel-row"]')).map((row) =>
      Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent.trim()),
    ),
  );

/** The campaign page's figures: funnel steps by label and the facts below them. */
const campaignFigures = (browser) =>
  browser.execute((pane) => {
    const section = document.querySelector(`${pane} .campaign-figures`);
    if (!section) return null;
    const steps = Object.fromEntries(
      Array.from(section.querySelectorAll(".campaign-funnel__step")).map((li) => [
        li.querySelector(".campaign-funnel__label").textContent.trim(),
        li.querySelector(".campaign-funnel__value").textContent.trim(),
      ]),
    );
    const facts = {};
    const dts = section.querySelectorAll("dt");
    for (const dt of dts) facts[dt.textContent.trim()] = dt.nextElementSibling?.textContent.trim() ?? "";
    return { steps, facts };
  }, campaignPane);

test("a marketer's campaign brings leads that sales wins, and its ROI and the funnel show it", async () => {
  const { browser } = app;

  // 1. The campaign: a webinar that cost $2,000.
  await goTo(browser, "Campaigns");
  await (await button(browser, "New campaign")).click();
  await (await formField(browser, "Name")).waitForDisplayed({ timeout: 10_000 });
  await (await formField(browser, "Name")).addValue(campaign);
  await (await browser.$("#campaign-channel")).selectByVisibleText("Webinar");
  // It started a week ago: its page counts what it brought from that day to today.
  const starts = day(7);
  // WebKit's date field is month / day / year segments: click the month, as a user does, and type.
  const startsField = await browser.$("#campaign-starts_on");
  const { width } = await startsField.getSize();
  await startsField.click({ x: -Math.round(width / 2 - 16) });
  for (const [i, part] of starts.typed.entries()) {
    if (i > 0) await browser.keys("Tab");
    // One key at a time: keys sent in one burst reach the segment before it has taken the last.
    for (const key of part) await browser.keys(key);
  }
  await (await formField(browser, "Actual cost")).addValue("2000");
  await eventually(browser, async () => (await (await browser.$("#campaign-starts_on")).getValue()) === starts.iso, `the start date did not read ${starts.iso}`);
  await screenshot(browser, "marketing-01-campaign-form");
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await textOf(browser, `${campaignPane} h2`)) === campaign, "the saved campaign's page did not open");
  await eventually(browser, async () => (await textOf(browser, campaignPane)).includes("No leads yet"), "the new campaign should have no leads");
  await screenshot(browser, "marketing-02-campaign-saved");

  // 2. Its two leads come in from a CSV that names the campaign.
  const csv = path.join(dataDir, "webinar-attendees.csv");
  writeFileSync(
    csv,
    [
      "First Name,Last Name,Email,Company,Lifecycle stage,Original campaign",
      `Wanda,Winterbourne,wanda.winterbourne@frostpeak-example.com,Frostpeak Analytics,lead,${campaign}`,
      `Walt,Winterbourne,walt.winterbourne@frostpeak-example.com,Frostpeak Analytics,lead,${campaign}`,
    ].join("\n"),
  );
  await goTo(browser, "Contacts");
  // The list is up (its count shows) before its toolbar is used.
  await contactCount(browser);
  await (await browser.$("button=Import")).click();
  const input = await browser.$('input[type="file"]');
  await input.waitForExist({ timeout: 10_000 });
  await input.setValue(csv);
  const toReview = await button(browser, "Continue to review");
  await toReview.waitForDisplayed({ timeout: 15_000 });
  const mapping = await textOf(browser, "main");
  assert.match(mapping, /Original campaign/, "the campaign column is recognised");
  assert.match(mapping, /Wanda/);
  await screenshot(browser, "marketing-03-import-mapping");
  await toReview.click();
  await eventually(browser, async () => /Will create\s*2/.test(await textOf(browser, "main")), "the dry run did not say it would create 2", 15_000);
  assert.match(await textOf(browser, "main"), /No problems/, "the campaign's name matched: no line is a problem");
  await screenshot(browser, "marketing-04-import-dry-run");
  await (await browser.$("button=Import 2 contacts")).click();
  await (await button(browser, "Undo this import")).waitForDisplayed({ timeout: 30_000 });
  await eventually(browser, async () => /Created\s*2/.test(await textOf(browser, "main")), "the summary did not count 2 created");

  // 3. Sales qualifies Wanda.
  await goTo(browser, "Contacts");
  await searchList(browser, "Search contacts", "Winterbourne");
  const wanda = await browser.$('//*[@data-testid="contact-row"][contains(., "Wanda")]');
  await wanda.waitForExist({ timeout: 10_000 });
  await wanda.click();
  await eventually(browser, async () => (await textOf(browser, `${contactPane} h2`)).includes("Wanda Winterbourne"), "Wanda's page did not open");
  await (await button(browser, "Edit", `//aside[@aria-label="Contact details"]`)).click();
  const stage = await browser.$("#contact-lifecycle_stage");
  await stage.waitForDisplayed({ timeout: 10_000 });
  await stage.selectByVisibleText("Sales-qualified");
  await (await browser.$("button=Save")).click();
  await eventually(browser, async () => (await textOf(browser, `${contactPane} .lifecycle`)).includes("Sales-qualified"), "Wanda's stage did not read Sales-qualified");
  await screenshot(browser, "marketing-05-wanda-qualified");

  // 4. Her deal, from the webinar, is won.
  await goTo(browser, "Deals");
  await (await button(browser, "New deal")).click();
  const dealName = await formField(browser, "Deal name");
  await dealName.waitForDisplayed({ timeout: 10_000 });
  await dealName.addValue("Frostpeak Analytics — webinar seats");
  await (await browser.$("#deal-primary-contact")).addValue("Wanda Winter");
  const option = await browser.$('//*[@role="option"][contains(., "Wanda Winterbourne")]');
  await option.waitForDisplayed({ timeout: 10_000 });
  await option.click();
  const amount = await formField(browser, "Amount");
  await amount.addValue("10000");
  const currency = await browser.$("#deal-currency");
  await clearField(browser, currency);
  await currency.addValue("USD");
  await (await browser.$('//select[@id="deal-stage"]/option[starts-with(normalize-space(.), "Won")]')).click();
  await (await browser.$("#deal-first_campaign_id")).selectByVisibleText(campaign);
  await screenshot(browser, "marketing-06-deal-form");
  await (await browser.$("button=Save")).click();
  await eventually(
    browser,
    async () => {
      const deal = await textOf(browser, 'aside[aria-label="Deal details"]');
      return /Frostpeak Analytics — webinar seats/.test(deal) && /Stage\s*Won/.test(deal) && /\$10,000\.00/.test(deal) && /Original campaign\s*Winter webinar 2026/.test(deal);
    },
    "the won deal's page did not show it won, for $10,000.00, from the webinar",
    15_000,
  );
  await screenshot(browser, "marketing-07-deal-won");

  // 5. The campaign's page: 2 leads, an SQL, a customer, $10,000.00 won and 400% ROI.
  await goTo(browser, "Campaigns");
  await (await browser.$(`//button[normalize-space(.)="${campaign}"]`)).click();
  await eventually(browser, async () => (await textOf(browser, `${campaignPane} h2`)) === campaign, "the campaign's page did not open");
  const figures = await eventually(
    browser,
    async () => {
      const f = await campaignFigures(browser);
      return f && f.facts["Won revenue"] === "$10,000.00" ? f : null;
    },
    "the campaign's won revenue never read $10,000.00",
    15_000,
  ).catch(async (error) => {
    await screenshot(browser, "marketing-08-campaign-roi-wrong");
    throw new Error(`${error.message}: ${JSON.stringify(await campaignFigures(browser))}`);
  });
  assert.equal(figures.steps.Leads, "2", JSON.stringify(figures));
  assert.ok(Number(figures.steps.SQLs) >= 1, `an SQL: ${JSON.stringify(figures)}`);
  assert.equal(figures.facts.Cost, "$2,000.00");
  assert.equal(figures.facts.ROI, "400%");
  const page = await textOf(browser, campaignPane);
  assert.match(page, /Leads \(2\)/);
  assert.match(page, /Wanda Winterbourne/);
  assert.match(page, /Walt Winterbourne/);
  assert.match(page, /Deals \(1\)/);
  await screenshot(browser, "marketing-08-campaign-roi");
  assert.deepEqual(await accessibilityProblems(browser), []);

  // 6. The dashboard narrowed to the campaign, this quarter.
  await goTo(browser, "Dashboard");
  const period = await browser.$('//label[contains(., "Period")]//select');
  await period.waitForDisplayed({ timeout: 20_000 });
  await period.selectByVisibleText("This quarter");
  const campaignFilter = await browser.$('//label[contains(., "Campaign")]//select');
  await campaignFilter.waitForDisplayed({ timeout: 10_000 });
  await campaignFilter.selectByVisibleText(campaign);
  const rows = await eventually(
    browser,
    async () => {
      const r = await funnelRows(browser);
      return r.length === 5 && r[0][1] === "2" ? r : null;
    },
    "the funnel narrowed to the campaign never counted 2 new leads",
    20_000,
  );
  const count = (label) => rows.find((cells) => cells[0].startsWith(label))?.[1];
  assert.equal(count("Sales qualified"), "1", JSON.stringify(rows));
  await screenshot(browser, "marketing-09-dashboard-campaign");
  await (await browser.$('//tr[@data-testid="funnel-row"][1]//button')).click();
  const dialog = await browser.$('//*[@role="dialog"]');
  await dialog.waitForDisplayed({ timeout: 10_000 });
  const names = await eventually(
    browser,
    async () => {
      const titles = await browser.execute(() => Array.from(document.querySelectorAll('[role="dialog"] .drill__title')).map((t) => t.textContent.trim()));
      return titles.length === 2 ? titles.sort() : null;
    },
    "the new leads behind the figure were not listed",
  );
  assert.deepEqual(names, ["Walt Winterbourne", "Wanda Winterbourne"]);
  await screenshot(browser, "marketing-10-dashboard-drill");
  await browser.keys("Escape");
});

test("a change to a lead-scoring rule says, before saving, how many contacts it would move", async () => {
  const { browser } = app;
  await goTo(browser, "Settings");
  const section = await browser.$('//nav[@aria-label="Settings sections"]//a[normalize-space(.)="Lead scoring"]');
  await section.waitForClickable({ timeout: 15_000 });
  await section.click();
  const form = await browser.$('form[aria-label="Lead scoring rules"]');
  await form.waitForDisplayed({ timeout: 15_000 });
  // The rule on the contact's title.
  const label = await browser.execute(() => {
    const row = Array.from(document.querySelectorAll('[data-testid="scoring-rule"]')).find((r) => r.querySelector("select")?.value === "title_contains");
    return row?.querySelector('input[aria-label^="Points of"]')?.getAttribute("aria-label") ?? "";
  });
  assert.ok(label, "the sample's scoring has a rule on the title");
  const points = await browser.$(`//input[@aria-label="${label}"]`);
  await points.scrollIntoView({ block: "center" });
  const before = await points.getValue();
  await clearField(browser, points);
  await points.addValue("60");
  const preview = await browser.$('form[aria-label="Lead scoring rules"] .scoring__preview[role="status"]');
  await preview.waitForDisplayed({ timeout: 15_000 });
  const sentence = await eventually(browser, async () => (await textOf(browser, ".scoring__preview strong")) || null, "no preview sentence");
  assert.match(sentence, /^Saving would move \d[\d,]* contacts? to (MQL|SQL)/, sentence);
  await screenshot(browser, "marketing-11-scoring-preview");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await (await button(browser, "Cancel", '//form[@aria-label="Lead scoring rules"]')).click();
  await eventually(browser, async () => (await points.getValue()) === before, "Cancel did not put the points back");
  assert.equal(await (await browser.$(".scoring__footer")).isExisting(), false, "nothing is left to save after Cancel");
});

test("a seller qualifies a lead from the keyboard: the first missing answer, then the next lead", async () => {
  const { browser } = app;
  await goTo(browser, "Contacts");
  await (await button(browser, "Qualify leads")).click();
  // The first-run profile owns no sample leads: the view says so and offers everyone's.
  await (await button(browser, "Show everyone’s leads")).click();
  const grid = await browser.$('table[aria-label="Leads to qualify"]');
  await grid.waitForDisplayed({ timeout: 15_000 });
  await (await browser.$('//label[contains(., "Missing any answer")]//input')).click();
  await eventually(browser, async () => (await browser.$$(".qualify__row")).length > 1, "no leads with a missing answer");
  const first = await browser.execute(() => document.querySelector(".qualify__row td")?.firstChild?.textContent ?? "");
  // Into the grid by its header (a row click would open that row), then Enter on the first lead.
  await (await grid.$("thead th")).click();
  await browser.keys("Enter");
  const form = await browser.$(`form[aria-label="BANT of ${first}"]`);
  await form.waitForDisplayed({ timeout: 10_000 });
  // The answer that is missing has the focus.
  const focused = await browser.execute(() => document.activeElement?.id ?? "");
  assert.match(focused, /^bant-/, "an answer has the focus");
  await (await browser.$(`[id="${focused}"]`)).selectByVisibleText("Confirmed");
  await screenshot(browser, "marketing-12-qualify");
  await browser.keys(["Control", "Enter"]);
  // Saved, and the next lead's answers are open.
  await eventually(browser, async () => !(await form.isExisting()), "Ctrl+Enter did not save");
  await (await browser.$('form[aria-label^="BANT of "]')).waitForDisplayed({ timeout: 10_000 });
  const saved = await browser.execute(
    (name) => Array.from(document.querySelectorAll(".qualify__row")).find((r) => r.querySelector("td")?.firstChild?.textContent === name)?.textContent ?? "",
    first,
  );
  assert.match(saved, /Confirmed/, `${first}'s answer is saved: ${saved}`);
  assert.deepEqual(await accessibilityProblems(browser), []);
});
