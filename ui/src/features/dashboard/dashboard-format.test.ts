import { describe, expect, it } from "vitest";
import { compactMoney, headlineMoney } from "./dashboard-format";

describe("compactMoney", () => {
  it("drops a trailing zero decimal and keeps one that says something", () => {
    expect(compactMoney("12000000", "USD", "en-US")).toBe("$12M");
    expect(compactMoney("0", "USD", "en-US")).toBe("$0");
    expect(compactMoney("1250000.00", "USD", "en-US")).toBe("$1.3M");
    expect(compactMoney("1250000", "EUR", "de-DE")).toBe("1,3\u00a0Mio.\u00a0€");
  });
});

describe("headlineMoney", () => {
  it("shows whole units from a thousand up and keeps the cents below", () => {
    expect(headlineMoney("1102698.12", "USD", "en-US")).toBe("$1,102,698");
    expect(headlineMoney("-2500.50", "EUR", "de-DE")).toBe("-2.501\u00a0€");
    expect(headlineMoney("999.99", "USD", "en-US")).toBe("$999.99");
    expect(headlineMoney("", "USD", "en-US")).toBe("—");
  });
});
