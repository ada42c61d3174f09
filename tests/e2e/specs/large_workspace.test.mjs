// A seller with a large book of business: the list jumps to its last contact and search stays live.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { test } from "node:test";
import { cliBinary, contactCount, eventually, freshDataDir, launchTandem, openContacts, screenshot, visibleRowTexts } from "../lib/tandem.mjs";

/** Where the contacts grid is scrolled to, its first row, its row cursor and how many rows show selected. */
function gridState(browser) {
  return browser.execute(() => {
    const grid = document.querySelector('[role="grid"]');
    return {
      scrollTop: grid.scrollTop,
      firstRow: grid.querySelector('[data-testid="contact-row"]')?.getAttribute("aria-rowindex") ?? null,
      cursor: grid.getAttribute("aria-activedescendant"),
      selected: grid.querySelectorAll('[aria-selected="true"]').length,
    };
  });
}

// 20,000 keeps CI quick; docs/benchmarks.md has the 100,000-contact figures.
const SIZE = 20_000;

test("a 20,000-contact workspace scrolls to its last contact and filters as you type", async () => {
  const dataDir = freshDataDir("large");
  execFileSync(cliBinary, ["--data-dir", dataDir, "generate", "--contacts", String(SIZE), "--batch", "5000"]);
  const app = await launchTandem(dataDir);
  try {
    const { browser } = app;
    await openContacts(browser);
    await eventually(browser, async () => (await contactCount(browser).catch(() => "")) === "20,000 contacts", "the large workspace did not open", 30_000);
    // Keyboard only: into the grid, then End moves the row cursor to the last contact.
    await browser.execute(() => document.querySelector('[role="grid"]').focus());
    await browser.keys(["End"]);
    const lastIndex = await eventually(browser, () =>
      browser.execute(() => {
        const loaded = [...document.querySelectorAll('[data-testid="contact-row"]')].filter((row) => !row.hasAttribute("aria-busy"));
        const last = Math.max(0, ...loaded.map((row) => Number(row.getAttribute("aria-rowindex"))));
        return last > 19_000 ? last : null;
      }),
    "the rows at the end of the list never loaded");
    // aria-rowindex counts the header row as 1.
    assert.equal(lastIndex, SIZE + 1);
    assert.equal(await gridState(browser).then((g) => g.cursor), `contact-row-${SIZE - 1}`);
    await screenshot(browser, "40-large-workspace-end");
    await (await browser.$("aria/Search contacts")).addValue("northwind");
    const rows = await eventually(browser, async () => {
      const texts = await visibleRowTexts(browser);
      return texts.length > 0 && texts.every((t) => /northwind/i.test(t)) ? texts : null;
    }, "search did not filter the large workspace");
    assert.ok(rows.length > 0);
    // A new answer starts at the top with nothing selected (the grid keeps its rows, not its place).
    const after = await gridState(browser);
    assert.equal(after.scrollTop, 0);
    assert.equal(after.firstRow, "2");
    assert.equal(after.cursor, null);
    assert.equal(after.selected, 0);
    // Sorting from the keyboard: the rows reorder and focus stays on the column's button.
    await browser.execute(() => document.querySelector('button[data-sort-by="name"]').focus());
    await browser.keys("Enter");
    await eventually(browser, () =>
      browser.execute(() =>
        document.activeElement?.getAttribute("data-sort-by") === "name" &&
        document.querySelector('[role="columnheader"][aria-sort="ascending"]') !== null &&
        document.querySelectorAll('[data-testid="contact-row"][aria-busy]').length === 0,
      ),
    "sorting by name from the keyboard lost the focus or never loaded");
  } finally {
    await app.close();
  }
});
