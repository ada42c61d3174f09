// A product's price book: one row per currency (a code from the list or any ISO code typed) and its amount.
import { Plus, X } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { currencyDecimals } from "./catalog-labels";
import { freshKey, type PriceDraft, type RowsTouched } from "./product-draft";

const currencyListId = "product-price-currencies";

export function PricesEditor({
  prices,
  onPricesChange,
  currencies,
  errors,
}: {
  prices: PriceDraft[];
  onPricesChange: (prices: PriceDraft[], touched: RowsTouched) => void;
  /** Offered first: the base currency and those with an exchange rate. */
  currencies: string[];
  /** Keyed as the backend keys them: "prices" for the list, "prices.0" for the first row. */
  errors: Record<string, string>;
}) {
  // The row just added takes the focus; rows there from the start do not.
  const [addedKey, setAddedKey] = useState<number | null>(null);
  const update = (index: number, change: Partial<PriceDraft>) =>
    onPricesChange(
      prices.map((p, i) => (i === index ? { ...p, ...change } : p)),
      index,
    );

  function add() {
    const unused = currencies.find((c) => !prices.some((p) => p.currency === c)) ?? "";
    const key = freshKey(prices);
    setAddedKey(key);
    onPricesChange([...prices, { key, currency: unused, unit_price: "" }], "all");
  }

  return (
    <fieldset className="catalog-rows" aria-describedby={errors.prices ? "product-prices-error" : undefined}>
      <legend className="field__label">Prices</legend>
      <datalist id={currencyListId}>
        {currencies.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      {prices.length === 0 ? (
        <p className="field__hint">No prices yet. Give the product a price in each currency you quote in.</p>
      ) : (
        <ol className="catalog-rows__list">
          {prices.map((price, index) => {
            const n = index + 1;
            const error = errors[`prices.${index}`];
            const errorId = `product-price-${index}-error`;
            const zeros = currencyDecimals(price.currency);
            return (
              <li key={price.key}>
                <div className="catalog-price">
                  <input
                    className="input catalog-price__currency"
                    list={currencyListId}
                    aria-label={`Currency of price ${n}`}
                    placeholder="EUR"
                    maxLength={3}
                    autoComplete="off"
                    spellCheck={false}
                    value={price.currency}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    autoFocus={price.key === addedKey && !price.currency}
                    onChange={(e) => update(index, { currency: e.target.value.toUpperCase() })}
                  />
                  <input
                    className="input tabular catalog-price__amount"
                    inputMode="decimal"
                    aria-label={`Amount of price ${n}`}
                    placeholder={zeros > 0 ? `0.${"0".repeat(zeros)}` : "0"}
                    autoComplete="off"
                    value={price.unit_price}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    autoFocus={price.key === addedKey && Boolean(price.currency)}
                    onChange={(e) => update(index, { unit_price: e.target.value })}
                  />
                  <Button
                    size="small"
                    variant="ghost"
                    className="btn--icon"
                    aria-label={`Remove price ${n}${price.currency ? ` (${price.currency})` : ""}`}
                    onClick={() =>
                      onPricesChange(
                        prices.filter((_, i) => i !== index),
                        "all",
                      )
                    }
                  >
                    <X aria-hidden="true" />
                  </Button>
                </div>
                {error && (
                  <span id={errorId} className="field__error" role="alert">
                    {error}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      <Button size="small" className="catalog-rows__add" onClick={add}>
        <Plus aria-hidden="true" />
        Add a price
      </Button>
      {errors.prices && (
        <span id="product-prices-error" className="field__error" role="alert">
          {errors.prices}
        </span>
      )}
    </fieldset>
  );
}
