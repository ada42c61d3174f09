import { describe, expect, it } from "vitest";
import { dayKeyIn, fromDateTimeLocal, toDateTimeLocal } from "./zoned-time";

describe("zoned time", () => {
  const cases = [
    { zone: "UTC", local: "2026-03-02T09:30", iso: "2026-03-02T09:30:00.000Z" },
    { zone: "Europe/Madrid", local: "2026-01-15T18:00", iso: "2026-01-15T17:00:00.000Z" },
    { zone: "Europe/Madrid", local: "2026-07-15T18:00", iso: "2026-07-15T16:00:00.000Z" },
    { zone: "America/New_York", local: "2026-11-01T23:30", iso: "2026-11-02T04:30:00.000Z" },
  ];

  it.each(cases)("$local in $zone is $iso, and back", ({ zone, local, iso }) => {
    expect(fromDateTimeLocal(local, zone)).toBe(iso);
    expect(toDateTimeLocal(new Date(iso), zone)).toBe(local);
  });

  it("names the calendar day in the zone, not in UTC", () => {
    expect(dayKeyIn(new Date("2026-11-02T04:30:00Z"), "America/New_York")).toBe("2026-11-01");
    expect(dayKeyIn(new Date("2026-11-02T04:30:00Z"), "UTC")).toBe("2026-11-02");
  });

  it("reads nothing from text that is not a date and time", () => {
    expect(fromDateTimeLocal("tomorrow", "UTC")).toBeNull();
  });
});
