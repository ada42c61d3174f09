// Picks a product by SKU or name, leaving out the ones given: a single product for a bundle's
// parts, a bundle too for a quote.
import { useEffect, useMemo } from "react";
import { backend } from "../../ipc/backend";
import type { Product } from "../../ipc/bindings";
import { RecordPicker, type RecordMatch, type RecordSearch } from "../records/RecordPicker";

const shown = 8;

export function ProductPicker({
  id,
  label,
  excludedIds,
  withBundles = false,
  onPick,
}: {
  id: string;
  label: string;
  /** Products not to offer: in a bundle, the product being edited and the parts it already has. */
  excludedIds: string[];
  /** Offer bundles too (a quote sells them; a bundle's parts cannot be bundles). */
  withBundles?: boolean;
  onPick: (product: Product) => void;
}) {
  const excludedKey = excludedIds.join(",");
  const search = useMemo<RecordSearch<RecordMatch & { product: Product }>>(() => {
    const excluded = new Set(excludedKey.split(","));
    return {
      key: (text) => ["products", "picker", text, excludedKey, withBundles],
      find: async (text) => {
        const products = await backend.listProducts(text);
        return products
          // A bundle's parts are single products: the backend refuses a bundle inside a bundle.
          .filter((p) => (withBundles || p.parts.length === 0) && !excluded.has(p.id))
          .slice(0, shown)
          .map((product) => ({ id: product.id, name: product.name, meta: product.parts.length > 0 ? `${product.sku} · bundle` : product.sku, product }));
      },
    };
  }, [excludedKey, withBundles]);

  // The dialog closes on Esc from a capturing listener on the document, before the picker sees the key.
  // Marking it handled first (the window captures earlier) lets Esc close just the open list.
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const target = event.target;
      if (event.key === "Escape" && target instanceof HTMLElement && target.id === id && target.getAttribute("aria-expanded") === "true") {
        event.preventDefault();
      }
    }
    window.addEventListener("keydown", onKeyDown, true);
    return () => window.removeEventListener("keydown", onKeyDown, true);
  }, [id]);

  return (
    <RecordPicker
      id={id}
      label={label}
      value={null}
      onChange={(match) => match && onPick(match.product)}
      search={search}
      placeholder="Type a SKU or a name…"
    />
  );
}
