// Possible duplicate contacts, group by group: review and merge a pair, or mark it as two people.
import { useVirtualizer } from "@tanstack/react-virtual";
import { ArrowLeft, AtSign, CopyCheck, GitMerge, Phone, UserX, Users } from "lucide-react";
import { useRef, useState, type ReactNode } from "react";
import { useNavigation } from "../../app/navigation-context";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { EmptyState } from "../../components/EmptyState";
import { ErrorState } from "../../components/ErrorState";
import { useDisplayFormat } from "../../components/format-context";
import { RelativeTime } from "../../components/RelativeTime";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { DuplicateCandidate, DuplicateGroup } from "../../ipc/bindings";
import { contactName } from "../contacts/contact-name";
import { useDismissDuplicate, useDuplicateScan } from "./duplicate-queries";
import { reasonText } from "./duplicate-reason";
import { MergeDialog, type Pair } from "./MergeDialog";
import { formatCount } from "../../components/intl-formats";
import "./duplicates.css";

// Fixed heights (kept in step with duplicates.css) let the virtualizer place groups without measuring.
const headHeight = 44;
const contactHeight = 32;
const groupPadding = 9; // 8 px below the last contact and the 1 px hairline

const groupId = (group: DuplicateGroup) => `${group.reason}:${group.key}`;
const groupHeight = (group: DuplicateGroup) => headHeight + group.contacts.length * contactHeight + groupPadding;

export function DuplicatesScreen() {
  const navigation = useNavigation();
  const { locale } = useDisplayFormat();
  const scan = useDuplicateScan();
  const dismiss = useDismissDuplicate();
  const toast = useToast();
  const undo = useUndo();
  const [reviewing, setReviewing] = useState<Pair | null>(null);
  // For groups of three or more: the two contacts the user picked, by group.
  const [picked, setPicked] = useState<Record<string, string[]>>({});

  const pairOf = (group: DuplicateGroup): string[] =>
    picked[groupId(group)] ?? group.contacts.slice(0, 2).map((c) => c.id);

  function onDismiss(group: DuplicateGroup) {
    const [a, b] = pairOf(group);
    if (!a || !b) return;
    dismiss.mutate(
      { a, b },
      {
        onSuccess: () =>
          toast({ message: "Marked as not duplicates", action: { label: "Undo", onClick: () => void undo() } }),
        onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
      },
    );
  }
  const data = scan.data;

  return (
    <section className="duplicates" aria-labelledby="duplicates-title">
      <header className="screen-header">
        <Button variant="ghost" size="small" onClick={() => navigation.go("contacts")} title="Back to Contacts">
          <ArrowLeft aria-hidden="true" />
          Contacts
        </Button>
        <h1 id="duplicates-title" className="screen-header__title">
          Possible duplicates
        </h1>
        {data && data.total > 0 && (
          <span className="screen-header__count tabular">
            {formatCount(data.total, locale)} {data.total === 1 ? "group" : "groups"}
            {data.total > data.groups.length && ` · showing the first ${formatCount(data.groups.length, locale)}`}
          </span>
        )}
      </header>
      {scan.isPending ? (
        <DuplicatesSkeleton />
      ) : scan.isError ? (
        <ErrorState
          title="Couldn’t look for duplicates"
          error={scan.error}
          onRetry={() => void scan.refetch()}
        />
      ) : scan.data.groups.length === 0 ? (
        <EmptyState icon={<CopyCheck size={20} aria-hidden="true" />} title="No possible duplicates">
          Tandem checks e-mails, phones and similar names at the same company. When two contacts look like the
          same person, they show up here to review and merge.
        </EmptyState>
      ) : (
        <GroupList
          groups={scan.data.groups}
          pairOf={pairOf}
          onPick={(group, ids) => setPicked((all) => ({ ...all, [groupId(group)]: ids }))}
          onReview={(group) => {
            const [a, b] = pairOf(group);
            if (a && b) setReviewing([a, b]);
          }}
          onDismiss={onDismiss}
          dismissing={dismiss.isPending}
        />
      )}
      <MergeDialog
        pair={reviewing}
        onOpenChange={(open) => !open && setReviewing(null)}
        onMerged={(kept) => {
          setReviewing(null);
          toast({ message: `Merged into ${contactName(kept)}`, action: { label: "Undo", onClick: () => void undo() } });
        }}
      />
    </section>
  );
}

function GroupList({
  groups,
  pairOf,
  onPick,
  onReview,
  onDismiss,
  dismissing,
}: {
  groups: DuplicateGroup[];
  pairOf: (group: DuplicateGroup) => string[];
  onPick: (group: DuplicateGroup, ids: string[]) => void;
  onReview: (group: DuplicateGroup) => void;
  onDismiss: (group: DuplicateGroup) => void;
  dismissing: boolean;
}) {
  const viewport = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: groups.length,
    getScrollElement: () => viewport.current,
    estimateSize: (index) => (groups[index] ? groupHeight(groups[index]) : headHeight),
    getItemKey: (index) => (groups[index] ? groupId(groups[index]) : index),
    overscan: 4,
  });

  return (
    <div ref={viewport} className="duplicates__list" data-virtual-viewport="" aria-label="Possible duplicates" role="region">
      <div className="duplicates__sizer" style={{ height: virtualizer.getTotalSize() }}>
        {virtualizer.getVirtualItems().map((item) => {
          const group = groups[item.index];
          if (!group) return null;
          return (
            <GroupCard
              key={item.key}
              group={group}
              top={item.start}
              height={groupHeight(group)}
              pair={pairOf(group)}
              onPick={(ids) => onPick(group, ids)}
              onReview={() => onReview(group)}
              onDismiss={() => onDismiss(group)}
              dismissing={dismissing}
            />
          );
        })}
      </div>
    </div>
  );
}

const reasonIcons = { same_email: AtSign, same_phone: Phone, similar_name: Users };

function GroupCard({
  group,
  top,
  height,
  pair,
  onPick,
  onReview,
  onDismiss,
  dismissing,
}: {
  group: DuplicateGroup;
  top: number;
  height: number;
  pair: string[];
  onPick: (ids: string[]) => void;
  onReview: () => void;
  onDismiss: () => void;
  dismissing: boolean;
}) {
  const reason = reasonText(group);
  const Icon = reasonIcons[group.reason];
  const choosing = group.contacts.length > 2;
  const ready = pair.length === 2;

  function toggle(id: string, on: boolean) {
    // Picking a third contact lets go of the earliest pick, so two stay picked.
    onPick(on ? [...pair.filter((p) => p !== id), id].slice(-2) : pair.filter((p) => p !== id));
  }

  return (
    <section
      role="group"
      aria-label={reason}
      className="dup-group"
      style={{ transform: `translateY(${top}px)`, height }}
    >
      <div className="dup-group__head">
        <Icon size={14} aria-hidden="true" className="dup-group__icon" />
        <span className="dup-group__reason">{reason}</span>
        <span className="dup-group__count tabular">
          {group.contacts.length} contacts{choosing && ready ? " · comparing the two ticked" : choosing ? " · tick two to compare" : ""}
        </span>
        <span className="screen-header__spacer" />
        <Button size="small" variant="primary" onClick={onReview} disabled={!ready}>
          <GitMerge aria-hidden="true" />
          Review &amp; merge
        </Button>
        <Button size="small" onClick={onDismiss} disabled={!ready || dismissing} title="These are different people; stop suggesting them">
          <UserX aria-hidden="true" />
          Not duplicates
        </Button>
      </div>
      <ul className="dup-group__contacts" aria-label={`Contacts with ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`}>
        {group.contacts.map((contact) => (
          <ContactLine
            key={contact.id}
            contact={contact}
            reason={group.reason}
            checkbox={
              choosing ? (
                <input
                  type="checkbox"
                  aria-label={`Compare ${contact.name}`}
                  checked={pair.includes(contact.id)}
                  onChange={(e) => toggle(contact.id, e.target.checked)}
                />
              ) : null
            }
          />
        ))}
      </ul>
    </section>
  );
}

function ContactLine({
  contact,
  reason,
  checkbox,
}: {
  contact: DuplicateCandidate;
  reason: DuplicateGroup["reason"];
  checkbox: ReactNode;
}) {
  const { openContact } = useNavigation();
  const role = [contact.title, contact.company_name].filter(Boolean).join(" · ");
  const cell = (shared: boolean) => `dup-contact__cell${shared ? " dup-contact__cell--shared" : ""}`;
  return (
    <li className={`dup-contact${checkbox ? " dup-contact--choosing" : ""}`}>
      {checkbox && <span className="dup-contact__pick">{checkbox}</span>}
      <button type="button" className="dup-contact__name" onClick={() => openContact(contact.id)} title="Open this contact">
        {contact.name}
      </button>
      <span className={cell(false)}>{role || <span className="muted">—</span>}</span>
      <span className={cell(reason === "same_email")}>{contact.email || <span className="muted">—</span>}</span>
      <span className={`${cell(reason === "same_phone")} tabular`}>{contact.phone_display || <span className="muted">—</span>}</span>
      <span className="dup-contact__cell dup-contact__updated">
        <RelativeTime iso={contact.updated_at} />
      </span>
    </li>
  );
}

function DuplicatesSkeleton() {
  return (
    <div className="duplicates__list" aria-busy="true" aria-label="Looking for duplicates">
      {[0, 1, 2, 3].map((i) => (
        <div key={i} className="dup-group dup-group--static">
          <div className="dup-group__head">
            <span className="skeleton" style={{ width: 180 }} />
          </div>
          {[0, 1].map((j) => (
            <div key={j} className="dup-contact">
              <span className="skeleton" style={{ width: "70%" }} />
              <span className="skeleton" style={{ width: "60%" }} />
              <span className="skeleton" style={{ width: "80%" }} />
            </div>
          ))}
        </div>
      ))}
    </div>
  );
}
