// A bundle's parts in order: single products with a quantity each; empty for a single product.
import { movedRow } from "../../components/moved-row";
import { RowOrderButtons } from "../../components/RowOrderButtons";
import { freshKey, type PartDraft, type RowsTouched } from "./product-draft";
import { ProductPicker } from "./ProductPicker";

export function PartsEditor({
  productId,
  parts,
  onPartsChange,
  errors,
}: {
  /** The product being edited (null while new), which can't be its own part. */
  productId: string | null;
  parts: PartDraft[];
  onPartsChange: (parts: PartDraft[], touched: RowsTouched) => void;
  /** Keyed as the backend keys them: "parts" for the list, "parts.0" for the first row. */
  errors: Record<string, string>;
}) {
  const excludedIds = [...(productId ? [productId] : []), ...parts.map((p) => p.product_id)];
  const move = (index: number, step: number) => onPartsChange(movedRow(parts, index, step), "all");

  return (
    <fieldset className="catalog-rows" aria-describedby={errors.parts ? "product-parts-error" : undefined}>
      <legend className="field__label">Bundle parts</legend>
      {parts.length === 0 ? (
        <p className="field__hint">A single product. Add parts to sell it as a bundle: its price is split across them on a quote.</p>
      ) : (
        <ol className="catalog-rows__list" aria-label="Parts in order">
          {parts.map((part, index) => {
            const error = errors[`parts.${index}`];
            const errorId = `product-part-${index}-error`;
            return (
              <li key={part.key}>
                <div className="catalog-part-row">
                  <span className="catalog-part-row__name">
                    {part.name} <span className="muted">{part.sku}</span>
                  </span>
                  <input
                    className="input tabular"
                    inputMode="decimal"
                    aria-label={`Quantity of ${part.name}`}
                    autoComplete="off"
                    value={part.quantity}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={error ? errorId : undefined}
                    onChange={(e) =>
                      onPartsChange(
                        parts.map((p, i) => (i === index ? { ...p, quantity: e.target.value } : p)),
                        index,
                      )
                    }
                  />
                  <RowOrderButtons
                    name={part.name}
                    index={index}
                    count={parts.length}
                    onMove={(step) => move(index, step)}
                    onRemove={() => onPartsChange(parts.filter((_, i) => i !== index), "all")}
                    removeLabel={`Remove ${part.name} from the bundle`}
                  />
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
      <ProductPicker
        id="product-add-part"
        label="Add a part"
        excludedIds={excludedIds}
        onPick={(product) =>
          onPartsChange(
            [...parts, { key: freshKey(parts), product_id: product.id, sku: product.sku, name: product.name, quantity: "1" }],
            "all",
          )
        }
      />
      {errors.parts && (
        <span id="product-parts-error" className="field__error" role="alert">
          {errors.parts}
        </span>
      )}
    </fieldset>
  );
}
