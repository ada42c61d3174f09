// An account executive plans follow-ups: a reminder pops up as a real notification (captured by a
// notification server on the test's own session bus), is snoozed from the notification, the task
// is completed from Today, and a repeating task brings its next occurrence.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { accessibilityProblems, drag, eventually, formField, freshDataDir, launchTandem, screenshot, setUpWorkspace } from "../lib/tandem.mjs";
import { startNotificationServer } from "../lib/notifications.mjs";

let app;
let notifications;

before(async () => {
  notifications = await startNotificationServer();
  app = await launchTandem(freshDataDir("follow-ups"), { env: notifications.env });
  await setUpWorkspace(app.browser, "empty");
});

after(async () => {
  await app?.close();
  notifications?.stop();
});

/** Row titles of one Today group ("Overdue", "Today", "Next 7 days", "Snoozed"). */
async function groupTitles(browser) {
  return browser.execute(() =>
    Array.from(document.querySelectorAll('[data-testid="task-row"]')).map((row) => row.getAttribute("aria-label")),
  );
}

/** Opens the new-task form, types a title and when, and saves. */
async function newTask(browser, title, when, { reminderAtDue = false, repeatWeekly = false } = {}) {
  await (await browser.$('//main//button[contains(., "New task")]')).click();
  const titleField = await formField(browser, "Title");
  await titleField.waitForDisplayed({ timeout: 10_000 });
  await titleField.setValue(title);
  const whenField = await formField(browser, "Or type when");
  await whenField.setValue(when);
  await eventually(browser, async () => (await browser.$(".when-input .field__hint")).getText().then((t) => t.startsWith("→")), `"${when}" was not understood`);
  await browser.keys("Enter");
  if (reminderAtDue) {
    await (await browser.$('//button[contains(., "Add reminder")]')).click();
    await (await browser.$('//*[@role="menuitem"][contains(., "At due time")]')).click();
  }
  if (repeatWeekly) {
    await (await browser.$("#task-repeat")).selectByAttribute("value", "weekly");
  }
  await (await browser.$('//form//button[@type="submit"]')).click();
  await eventually(browser, async () => (await groupTitles(browser)).includes(title), `"${title}" did not appear on Today`);
}

test("a reminder shows as a notification, is snoozed from it, and the task is completed from Today", async () => {
  const { browser } = app;
  // Due at the next whole minute at least 20 s away, with a reminder at the due time.
  const due = new Date(Date.now() + 20_000);
  due.setUTCSeconds(0, 0);
  due.setUTCMinutes(due.getUTCMinutes() + 1);
  const hhmm = due.toISOString().slice(11, 16);
  await newTask(browser, "Call Ada about the renewal", hhmm, { reminderAtDue: true });
  await screenshot(browser, "follow-ups-today");
  assert.deepEqual(await accessibilityProblems(browser), []);

  const shown = await eventually(
    browser,
    async () => notifications.shown().find((n) => n.summary === "Call Ada about the renewal"),
    "no notification for the reminder",
    120_000,
  );
  assert.equal(shown.app, "Tandem");
  assert.match(shown.body, new RegExp(`^Due .* ${hhmm}`));
  assert.deepEqual(Object.keys(shown.actions).sort(), ["default", "done", "snooze"]);
  const lateBy = Date.now() - due.getTime();
  assert.ok(lateBy < 5_000, `the notification came ${lateBy} ms after the due instant`);

  // Snooze from the notification: the task moves to Snoozed, and nothing fires twice.
  notifications.click(shown.id, "snooze");
  await eventually(browser, async () => (await browser.$("aria/Snoozed")).isExisting(), "the task was not snoozed");
  await new Promise((r) => setTimeout(r, 1_500));
  assert.equal(notifications.shown().filter((n) => n.summary === "Call Ada about the renewal").length, 1);

  // Complete it from Today with its round checkbox.
  const row = await browser.$('[data-testid="task-row"][aria-label="Call Ada about the renewal"]');
  await (await row.$("button")).click();
  await eventually(browser, async () => !(await groupTitles(browser)).includes("Call Ada about the renewal"), "the task stayed open");
});

test("completing a repeating task brings its next occurrence", async () => {
  const { browser } = app;
  await newTask(browser, "Weekly pipeline review", "today", { repeatWeekly: true });
  const row = await browser.$('[data-testid="task-row"][aria-label="Weekly pipeline review"]');
  await (await row.$("button")).click();
  const toast = await eventually(browser, async () => {
    const text = await browser.execute(() => document.querySelector(".toast")?.textContent ?? "");
    return text.includes("Next:") && text;
  }, "no toast naming the next occurrence");
  assert.match(toast, /Next: /);
  await eventually(browser, async () => (await groupTitles(browser)).includes("Weekly pipeline review"), "the next occurrence is not listed");
  await screenshot(browser, "follow-ups-repeating");
});

test("a task dragged onto Today is rescheduled to today", async () => {
  const { browser } = app;
  await newTask(browser, "Check the contract redlines", "today");
  await newTask(browser, "Send the pricing sheet", "tomorrow");
  const today = await browser.$('[data-testid="task-row"][aria-label="Check the contract redlines"]').getAttribute("data-due");
  await drag(browser, '[data-testid="task-row"][aria-label="Send the pricing sheet"] .task-row__title', `[data-drop-day="${today}"]`);
  await eventually(
    browser,
    async () => (await browser.$('[data-testid="task-row"][aria-label="Send the pricing sheet"]').getAttribute("data-due")) === today,
    "the task did not move to today",
  );
  const toast = await browser.execute(() => document.querySelector(".toast")?.textContent ?? "");
  assert.match(toast, /Moved “Send the pricing sheet” to Today/);
  await screenshot(browser, "follow-ups-dragged");
});
