import { describe, expect, it } from "vitest";
import { compactMoney } from "./dashboard-format";

describe("compactMoney", () => {
  it("drops a trailing zero decimal and keeps one that says something", () => {
    expect(compactMoney("12000000", "USD", "en-US")).toBe("$12M");
    expect(compactMoney("0", "USD", "en-US")).toBe("$0");
    expect(compactMoney("1250000.00", "USD", "en-US")).toBe("$1.3M");
    expect(compactMoney("1250000", "EUR", "de-DE")).toBe("1,3\u00a0Mio.\u00a0€");
  });
});
