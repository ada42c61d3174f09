// Settings → Catalog → Products: search, the table, and adding, importing and exporting products.
import { Download, Package, Plus, Upload } from "lucide-react";
import { SearchBox } from "../../components/SearchBox";
import { useRef, useState } from "react";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { useDebouncedValue } from "../../components/use-debounced-value";
import { TableHead } from "../../components/TableHead";
import { toAppError } from "../../ipc/app-error";
import type { Product } from "../../ipc/bindings";
import { ConfirmRemoval } from "../settings/ConfirmRemoval";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { cadenceOf, priceListOf } from "./catalog-labels";
import { useDeleteProduct, useExportCatalog, useImportCatalog, useProducts } from "./catalog-queries";
import { CatalogImportProblems } from "./CatalogImportProblems";
import { ProductDialog } from "./ProductDialog";
import { ProductFacts } from "./ProductFacts";

/** The backend answers a search with at most this many products. */
const listLimit = 500;

export function ProductsList({ mayEdit, baseCurrency }: { mayEdit: boolean; baseCurrency: string }) {
  const [searchText, setSearchText] = useState("");
  const search = useDebouncedValue(searchText.trim(), 150);
  const products = useProducts(search);
  const remove = useDeleteProduct();
  const exportCatalog = useExportCatalog();
  const importCatalog = useImportCatalog();
  const toast = useToast();
  const { locale } = useDisplayFormat();
  const fileInput = useRef<HTMLInputElement>(null);
  const [importedName, setImportedName] = useState("");
  const [opened, setOpened] = useState<Product | "new" | null>(null);
  const [removing, setRemoving] = useState<Product | null>(null);

  function importFile(file: File | undefined) {
    if (!file || importCatalog.isPending) return;
    setImportedName(file.name);
    importCatalog.mutate(file, {
      onSuccess: ({ created, updated }) => toast({ message: `Catalog imported: ${created} added, ${updated} updated` }),
    });
  }

  const rows = products.data ?? [];
  const noneAtAll = products.isSuccess && rows.length === 0 && search === "";

  return (
    <div className="catalog-part" role="group" aria-labelledby="catalog-products-title">
      <div className="catalog-part__head">
        <h3 id="catalog-products-title" className="catalog-part__title">
          Products
        </h3>
        <SearchBox className="catalog-search" label="Search products" placeholder="Search SKU or name…" value={searchText} onValueChange={setSearchText} />
        {mayEdit && (
          <>
            <input
              ref={fileInput}
              type="file"
              accept=".csv,text/csv"
              aria-label="Import catalog CSV"
              className="visually-hidden"
              tabIndex={-1}
              onChange={(e) => {
                importFile(e.target.files?.[0]);
                // Choosing the same file again (after fixing it) must fire another change.
                e.target.value = "";
              }}
            />
            <Button
              size="small"
              disabled={importCatalog.isPending}
              onClick={() => fileInput.current?.click()}
              title="A CSV with columns sku, name, description, unit, billing, cost, active, taxes, bundle_parts and one price_<CURRENCY> per currency — the same as Export CSV writes. A SKU already in the catalog updates that product."
            >
              <Upload aria-hidden="true" />
              {importCatalog.isPending ? "Importing…" : "Import CSV…"}
            </Button>
          </>
        )}
        <Button
          size="small"
          disabled={exportCatalog.isPending}
          onClick={() =>
            exportCatalog.mutate(undefined, {
              onSuccess: ({ path }) => toast({ message: `Catalog exported to ${path}` }),
              onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            })
          }
        >
          <Download aria-hidden="true" />
          Export CSV
        </Button>
        {mayEdit && (
          <Button size="small" variant="primary" onClick={() => setOpened("new")} disabled={!baseCurrency}>
            <Plus aria-hidden="true" />
            Add product
          </Button>
        )}
      </div>

      {importCatalog.isError && (
        <CatalogImportProblems
          error={importCatalog.error}
          fileName={importedName}
          onChooseAgain={() => fileInput.current?.click()}
          onDismiss={() => importCatalog.reset()}
        />
      )}

      {products.isPending ? (
        <SectionLoading />
      ) : products.isError ? (
        <SectionError what="products" error={products.error} onRetry={() => void products.refetch()} />
      ) : noneAtAll ? (
        <EmptyState
          icon={<Package size={20} aria-hidden="true" />}
          title="No products yet"
          action={
            mayEdit && (
              <Button onClick={() => setOpened("new")} disabled={!baseCurrency}>
                <Plus aria-hidden="true" />
                Add product
              </Button>
            )
          }
        >
          {mayEdit
            ? "Add the products and services you sell, each with a price in every currency you quote in — or import them from a CSV with Import CSV…."
            : "An admin or a sales manager adds the products and services you quote here."}
        </EmptyState>
      ) : rows.length === 0 ? (
        <p className="muted">No product’s SKU or name contains “{search}”.</p>
      ) : (
        <div className="catalog-products" aria-busy={products.isPlaceholderData || undefined}>
          <table className="settings-table">
            <TableHead columns={["SKU", "Name", "Billed", "Prices", "Taxes", "Status"]} actions={mayEdit} />
            <tbody>
              {rows.map((product) => (
                <tr
                  key={product.id}
                  className={product.active ? "catalog-products__row" : "catalog-products__row catalog-row--inactive"}
                  // The name's button is the keyboard way in; a click anywhere on the row does the same.
                  onClick={() => setOpened(product)}
                >
                  <td className="catalog-products__sku">{product.sku}</td>
                  <td className="catalog-products__name">
                    <button
                      type="button"
                      className="catalog-products__open"
                      title={product.description || undefined}
                      onClick={(e) => {
                        e.stopPropagation();
                        setOpened(product);
                      }}
                    >
                      {product.name}
                    </button>
                    {product.parts.length > 0 && (
                      <span className="chip" title={product.parts.map((p) => `${p.quantity} × ${p.name}`).join(", ")}>
                        Bundle of {product.parts.length}
                      </span>
                    )}
                  </td>
                  <td className="catalog-products__cadence">{cadenceOf(product)}</td>
                  <td className="tabular catalog-products__prices">{priceListOf(product.prices, locale)}</td>
                  <td className="catalog-products__taxes">{product.tax_rates.map((t) => t.name).join(", ") || "—"}</td>
                  <td>
                    <span className={product.active ? "chip chip--accent" : "chip"}>{product.active ? "Active" : "Inactive"}</span>
                  </td>
                  {mayEdit && (
                    <td className="settings-table__actions">
                      <Button
                        size="small"
                        variant="ghost"
                        className="catalog-products__delete"
                        aria-label={`Delete ${product.name}`}
                        onClick={(e) => {
                          e.stopPropagation();
                          setRemoving(product);
                        }}
                      >
                        Delete
                      </Button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
          {rows.length >= listLimit && (
            <p className="field__hint catalog-products__limit">Showing the first {listLimit} products; search to find the others.</p>
          )}
        </div>
      )}

      {opened &&
        (mayEdit ? (
          <ProductDialog product={opened === "new" ? null : opened} baseCurrency={baseCurrency} onClose={() => setOpened(null)} />
        ) : (
          opened !== "new" && <ProductFacts product={opened} baseCurrency={baseCurrency} onClose={() => setOpened(null)} />
        ))}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete “${removing?.name ?? ""}”?`}
        description="It leaves the catalog and any bundle that holds it. You can restore it from Trash."
        confirmLabel="Delete"
      />
    </div>
  );
}
