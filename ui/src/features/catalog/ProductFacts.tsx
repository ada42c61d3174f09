// One product, read-only, for those who quote from the catalog but don't keep it.
import { Button } from "../../components/Button";
import { formatMoney } from "../../components/format-money";
import { useDisplayFormat } from "../../components/format-context";
import { Modal } from "../../components/Modal";
import type { Product } from "../../ipc/bindings";
import { cadenceOf, percentOf, priceListOf } from "./catalog-labels";

export function ProductFacts({ product, baseCurrency, onClose }: { product: Product; baseCurrency: string; onClose: () => void }) {
  const { locale } = useDisplayFormat();
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={product.name}>
      <dl className="catalog-facts">
        <dt>SKU</dt>
        <dd>{product.sku}</dd>
        <dt>Billed</dt>
        <dd>{cadenceOf(product)}</dd>
        <dt>Prices</dt>
        <dd className="tabular">{priceListOf(product.prices, locale)}</dd>
        <dt>Taxes</dt>
        <dd>{product.tax_rates.length ? product.tax_rates.map((t) => `${t.name} (${percentOf(t.percent, locale)})`).join(", ") : "None"}</dd>
        <dt>Cost</dt>
        <dd className="tabular">{product.cost ? formatMoney(product.cost, baseCurrency, locale) : "Not set"}</dd>
        <dt>Status</dt>
        <dd>{product.active ? "Active" : "Inactive"}</dd>
        {product.parts.length > 0 && (
          <>
            <dt>Bundle of</dt>
            <dd>
              <ol className="catalog-facts__parts">
                {product.parts.map((part) => (
                  <li key={part.product_id}>
                    <span className="tabular">{part.quantity} ×</span> {part.name} <span className="muted">{part.sku}</span>
                  </li>
                ))}
              </ol>
            </dd>
          </>
        )}
        {product.description && (
          <>
            <dt>Description</dt>
            <dd className="catalog-facts__description">{product.description}</dd>
          </>
        )}
      </dl>
      <p className="field__hint">Only admins and sales managers change the catalog.</p>
      <div className="dialog__actions">
        <Button onClick={onClose}>Close</Button>
      </div>
    </Modal>
  );
}
