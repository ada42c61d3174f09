// A contact's sequences on the contact page: where each stands, ending one, and starting another.
import { ListOrdered, Play } from "lucide-react";
import { useRef, useState } from "react";
import { useNavigation } from "../../app/navigation-context";
import { Button } from "../../components/Button";
import { ConfirmDialog } from "../../components/ConfirmDialog";
import { useDisplayFormat } from "../../components/format-context";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Enrollment, EnrollmentStatus } from "../../ipc/bindings";
import { formatDay } from "../deals/deal-format";
import { useContactEnrollments, useEndEnrollment, useSequences } from "./sequence-queries";
import { StartSequenceForm } from "./StartSequenceForm";
import "./sequences.css";

type Ending = { enrollment: Enrollment; status: Exclude<EnrollmentStatus, "active"> };

export function ContactSequences({ contactId, headingClassName }: { contactId: string; headingClassName: string }) {
  const enrollments = useContactEnrollments(contactId);
  const sequences = useSequences();
  const [starting, setStarting] = useState(false);
  const [ending, setEnding] = useState<Ending | null>(null);
  const headRef = useRef<HTMLDivElement>(null);
  const headingId = `sequences-of-${contactId}`;

  const activeIds = new Set(enrollments.data?.filter((e) => e.status === "active").map((e) => e.sequence_id));
  const available = sequences.data?.filter((s) => !activeIds.has(s.id)) ?? [];
  const activeCount = activeIds.size;

  function stopStarting() {
    setStarting(false);
    headRef.current?.querySelector<HTMLButtonElement>("button")?.focus();
  }

  const failed = enrollments.isError ? enrollments : sequences.isError ? sequences : null;

  return (
    <section className="contact-sequences" aria-labelledby={headingId}>
      <div ref={headRef} className="contact-sequences__head">
        <h3 id={headingId} className={headingClassName}>
          Sequences
          {activeCount > 0 && (
            <>
              {" "}
              <span className="contact-sequences__count tabular">{activeCount} active</span>
            </>
          )}
        </h3>
        {available.length > 0 && (
          <Button size="small" variant="ghost" aria-expanded={starting} onClick={() => setStarting((open) => !open)}>
            <Play aria-hidden="true" />
            Start a sequence
          </Button>
        )}
      </div>
      {starting && available.length > 0 && <StartSequenceForm contactId={contactId} sequences={available} onDone={stopStarting} />}
      {enrollments.isPending || sequences.isPending ? (
        <div className="contact-sequences__loading" aria-busy="true" aria-label="Loading sequences">
          <span className="skeleton" style={{ width: "50%" }} />
        </div>
      ) : failed ? (
        <p className="field__error" role="alert">
          Couldn’t load the sequences: {toAppError(failed.error).message}{" "}
          <Button size="small" variant="ghost" onClick={() => void failed.refetch()}>
            Try again
          </Button>
        </p>
      ) : sequences.data?.length === 0 && enrollments.data?.length === 0 ? (
        <NoSequencesYet />
      ) : enrollments.data?.length === 0 ? (
        <p className="muted">Not in any sequence. Start one to plan a series of follow-ups for this contact.</p>
      ) : (
        <ul className="contact-sequences__list" aria-label="Sequences">
          {enrollments.data?.map((enrollment) => (
            <EnrollmentRow key={enrollment.id} enrollment={enrollment} onEnd={(status) => setEnding({ enrollment, status })} />
          ))}
        </ul>
      )}
      <EndEnrollmentDialog ending={ending} onClose={() => setEnding(null)} />
    </section>
  );
}

function NoSequencesYet() {
  const { go } = useNavigation();
  return (
    <p className="muted contact-sequences__empty">
      <ListOrdered size={13} aria-hidden="true" />
      No sequences yet. Create one in Settings, then start it here to plan a series of calls and e-mails.
      <Button size="small" variant="ghost" onClick={() => go("settings")}>
        Open Settings
      </Button>
    </p>
  );
}

const statusPills: Record<EnrollmentStatus, { label: string; className: string }> = {
  active: { label: "Active", className: "chip chip--accent" },
  replied: { label: "Replied", className: "chip enrollment-status--replied" },
  stopped: { label: "Stopped", className: "chip" },
};

function EnrollmentRow({ enrollment, onEnd }: { enrollment: Enrollment; onEnd: (status: Ending["status"]) => void }) {
  const { locale } = useDisplayFormat();
  const active = enrollment.status === "active";
  const pill = statusPills[enrollment.status];
  // Once ended, its open tasks are cancelled: only the done ones still count.
  const progress = active
    ? `${enrollment.done_tasks} of ${enrollment.done_tasks + enrollment.open_tasks} done`
    : `${enrollment.done_tasks} done`;

  return (
    <li className="enrollment">
      <span className="enrollment__name">{enrollment.sequence_name}</span>
      <span className="enrollment__facts tabular">
        Started {formatDay(enrollment.started_on, locale)} · {progress}
      </span>
      <span className={pill.className}>{pill.label}</span>
      <span className="enrollment__actions">
        {active && (
          <>
            <Button size="small" variant="ghost" onClick={() => onEnd("replied")} aria-label={`Mark as replied: ${enrollment.sequence_name}`}>
              Mark as replied
            </Button>
            <Button size="small" variant="ghost" onClick={() => onEnd("stopped")} aria-label={`Stop ${enrollment.sequence_name}`}>
              Stop
            </Button>
          </>
        )}
      </span>
    </li>
  );
}

function EndEnrollmentDialog({ ending, onClose }: { ending: Ending | null; onClose: () => void }) {
  const end = useEndEnrollment();
  const toast = useToast();
  const name = ending?.enrollment.sequence_name ?? "";
  const open = ending?.enrollment.open_tasks ?? 0;
  const tasks = open === 0 ? "It has no open tasks left." : open === 1 ? "Its open task is cancelled." : `Its ${open} open tasks are cancelled.`;
  const replied = ending?.status === "replied";

  return (
    <ConfirmDialog
      open={ending !== null}
      onOpenChange={(o) => !o && onClose()}
      title={replied ? `Mark “${name}” as replied?` : `Stop “${name}”?`}
      description={`The sequence ends for this contact. ${tasks}`}
      confirmLabel={replied ? "Mark as replied" : "Stop sequence"}
      danger={!replied}
      busy={end.isPending}
      onConfirm={() => {
        if (!ending) return;
        end.mutate(
          { id: ending.enrollment.id, status: ending.status },
          {
            onSuccess: () => toast({ message: replied ? `“${name}” ended: the contact replied` : `“${name}” stopped` }),
            onError: (error) => toast({ message: toAppError(error).message, tone: "error" }),
            onSettled: onClose,
          },
        );
      }}
    />
  );
}
