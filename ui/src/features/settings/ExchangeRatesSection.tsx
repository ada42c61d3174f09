// Rates that convert other currencies into the base currency, each valid from a date.
import { Pencil, Plus } from "lucide-react";
import { useState } from "react";
import { Button } from "../../components/Button";
import { TableHead } from "../../components/TableHead";
import type { ExchangeRate } from "../../ipc/bindings";
import { ConfirmRemoval } from "./ConfirmRemoval";
import { ExchangeRateDialog } from "./ExchangeRateDialog";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useDeleteExchangeRate, useExchangeRates, useSettings } from "./settings-queries";

export function ExchangeRatesSection() {
  const rates = useExchangeRates();
  const settings = useSettings();
  const remove = useDeleteExchangeRate();
  const [editing, setEditing] = useState<ExchangeRate | "new" | null>(null);
  const [removing, setRemoving] = useState<ExchangeRate | null>(null);
  const base = settings.data?.base_currency ?? "";

  return (
    <SettingsSection
      id="settings-rates"
      title="Exchange rates"
      description={
        base
          ? `Each rate reads “1 <currency> = rate ${base} from date”. Amounts in other currencies convert to ${base} with the rate valid on their date.`
          : "Each rate reads “1 <currency> = rate <base currency> from date”."
      }
      actions={
        <Button size="small" onClick={() => setEditing("new")} disabled={!base}>
          <Plus aria-hidden="true" />
          Add rate
        </Button>
      }
    >
      {rates.isPending ? (
        <SectionLoading />
      ) : rates.isError ? (
        <SectionError what="exchange rates" error={rates.error} onRetry={() => void rates.refetch()} />
      ) : rates.data.length === 0 ? (
        <p className="muted">No exchange rates yet. Add one for each currency you quote or invoice in besides {base || "the base currency"}.</p>
      ) : (
        <table className="settings-table">
          <TableHead columns={["Currency", { label: `Rate to ${base}`, numeric: true }, "Valid from"]} />
          <tbody>
            {rates.data.map((rate) => (
              <tr key={rate.id}>
                <td>{rate.currency}</td>
                <td className="num tabular" title={`1 ${rate.currency} = ${rate.rate} ${base}`}>
                  {rate.rate}
                </td>
                <td className="tabular">{rate.valid_from}</td>
                <td className="settings-table__actions">
                  <Button size="small" variant="ghost" onClick={() => setEditing(rate)} aria-label={`Edit ${rate.currency} rate from ${rate.valid_from}`}>
                    <Pencil aria-hidden="true" />
                  </Button>
                  <Button size="small" variant="ghost" onClick={() => setRemoving(rate)} aria-label={`Delete ${rate.currency} rate from ${rate.valid_from}`}>
                    Delete
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && base && (
        <ExchangeRateDialog rate={editing === "new" ? null : editing} baseCurrency={base} onClose={() => setEditing(null)} />
      )}
      <ConfirmRemoval
        target={removing}
        onClose={() => setRemoving(null)}
        remove={remove}
        title={`Delete the ${removing?.currency ?? ""} rate from ${removing?.valid_from ?? ""}?`}
        description="Amounts dated after it will use the previous rate for this currency, if there is one."
        confirmLabel="Delete"
      />
    </SettingsSection>
  );
}
