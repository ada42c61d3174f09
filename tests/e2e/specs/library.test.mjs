// A marketer curates the content library and a seller uses it: the sample library is there on
// first start; a PDF goes in through the in-window file picker, is tagged and approved, is found
// by a phrase that only appears inside it, is previewed (pdf.js paints its page), and is shared
// with a contact, which the contact's timeline then shows.
import assert from "node:assert/strict";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { after, before, test } from "node:test";
import { accessibilityProblems, eventually, freshDataDir, goTo, launchTandem, screenshot, searchList, setUpWorkspace } from "../lib/tandem.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const pdf = path.join(here, "../fixtures/Initech turbine case study.pdf");

let app;

before(async () => {
  app = await launchTandem(freshDataDir("library"));
  await setUpWorkspace(app.browser, "sample");
});

after(async () => {
  await app?.close();
});

/** Titles of the result rows on the Library screen. */
async function resultTitles(browser) {
  return browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="content-row"]')).map((row) => row.querySelector(".content-cell__name")?.textContent ?? ""),
  );
}

async function search(browser, text) {
  const box = await browser.$("aria/Search the library");
  await box.click();
  await browser.execute((el) => {
    el.select();
  }, box);
  await browser.keys(["Control", "a"]);
  await browser.keys("Backspace");
  await box.setValue(text);
}

async function button(browser, name) {
  const el = await browser.$(`//button[normalize-space(.)="${name}" or @aria-label="${name}"]`);
  await el.waitForClickable({ timeout: 10_000 });
  return el;
}

test("a PDF is added, tagged, approved, found by a phrase inside it, previewed and shared with a contact", async () => {
  const { browser } = app;
  await goTo(browser, "Library");
  // The sample library is there on first start, its files' text searchable.
  await eventually(browser, async () => (await resultTitles(browser)).some((t) => t.includes("Globex case study")), "the sample library is missing");
  await search(browser, "churn fell");
  await eventually(browser, async () => (await resultTitles(browser)).some((t) => t.includes("Globex case study")), "the sample PDF's text is not searchable");

  // Add the PDF through the in-window file picker (what a drop on the window also calls).
  const input = await browser.$("aria/Add files");
  await input.addValue(pdf);
  const title = await browser.$('//aside[@aria-label="Library item"]//h2[contains(., "Initech turbine case study")]');
  await title.waitForDisplayed({ timeout: 20_000 });

  // Tag it, then approve it.
  await (await button(browser, "Edit")).click();
  const tags = await browser.$("#content-tags");
  await tags.waitForDisplayed({ timeout: 10_000 });
  await tags.setValue("wind energy");
  await browser.keys("Enter");
  await (await button(browser, "Save")).click();
  await eventually(browser, async () => (await browser.$("//aside[@aria-label='Library item']//li[contains(@class, 'tag')][contains(., 'wind energy')]")).isExisting(), "the tag was not saved");
  await (await button(browser, "Approve")).click();
  await eventually(browser, async () => (await browser.$("//aside[@aria-label='Library item']//*[contains(@class, 'content-status--approved')]")).isExisting(), "the item was not approved");

  // Found by words that appear only inside the PDF, with the passage highlighted.
  await search(browser, "heliotrope turbines");
  await eventually(browser, async () => {
    const titles = await resultTitles(browser);
    return titles.length === 1 && titles[0].includes("Initech turbine case study");
  }, "the phrase inside the PDF did not find it");
  // The box debounces while typing: wait until the highlights are of the whole query.
  await eventually(browser, async () => {
    const marks = await browser.execute(() => Array.from(document.querySelectorAll('[data-testid="content-row"] mark')).map((m) => m.textContent.toLowerCase()));
    return marks.includes("heliotrope") && marks.includes("turbines");
  }, "the matched words are not highlighted");

  // The preview paints the page with pdf.js (non-blank pixels on its canvas).
  await (await browser.$('[data-testid="content-row"]')).click();
  await eventually(
    browser,
    async () =>
      browser.execute(() => {
        const canvas = document.querySelector(".preview-pdf canvas");
        if (!canvas || canvas.width === 0) return false;
        const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
        for (let i = 0; i < pixels.length; i += 4) if (pixels[i] < 128 && pixels[i + 3] > 0) return true;
        return false;
      }),
    "the PDF page was not painted",
    20_000,
  );
  await screenshot(browser, "library-item");
  assert.deepEqual(await accessibilityProblems(browser), []);

  // Share it with a contact: pick the first person whose name starts with "a".
  await (await button(browser, "Share with contact…")).click();
  const contact = await browser.$("#share-contact");
  await contact.waitForDisplayed({ timeout: 10_000 });
  await contact.setValue("a");
  const option = await browser.$('//*[@role="listbox"]//*[@role="option"]');
  await option.waitForDisplayed({ timeout: 10_000 });
  // The sample has namesakes (four Aarav Desais): the option's company (or e-mail) tells which one
  // was picked.
  const [person, which] = await browser.execute(
    (el) => [el.querySelector("span")?.textContent ?? "", el.querySelector(".record-picker__meta")?.textContent ?? ""],
    option,
  );
  await option.click();
  await (await browser.$('//form[@aria-label="Share with a contact"]//button[@type="submit"]')).click();
  await (await browser.$(`//*[@role="dialog"]//*[contains(., "Shared with ${person}")]`)).waitForDisplayed({ timeout: 10_000 });
  await screenshot(browser, "library-shared");
  await (await button(browser, "Done")).click();

  // The contact's timeline shows the share.
  await goTo(browser, "Contacts");
  await searchList(browser, "Search contacts", person);
  const row = await browser.$(`//*[@data-testid="contact-row"][contains(., "${person}")][contains(., "${which}")]`);
  await row.waitForDisplayed({ timeout: 10_000 });
  await row.click();
  await eventually(
    browser,
    async () =>
      (await browser.execute(() => Array.from(document.querySelectorAll('[data-testid="timeline-entry"]')).map((e) => e.textContent))).some((t) =>
        t.includes("Initech turbine case study"),
      ),
    `the share is not on ${person}'s timeline`,
  );
});
