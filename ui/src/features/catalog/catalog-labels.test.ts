import { describe, expect, it } from "vitest";
import { cadenceOf, currencyDecimals, percentOf, priceListOf } from "./catalog-labels";

describe("how catalog values read", () => {
  it.each([
    { unit: "seat", billing: "monthly", reads: "per seat · monthly" },
    { unit: "hour", billing: "one_time", reads: "per hour · one-time" },
    { unit: "license", billing: "yearly", reads: "per license · yearly" },
  ] as const)("$unit billed $billing reads “$reads”", ({ unit, billing, reads }) => {
    expect(cadenceOf({ unit, billing })).toBe(reads);
  });

  it.each([
    { locale: "en-US", reads: "€40.00 · ¥6,500 · $0.10" },
    { locale: "de-DE", reads: "40,00 € · 6.500 ¥ · 0,10 $" },
  ])("prices read “$reads” in $locale, exactly as the backend wrote them", ({ locale, reads }) => {
    const prices = [
      { currency: "EUR", unit_price: "40.00" },
      { currency: "JPY", unit_price: "6500" },
      { currency: "USD", unit_price: "0.10" },
    ];
    expect(priceListOf(prices, locale).replace(/\s/g, " ")).toBe(reads);
  });

  it("writes a price with more digits than a float holds without rounding it", () => {
    expect(priceListOf([{ currency: "EUR", unit_price: "12345678901234567.89" }], "en-US")).toBe("€12,345,678,901,234,567.89");
  });

  it.each([
    { percent: "20", locale: "en-US", reads: "20%" },
    { percent: "5.5", locale: "en-US", reads: "5.5%" },
    { percent: "5.5", locale: "fr-FR", reads: "5,5 %" },
    { percent: "0.0125", locale: "en-US", reads: "0.0125%" },
  ])("$percent percent reads “$reads” in $locale", ({ percent, locale, reads }) => {
    expect(percentOf(percent, locale).replace(/\s/g, " ")).toBe(reads);
  });

  it.each([
    { currency: "EUR", decimals: 2 },
    { currency: "JPY", decimals: 0 },
    { currency: "KWD", decimals: 3 },
    { currency: "", decimals: 2 },
  ])("$currency prices have $decimals decimals", ({ currency, decimals }) => {
    expect(currencyDecimals(currency)).toBe(decimals);
  });
});
