// A sales manager reads the joint funnel dashboard on the sample workspace: clicks a number and
// checks the records behind it, narrows to one owner, exports a table as CSV and the whole
// dashboard as a PDF report.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { accessibilityProblems, eventually, freshDataDir, goTo, launchTandem, screenshot, setUpWorkspace } from "../lib/tandem.mjs";

const dataDir = freshDataDir("dashboard");
const exportDir = path.join(dataDir, "exports");
let app;

before(async () => {
  app = await launchTandem(dataDir, { exportDir });
  await setUpWorkspace(app.browser, "sample");
});

after(async () => {
  await app?.close();
});

/** The cells of each funnel row, read in the page. */
const funnelRows = (browser) =>
  browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="funnel-row"]')).map((row) =>
      Array.from(row.querySelectorAll("th, td")).map((cell) => cell.textContent.trim()),
    ),
  );
/** The funnel's rows once the dashboard has answered for the filters chosen (not the previous ones, still shown meanwhile). */
async function settledFunnel(browser, message) {
  let rows = [];
  await eventually(
    browser,
    async () => {
      const busy = await browser.execute(() => document.querySelector(".dashboard__body")?.getAttribute("aria-busy"));
      rows = await funnelRows(browser);
      return busy === "false" && rows.length === 5;
    },
    message,
    20_000,
  );
  return rows;
}
const exported = (ext) => readdirSync(exportDir).filter((f) => f.endsWith(ext));

test("a number on the dashboard opens exactly the records behind it", async () => {
  const { browser } = app;
  await goTo(browser, "Dashboard");
  const period = await browser.$('//label[contains(., "Period")]//select');
  await period.waitForDisplayed({ timeout: 20_000 });
  await period.selectByVisibleText("Last 12 months");
  const rows = await settledFunnel(browser, "the funnel never showed its five steps");
  const counts = rows.map((cells) => Number(cells[1].replace(/[^\d]/g, "")));
  assert.ok(counts[0] > 0, `the sample has new leads in the last 12 months: ${JSON.stringify(rows)}`);
  for (let i = 1; i < counts.length; i++) assert.ok(counts[i] <= counts[i - 1], `the funnel narrows: ${counts}`);
  await screenshot(browser, "dashboard");
  assert.deepEqual(await accessibilityProblems(browser), []);
  await browser.execute(() => document.querySelector(".dashboard__body").scrollBy(0, 640));
  await screenshot(browser, "dashboard-revenue");
  await browser.execute(() => document.querySelector(".dashboard__body").scrollBy(0, 2000));
  await screenshot(browser, "dashboard-campaigns");
  await browser.execute(() => document.querySelector(".dashboard__body").scrollTo(0, 0));

  // Marketing qualified: the count is a button; the list behind it has that many records.
  const mql = await browser.$('//tr[@data-testid="funnel-row"][th[contains(., "Marketing qualified")]]//button');
  await mql.click();
  const dialog = await browser.$('//*[@role="dialog"]');
  await dialog.waitForDisplayed({ timeout: 10_000 });
  await eventually(browser, async () => (await dialog.getText()).includes(`· ${rows[1][1]}`), `the list did not say ${rows[1][1]} records`);
  await screenshot(browser, "dashboard-drill");
  const first = await dialog.$('//*[@role="listitem"][1]//button');
  const name = await browser.execute(() => document.querySelector('[role="dialog"] .drill__title')?.textContent ?? "");
  await first.click();
  // The record opens on its own page.
  await eventually(browser, async () => (await (await browser.$("main")).getText()).includes(name), `${name} did not open`);
});

test("the figures narrow to one owner, and export as CSV and as a PDF report", async () => {
  const { browser } = app;
  await goTo(browser, "Dashboard");
  const period = await browser.$('//label[contains(., "Period")]//select');
  await period.waitForDisplayed({ timeout: 20_000 });
  await period.selectByVisibleText("Last 12 months");
  const everyone = Number((await settledFunnel(browser, "the funnel never showed"))[0][1].replace(/[^\d]/g, ""));
  // The owner who won the most in the period.
  const top = await browser.execute(() => document.querySelector('table[aria-label="Won revenue by owner"] tbody th')?.textContent ?? "");
  await (await browser.$('//label[contains(., "Owner")]//select')).selectByVisibleText(top);
  await eventually(
    browser,
    async () => {
      const one = Number((await funnelRows(browser))[0][1].replace(/[^\d]/g, ""));
      return one > 0 && one < everyone;
    },
    "one owner's new leads are fewer than everyone's",
    20_000,
  );

  await (await browser.$('//button[@aria-label="Export Campaigns as CSV"]')).click();
  await eventually(browser, async () => exported(".csv").length === 1, "no CSV was written");
  const csv = readFileSync(path.join(exportDir, exported(".csv")[0]), "utf8");
  assert.match(csv.split("\n")[0], /Campaign/);

  await (await browser.$('//button[contains(., "Export PDF")]')).click();
  await eventually(browser, async () => exported(".pdf").length === 1, "no PDF report was written", 30_000);
  const text = execFileSync("pdftotext", ["-layout", path.join(exportDir, exported(".pdf")[0]), "-"]).toString();
  for (const heading of ["Headline figures", "Marketing funnel", "Pipeline and forecast", "Won revenue", "Campaigns"]) {
    assert.ok(text.includes(heading), `the report has “${heading}”`);
  }
});
