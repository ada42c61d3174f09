// Keystroke to painted results in the contact search box of a large workspace: for each key typed,
// the time from the input event to the first frame painted after the list's count changed
// (the UI's debounce included — that is what a user waits for). The baseline, from the same
// keystrokes: the input event to the first frame painted after it (the typed letter in the box),
// which is what this machine's WebView takes to show any change at all.
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
    window.__echoes = [];
    const input = document.querySelector('[aria-label="Search contacts"]');
    const count = () => document.querySelector('[data-testid="contact-count"]')?.textContent ?? "";
    let keystroke = 0;
    input.addEventListener("input", () => {
      const mine = ++keystroke;
      const started = performance.now();
      const before = count();
      requestAnimationFrame(() => requestAnimationFrame(() => window.__echoes.push(performance.now() - started)));
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
  const summary = (samples) => {
    const sorted = [...samples].sort((a, b) => a - b);
    const at = (p) => sorted[Math.round((sorted.length - 1) * p)];
    return { p50: at(0.5), p95: at(0.95), max: sorted.at(-1), count: sorted.length };
  };
  const results = summary(await browser.execute(() => window.__latencies));
  const echoes = summary(await browser.execute(() => window.__echoes));
  const line = (s) => `p50 ${s.p50.toFixed(0)} ms, p95 ${s.p95.toFixed(0)} ms, max ${s.max.toFixed(0)} ms`;
  console.log(`${results.count} keystrokes to painted results: ${line(results)}`);
  console.log(`baseline, ${echoes.count} keystrokes to the next frame painted (the letter in the box): ${line(echoes)}`);
  console.log(`ratio at p50: ${(results.p50 / echoes.p50).toFixed(1)}x`);
} finally {
  await app.close();
}
