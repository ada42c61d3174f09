// An admin sets up the catalog quotes are built from: a tax rate, a product with a price and the
// tax, then a CSV import that is refused whole with its problems by line, and a fixed file that
// adds one product and updates the other.
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import { accessibilityProblems, clickSettled, eventually, freshDataDir, goTo, launchTandem, screenshot, setUpWorkspace } from "../lib/tandem.mjs";

const dataDir = freshDataDir("catalog");
let app;

before(async () => {
  app = await launchTandem(dataDir);
  await setUpWorkspace(app.browser, "empty");
});

after(async () => {
  await app?.close();
});

async function productRows(browser) {
  return browser.execute(() =>
    Array.from(document.querySelectorAll('[aria-labelledby="catalog-products-title"] tbody tr')).map((row) => row.textContent),
  );
}

/** A field of the open dialog, by its label (Settings has forms of its own behind it). */
async function dialogField(browser, label) {
  const dialog = await browser.$('//*[@role="dialog"]');
  await dialog.waitForDisplayed({ timeout: 10_000 });
  return dialog.$(`aria/${label}`);
}

async function toastText(browser) {
  return browser.execute(() => document.querySelector('[aria-label="Notifications"]')?.textContent ?? "");
}

test("a tax rate and a product are added by hand, and a catalog CSV imports all or nothing", async () => {
  const { browser } = app;
  await goTo(browser, "Settings");
  await (await browser.$('//nav[@aria-label="Settings sections"]//*[normalize-space(.)="Catalog"]')).click();

  // The jump to Catalog scrolls smoothly: a plain click landed while the button was moving.
  await clickSettled(browser, await browser.$("button=Add tax rate"));
  await (await dialogField(browser, "Name")).setValue("VAT 20%");
  await (await dialogField(browser, "Percent")).setValue("20");
  await (await browser.$('//*[@role="dialog"]//button[@type="submit"]')).click();
  await eventually(browser, async () => (await browser.$('//*[@aria-labelledby="catalog-tax-rates-title"]//*[contains(., "VAT 20%")]')).isExisting(), "the tax rate was not added");

  await (await browser.$("button=Add product")).click();
  await (await dialogField(browser, "SKU")).setValue("SEC-SEAT");
  await (await dialogField(browser, "Name")).setValue("Tandem Secure seat");
  await (await browser.$("aria/Amount of price 1")).setValue("40.00");
  await (await browser.$('//*[@role="dialog"]//label[contains(., "VAT 20%")]')).click();
  await (await browser.$('//*[@role="dialog"]//button[@type="submit"]')).click();
  await eventually(browser, async () => (await productRows(browser)).some((r) => r.includes("SEC-SEAT") && r.includes("VAT 20%")), "the product was not added");
  await screenshot(browser, "catalog-product");
  assert.deepEqual(await accessibilityProblems(browser), []);

  // A file with a bad price and an unknown tax imports nothing and says where.
  const bad = path.join(dataDir, "bad-catalog.csv");
  writeFileSync(bad, "sku,name,taxes,price_USD\r\nANL-SEAT,Analytics seat,VAT 20%,55\r\nSEC-SEAT,Secure seat,VAT 7%,4O.00\r\n");
  await (await browser.$("aria/Import catalog CSV")).addValue(bad);
  const problems = await browser.$('//*[@aria-label="Problems by line"]');
  await problems.waitForDisplayed({ timeout: 10_000 });
  const listed = await problems.getText();
  assert.match(listed, /3/);
  assert.match(listed, /'4O\.00' is not a price/);
  assert.ok(!(await productRows(browser)).some((r) => r.includes("ANL-SEAT")), "nothing of the bad file was imported");
  await screenshot(browser, "catalog-import-problems");

  const good = path.join(dataDir, "catalog.csv");
  writeFileSync(good, "sku,name,taxes,billing,price_USD\r\nANL-SEAT,Analytics seat,VAT 20%,monthly,55\r\nSEC-SEAT,Tandem Secure seat,VAT 20%,monthly,42.50\r\n");
  await (await browser.$("aria/Import catalog CSV")).addValue(good);
  await eventually(browser, async () => (await toastText(browser)).includes("Catalog imported: 1 added, 1 updated"), "no import confirmation");
  await eventually(browser, async () => {
    const rows = await productRows(browser);
    return rows.some((r) => r.includes("ANL-SEAT")) && rows.some((r) => r.includes("SEC-SEAT") && r.includes("42.50"));
  }, "the imported catalog is not listed");
});
