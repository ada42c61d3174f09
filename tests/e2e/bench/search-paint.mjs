// Keystroke to painted results in the contact search box of a large workspace: for each key typed,
// the time from the input event to the first frame painted after the list's count changed
// (the UI's debounce included — that is what a user waits for).
// Usage (under Xvfb): TANDEM_APP=<binary> node bench/search-paint.mjs <workspace-dir> [rounds]
import { contactCount, eventually, launchTandem, openContacts } from "../lib/tandem.mjs";

const [workspace, roundsArg] = process.argv.slice(2);
const rounds = Number(roundsArg ?? 3);
const queries = ["garcia", "smith", "5550", "northwind"];

const app = await launchTandem(workspace);
const { browser } = app;
try {
  // Tandem starts on Today; the search box is on Contacts.
  await openContacts(browser, 120_000);
  await (await browser.$("aria/Search contacts")).waitForDisplayed({ timeout: 120_000 });
  await eventually(browser, async () => /\d/.test(await contactCount(browser)), "the list never loaded", 120_000);
  await browser.execute(() => {
    window.__latencies = [];
    const input = document.querySelector('[aria-label="Search contacts"]');
    const count = () => document.querySelector('[data-testid="contact-count"]')?.textContent ?? "";
    let keystroke = 0;
    input.addEventListener("input", () => {
      const mine = ++keystroke;
      const started = performance.now();
      const before = count();
      // A keystroke whose result shows the same count as before, or that the next key overtakes,
      // gives no sample: its paint cannot be told apart from the next one's.
      const watch = () => {
        if (mine !== keystroke) return;
        if (count() !== before) {
          requestAnimationFrame(() => window.__latencies.push(performance.now() - started));
        } else if (performance.now() - started < 3_000) {
          requestAnimationFrame(watch);
        }
      };
      requestAnimationFrame(watch);
    });
  });
  const search = await browser.$("aria/Search contacts");
  for (let round = 0; round < rounds; round++) {
    for (const query of queries) {
      for (const ch of query) {
        await search.addValue(ch);
        await browser.pause(900);
      }
      await browser.execute(() => {
        const input = document.querySelector('[aria-label="Search contacts"]');
        const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value").set;
        setter.call(input, "");
        input.dispatchEvent(new Event("input", { bubbles: true }));
      });
      await browser.pause(600);
    }
  }
  const samples = (await browser.execute(() => window.__latencies)).sort((a, b) => a - b);
  const at = (p) => samples[Math.round((samples.length - 1) * p)];
  console.log(`${samples.length} keystrokes: p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms, max ${samples.at(-1).toFixed(0)} ms`);
} finally {
  await app.close();
}
