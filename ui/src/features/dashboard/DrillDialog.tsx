// The records behind one dashboard figure: contacts or deals, each opening its page.
import { useQuery } from "@tanstack/react-query";
import { useVirtualizer } from "@tanstack/react-virtual";
import { Handshake, User } from "lucide-react";
import { useRef } from "react";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { Modal } from "../../components/Modal";
import { useNavigation } from "../../app/navigation-context";
import type { DashboardFilter, DashboardRecord } from "../../ipc/bindings";
import { dashboardRecordsQuery } from "./dashboard-queries";
import { formatDay } from "../deals/deal-format";
import { count, money } from "./dashboard-format";

const rowHeight = 44;

export function DrillDialog({
  filter,
  drill,
  title,
  currency,
  onClose,
}: {
  filter: DashboardFilter;
  drill: string;
  title: string;
  currency: string;
  onClose: () => void;
}) {
  const { locale } = useDisplayFormat();
  const records = useQuery(dashboardRecordsQuery(filter, drill));
  const list = records.data?.records ?? [];
  const heading = records.data ? `${title} · ${count(list.length, locale)}` : title;
  return (
    <Modal open onOpenChange={(open) => !open && onClose()} title={heading} wide>
      {records.isError && <ErrorState title="Couldn’t load these records" error={records.error} onRetry={() => void records.refetch()} />}
      {!records.data && !records.isError && <p className="drill__status">Loading…</p>}
      {records.data && list.length === 0 && <p className="drill__status">No records stand behind this figure.</p>}
      {list.length > 0 && <RecordList records={list} currency={currency} locale={locale} onOpened={onClose} />}
    </Modal>
  );
}

function RecordList({
  records,
  currency,
  locale,
  onOpened,
}: {
  records: DashboardRecord[];
  currency: string;
  locale: string;
  onOpened: () => void;
}) {
  const { openContact, openDeal } = useNavigation();
  const scroller = useRef<HTMLDivElement>(null);
  const rows = useVirtualizer({ count: records.length, getScrollElement: () => scroller.current, estimateSize: () => rowHeight, overscan: 8 });
  return (
    <div ref={scroller} className="drill__list" role="list" aria-label="Records" data-virtual-viewport>
      <div style={{ height: rows.getTotalSize(), position: "relative" }}>
        {rows.getVirtualItems().map((row) => {
          const record = records[row.index]!;
          const Icon = record.table === "deals" ? Handshake : User;
          return (
            <div key={record.id} role="listitem" className="drill__row" style={{ transform: `translateY(${row.start}px)`, height: rowHeight }}>
              <button
                type="button"
                className="drill__open"
                onClick={() => {
                  onOpened();
                  if (record.table === "deals") openDeal(record.id);
                  else openContact(record.id);
                }}
              >
                <Icon size={14} aria-hidden="true" className="drill__icon" />
                <span className="drill__text">
                  <span className="drill__title">{record.title}</span>
                  {record.subtitle && <span className="drill__subtitle">{record.subtitle}</span>}
                </span>
                {record.amount && <span className="drill__amount">{recordAmount(record.amount, currency, locale)}</span>}
                {record.at && <span className="drill__at">{formatDay(record.at, locale)}</span>}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** Amounts come in the base currency, or as entered ("1200.00 CHF") when no rate converts them. */
function recordAmount(amount: string, currency: string, locale: string): string {
  const [value, own] = amount.split(" ");
  return money(value ?? "", own ?? currency, locale);
}
