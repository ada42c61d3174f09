import { describe, expect, it } from "vitest";
import { periodOf, todayIn } from "./dashboard-period";

describe("periodOf", () => {
  it("follows a calendar fiscal year", () => {
    expect(periodOf("this_quarter", "2026-11-30", 1)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodOf("last_quarter", "2026-11-30", 1)).toEqual({ start: "2026-07-01", end: "2026-09-30" });
    expect(periodOf("this_year", "2026-11-30", 1)).toEqual({ start: "2026-01-01", end: "2026-12-31" });
    expect(periodOf("last_year", "2026-02-10", 1)).toEqual({ start: "2025-01-01", end: "2025-12-31" });
  });

  it("starts quarters and years at the fiscal year's first month, across the new year", () => {
    // A fiscal year starting in April: 30 Nov is in Q3 (Oct–Dec) of FY Apr 2026 – Mar 2027.
    expect(periodOf("this_quarter", "2026-11-30", 4)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodOf("this_year", "2026-11-30", 4)).toEqual({ start: "2026-04-01", end: "2027-03-31" });
    // 15 Feb 2027 is in Q4 (Jan–Mar) of the same fiscal year; the quarter before ends in December.
    expect(periodOf("this_quarter", "2027-02-15", 4)).toEqual({ start: "2027-01-01", end: "2027-03-31" });
    expect(periodOf("last_quarter", "2027-02-15", 4)).toEqual({ start: "2026-10-01", end: "2026-12-31" });
    expect(periodOf("last_year", "2027-02-15", 4)).toEqual({ start: "2025-04-01", end: "2026-03-31" });
    // February's last day in a leap year.
    expect(periodOf("this_quarter", "2028-01-05", 11)).toEqual({ start: "2027-11-01", end: "2028-01-31" });
  });

  it("counts the last 12 months up to today", () => {
    expect(periodOf("last_12_months", "2026-11-30", 1)).toEqual({ start: "2025-12-01", end: "2026-11-30" });
  });
});

describe("todayIn", () => {
  it("gives the calendar day in the workspace zone, not the machine's", () => {
    const lateEvening = new Date("2026-11-30T23:30:00Z");
    expect(todayIn("UTC", lateEvening)).toBe("2026-11-30");
    expect(todayIn("Europe/Berlin", lateEvening)).toBe("2026-12-01");
    expect(todayIn("America/Los_Angeles", lateEvening)).toBe("2026-11-30");
  });
});
