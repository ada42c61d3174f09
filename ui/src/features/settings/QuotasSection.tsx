// Quotas: how much each owner should win per fiscal quarter, in the base currency. The quarters
// follow the workspace's fiscal year; admins and sales managers set them.
import { useState } from "react";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { formatMoney } from "../../components/format-money";
import { SelectField } from "../../components/SelectField";
import { useToast } from "../../components/toast-context";
import { TableHead } from "../../components/TableHead";
import { toAppError } from "../../ipc/app-error";
import type { Member, Quota, QuotaBoard, QuarterChoice } from "../../ipc/bindings";
import { keepsTeams, useDeleteQuota, useQuotaBoard, useSetQuota } from "./sales-queries";
import { SectionError, SectionLoading } from "./SectionStatus";
import { SettingsSection } from "./SettingsSection";
import { useMembers, useProfile } from "./settings-queries";

export function QuotasSection() {
  const board = useQuotaBoard();
  const members = useMembers();
  const profile = useProfile();
  const canEdit = keepsTeams(profile.data?.role ?? "admin");
  const [picked, setPicked] = useState<number | null>(null);

  return (
    <SettingsSection
      id="settings-quotas"
      title="Quotas"
      description={
        board.data
          ? `What each owner should win per fiscal quarter, in ${board.data.base_currency}. The dashboard shows attainment against it.${canEdit ? "" : " Only admins and sales managers set quotas."}`
          : "What each owner should win per fiscal quarter."
      }
    >
      {board.isPending || members.isPending ? (
        <SectionLoading />
      ) : board.isError ? (
        <SectionError what="quotas" error={board.error} onRetry={() => void board.refetch()} />
      ) : members.isError ? (
        <SectionError what="members" error={members.error} onRetry={() => void members.refetch()} />
      ) : (
        <QuotaTable board={board.data} members={members.data} canEdit={canEdit} index={picked ?? board.data.current} onPick={setPicked} />
      )}
    </SettingsSection>
  );
}

function QuotaTable({
  board,
  members,
  canEdit,
  index,
  onPick,
}: {
  board: QuotaBoard;
  members: Member[];
  canEdit: boolean;
  index: number;
  onPick: (index: number) => void;
}) {
  const quarter = board.quarters[index] ?? board.quarters[board.current];
  if (!quarter) return <p className="muted">No quarters to show.</p>;
  const inQuarter = board.quotas.filter((q) => q.starts_on === quarter.starts_on && q.ends_on === quarter.ends_on);
  const options = board.quarters.map((q, i) => ({
    value: String(i),
    label: `${q.label}${i === board.current ? " (this quarter)" : ""} · ${q.starts_on} – ${q.ends_on}`,
  }));
  return (
    <>
      <SelectField id="quota-quarter" label="Quarter" value={String(index)} onValueChange={(value) => onPick(Number(value))} options={options} className="quota-quarter" />
      {members.length === 0 ? (
        <p className="muted">Add members first: quotas belong to the people who own deals.</p>
      ) : (
        <table className="settings-table">
          <TableHead columns={["Owner", { label: `Quota (${board.base_currency})`, numeric: true }]} />
          <tbody>
            {members.map((member) => (
              <QuotaRow
                key={`${member.id}-${quarter.starts_on}`}
                member={member}
                quarter={quarter}
                quota={inQuarter.find((q) => q.owner_id === member.id) ?? null}
                currency={board.base_currency}
                canEdit={canEdit}
              />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function QuotaRow({
  member,
  quarter,
  quota,
  currency,
  canEdit,
}: {
  member: Member;
  quarter: QuarterChoice;
  quota: Quota | null;
  currency: string;
  canEdit: boolean;
}) {
  const { locale } = useDisplayFormat();
  const [amount, setAmount] = useState(quota?.amount ?? "");
  const [error, setError] = useState<string | undefined>();
  const set = useSetQuota();
  const remove = useDeleteQuota();
  const toast = useToast();
  const changed = amount.trim() !== (quota?.amount ?? "");

  function save() {
    set.mutate(
      { owner_id: member.id, fiscal_year: quarter.fiscal_year, quarter: quarter.quarter, amount: amount.trim() },
      {
        onSuccess: () => setError(undefined),
        onError: (failure) => {
          const appError = toAppError(failure);
          setError(appError.fields.find((f) => f.field === "amount")?.message ?? appError.message);
        },
      },
    );
  }

  if (!canEdit) {
    return (
      <tr>
        <td>{member.name}</td>
        <td className="num tabular">{quota ? formatMoney(quota.amount, currency, locale) : <span className="muted">No quota</span>}</td>
        <td />
      </tr>
    );
  }
  const inputId = `quota-${member.id}`;
  return (
    <tr>
      <td>
        <label htmlFor={inputId}>{member.name}</label>
      </td>
      <td className="num">
        <input
          id={inputId}
          className="input quota-input tabular"
          inputMode="decimal"
          value={amount}
          placeholder="No quota"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${inputId}-error` : undefined}
          onChange={(e) => (setAmount(e.target.value), setError(undefined))}
          onKeyDown={(e) => {
            if (e.key === "Enter" && changed && amount.trim()) {
              e.preventDefault();
              save();
            }
          }}
        />
        {error && (
          <span id={`${inputId}-error`} className="field__error" role="alert">
            {error}
          </span>
        )}
      </td>
      <td className="settings-table__actions">
        {changed && amount.trim() && (
          <Button size="small" variant="primary" onClick={save} disabled={set.isPending}>
            Save
          </Button>
        )}
        {quota && !changed && (
          <Button
            size="small"
            variant="ghost"
            aria-label={`Remove ${member.name}’s quota for ${quarter.label}`}
            disabled={remove.isPending}
            onClick={() => remove.mutate(quota.id, { onSuccess: () => setAmount(""), onError: (failure) => toast({ message: toAppError(failure).message, tone: "error" }) })}
          >
            Remove
          </Button>
        )}
      </td>
    </tr>
  );
}
