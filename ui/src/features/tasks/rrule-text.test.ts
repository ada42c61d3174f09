import { describe, expect, it } from "vitest";
import { buildRule, describeRepeat, parseRule, startRepeat, type Repeat } from "./rrule-text";

const never = { type: "never" } as const;
const every = (change: Partial<Extract<Repeat, { type: "every" }>>): Repeat => ({
  type: "every",
  frequency: "daily",
  interval: 1,
  days: [],
  monthDay: 1,
  end: never,
  ...change,
});
const day = (iso: string) => iso.split("-").reverse().join("/");

describe("repeat rules", () => {
  const cases: { repeat: Repeat; rule: string; summary: string }[] = [
    { repeat: { type: "none" }, rule: "", summary: "Does not repeat" },
    { repeat: every({}), rule: "FREQ=DAILY", summary: "Every day" },
    { repeat: every({ interval: 3 }), rule: "FREQ=DAILY;INTERVAL=3", summary: "Every 3 days" },
    { repeat: every({ frequency: "weekdays" }), rule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR", summary: "Every weekday" },
    {
      repeat: every({ frequency: "weekly", interval: 2, days: ["MO", "WE"] }),
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE",
      summary: "Every 2 weeks on Mon, Wed",
    },
    {
      repeat: every({ frequency: "weekly", interval: 2, days: ["MO", "WE"], end: { type: "after", count: 10 } }),
      rule: "FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,WE;COUNT=10",
      summary: "Every 2 weeks on Mon, Wed · 10 times",
    },
    { repeat: every({ frequency: "monthly", monthDay: 12 }), rule: "FREQ=MONTHLY;BYMONTHDAY=12", summary: "Every month on the 12th" },
    {
      repeat: every({ frequency: "monthly", monthDay: 30 }),
      rule: "FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1",
      summary: "Every month on the 30th (or the last day)",
    },
    {
      repeat: every({ frequency: "monthly", monthDay: 31 }),
      rule: "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1",
      summary: "Every month on the 31st (or the last day)",
    },
    {
      repeat: every({ frequency: "yearly", end: { type: "on", date: "2027-03-01" } }),
      rule: "FREQ=YEARLY;UNTIL=20270301",
      summary: "Every year · until 01/03/2027",
    },
  ];

  it.each(cases)("$rule reads “$summary”", ({ repeat, rule, summary }) => {
    expect(buildRule(repeat)).toBe(rule);
    expect(parseRule(rule)).toEqual(repeat);
    expect(describeRepeat(repeat, day)).toBe(summary);
  });

  it("writes the picked weekdays in calendar order", () => {
    expect(buildRule(every({ frequency: "weekly", days: ["FR", "MO"] }))).toBe("FREQ=WEEKLY;BYDAY=MO,FR");
  });

  it("reads a stored UNTIL with a time, and an RRULE: prefix", () => {
    expect(parseRule("RRULE:FREQ=DAILY;UNTIL=20270301T235959Z")).toEqual(every({ end: { type: "on", date: "2027-03-01" } }));
  });

  const custom = ["FREQ=HOURLY", "FREQ=MONTHLY;BYDAY=1MO", "FREQ=WEEKLY;BYHOUR=9", "FREQ=MONTHLY;BYMONTHDAY=30,31;BYSETPOS=-1"];
  it.each(custom)("keeps %s as a custom rule it cannot show", (rule) => {
    expect(parseRule(rule)).toEqual({ type: "custom", rule });
    expect(buildRule(parseRule(rule))).toBe(rule);
  });

  it("starts weekly on the due day and monthly on the due date", () => {
    expect(buildRule(startRepeat("weekly", "2026-12-03"))).toBe("FREQ=WEEKLY;BYDAY=TH");
    expect(buildRule(startRepeat("monthly", "2026-12-30"))).toBe("FREQ=MONTHLY;BYMONTHDAY=28,29,30;BYSETPOS=-1");
  });
});
