// Settings → Catalog → Tax rates: the named rates products carry onto quotes.
import { Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { TableHead } from "../../components/TableHead";
import type { WorkspaceTaxRate } from "../../ipc/bindings";
import { ConfirmRemoval } from "../settings/ConfirmRemoval";
import { RowActions } from "../settings/RowActions";
import { SectionError, SectionLoading } from "../settings/SectionStatus";
import { percentOf } from "./catalog-labels";
import { useDeleteTaxRate, useTaxRates } from "./catalog-queries";
import { TaxRateDialog } from "./TaxRateDialog";

export function TaxRatesList({ mayEdit }: { mayEdit: boolean }) {
  const rates = useTaxRates();
  const remove = useDeleteTaxRate();
  const { locale } = useDisplayFormat();
  const [editing, setEditing] = useState<WorkspaceTaxRate | "new" | null>(null);
  const [removing, setRemoving] = useState<WorkspaceTaxRate | null>(null);

  return (
    <div className="catalog-part" role="group" aria-labelledby="catalog-tax-rates-title">
      <div className="catalog-part__head">
        <h3 id="catalog-tax-rates-title" className="catalog-part__title">
          Tax rates
        </h3>
        {mayEdit && (
          <Button size="small" onClick={() => setEditing("new")}>
            <Plus aria-hidden="true" />
            Add tax rate
          </Button>
        )}
      </div>
      {rates.isPending ? (
        <SectionLoading />
      ) : rates.isError ? (
        <SectionError what="tax rates" error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.length === 0 ? (
        <p className="muted">
          No tax rates yet.{" "}
          {mayEdit
            ? "Add each rate you charge — e.g. “VAT 20%” or “Reduced VAT 5.5%” — then choose them on your products."
            : "An admin or a sales manager adds them here."}
        </p>
      ) : (
        <table className="settings-table catalog-tax-rates">
          <TableHead columns={["Name", { label: "Rate", numeric: true }, "Status"]} actions={mayEdit} />
          <tbody>
            {rates.data.map((rate) => (
              <tr key={rate.id} className={rate.active ? undefined : "catalog-row--inactive"}>
                <td>{rate.name}</td>
                <td className="num tabular">{percentOf(rate.percent, locale)}</td>
                <td>
                  <span className={rate.active ? "chip chip--accent" : "chip"}>{rate.active ? "Active" : "Inactive"}</span>
                </td>
                {mayEdit && <RowActions name={rate.name} onEdit={() => setEditing(rate)} onDelete={() => setRemoving(rate)} />}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <TaxRateDialog rate={editing === "new" ? null : editing} onClose={() => setEditing(null)} />}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete the tax rate “${removing?.name ?? ""}”?`}
        description="Products that carry it stop listing it. You can restore it from Trash."
        confirmLabel="Delete"
      />
    </div>
  );
}
