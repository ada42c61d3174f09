// A screenshot of every main screen of a new sample workspace, list screens also with their first
// record open: for looking at the app as a user sees it after a change (not a test).
// Usage (under Xvfb, after scripts/build-app.sh; GTK_THEME=Adwaita:dark for the dark theme):
//   E2E_SCREENSHOT_DIR=/tmp/tour node tests/e2e/tour.mjs [prefix]
import { freshDataDir, goTo, launchTandem, screenshot, setUpWorkspace } from "./lib/tandem.mjs";

const prefix = process.argv[2] ?? "tour";
const screens = ["Today", "Dashboard", "Contacts", "Companies", "Deals", "Campaigns", "Library", "Trash", "Settings"];
// The first record of each list screen, opened for a second screenshot.
const firstRecord = {
  Contacts: '[data-testid="contact-row"]',
  Companies: '[data-testid="company-row"]',
  Deals: ".deal-card__name",
  Library: '[data-testid="content-row"]',
};

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const app = await launchTandem(freshDataDir(prefix));
const { browser } = app;
try {
  await setUpWorkspace(browser, "sample");
  for (const [index, screen] of screens.entries()) {
    await goTo(browser, screen);
    await settle(1_200);
    const name = `${prefix}-${String(index + 1).padStart(2, "0")}-${screen.toLowerCase()}`;
    await screenshot(browser, name);
    const row = firstRecord[screen] && (await browser.$(firstRecord[screen]));
    if (row && (await row.isExisting())) {
      await row.click();
      await settle(1_200);
      await screenshot(browser, `${name}-open`);
      await browser.keys("Escape");
    }
  }
} finally {
  await app.close();
}
