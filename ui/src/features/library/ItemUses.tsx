// Where an item was used (shared with whom, for which deal, by whom, when) and how closed deals went
// with it against without it.
import { useNavigation } from "../../app/navigation-context";
import { useDisplayFormat } from "../../components/format-context";
import { formatExact } from "../../components/relative-time";
import type { ContentDetail, ContentUse, WinRate, WinRates } from "../../ipc/bindings";
import { dateTimeFormat } from "../../components/intl-formats";

export function ItemUses({ detail }: { detail: ContentDetail }) {
  return (
    <>
      <section aria-labelledby="content-uses-title">
        <h3 id="content-uses-title" className="contact-detail__section">
          Used
        </h3>
        {detail.uses.length === 0 ? (
          <p className="muted">Not shared yet. “Share with contact” logs it on their timeline and counts it here.</p>
        ) : (
          <ul className="content-uses" aria-labelledby="content-uses-title">
            {detail.uses.map((use) => (
              <UseRow key={use.id} use={use} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="content-win-title">
        <h3 id="content-win-title" className="contact-detail__section">
          Win rate
        </h3>
        <WinRateComparison rates={detail.win_rates} />
      </section>
    </>
  );
}

function UseRow({ use }: { use: ContentUse }) {
  const { openContact, openDeal } = useNavigation();
  const { locale, timeZone } = useDisplayFormat();
  const day = dateTimeFormat(locale, { timeZone, day: "numeric", month: "short" }).format(new Date(use.used_at));
  return (
    <li className="content-use">
      {use.kind === "proposal" ? "In a proposal for " : "Shared with "}
      {use.contact_id ? (
        <button type="button" className="link-button" onClick={() => openContact(use.contact_id!)}>
          {use.contact_name || "a contact"}
        </button>
      ) : (
        use.contact_name || "a contact"
      )}
      {use.deal_id && (
        <>
          {" · "}
          <button type="button" className="link-button" onClick={() => openDeal(use.deal_id!)}>
            {use.deal_name || "a deal"}
          </button>
        </>
      )}
      <span className="muted">
        {use.author_name && ` · by ${use.author_name}`} ·{" "}
        <time dateTime={use.used_at} title={formatExact(use.used_at, locale, timeZone)}>
          {day}
        </time>
      </span>
      {use.note && <p className="content-use__note">{use.note}</p>}
    </li>
  );
}

const percent = (rate: WinRate) => (rate.closed === 0 ? 0 : Math.round((rate.won / rate.closed) * 100));

/** "Won 7 of 10 closed deals where used (70%) vs 35% where not", with two bars to compare. */
export function WinRateComparison({ rates }: { rates: WinRates }) {
  const { with_item: used, without_item: without } = rates;
  if (used.closed === 0) return <p className="muted">Not used on a closed deal yet.</p>;
  const withPercent = percent(used);
  const withoutPercent = percent(without);
  return (
    <div className="win-rate">
      <p>
        Won {used.won} of {used.closed} closed {used.closed === 1 ? "deal" : "deals"} where used ({withPercent}%)
        {without.closed > 0 ? ` vs ${withoutPercent}% where not` : "; no closed deals without it to compare"}.
      </p>
      <div className="win-rate__bars" aria-hidden="true">
        <Bar label="With" value={withPercent} accent />
        {without.closed > 0 && <Bar label="Without" value={withoutPercent} />}
      </div>
    </div>
  );
}

function Bar({ label, value, accent = false }: { label: string; value: number; accent?: boolean }) {
  return (
    <div className="win-rate__row">
      <span className="win-rate__label">{label}</span>
      <span className="win-rate__track">
        <span className={`win-rate__fill${accent ? " win-rate__fill--accent" : ""}`} style={{ width: `${value}%` }} />
      </span>
      <span className="win-rate__value tabular">{value}%</span>
    </div>
  );
}
