// "Set campaign…" on the contact list and on a pipeline's deal table: one campaign as the original
// or latest touch of every record the list shows (its search and filter, so a saved view too), as
// one undoable change.
import { Megaphone } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useUndo } from "../../app/use-undo";
import { Button } from "../../components/Button";
import { useDisplayFormat } from "../../components/format-context";
import { Modal } from "../../components/Modal";
import { SegmentedChoice } from "../../components/SegmentedChoice";
import { SelectField } from "../../components/SelectField";
import { useToast } from "../../components/toast-context";
import { toAppError } from "../../ipc/app-error";
import type { Touch } from "../../ipc/bindings";
import { useCampaigns, useSetListCampaign, type CampaignTarget } from "./campaign-queries";
import { formatCount } from "../../components/intl-formats";
import "./campaigns.css";

const touchOptions: { value: Touch; label: string }[] = [
  { value: "first", label: "Original campaign" },
  { value: "last", label: "Latest campaign" },
];

export function SetCampaignButton({ target, count }: { target: CampaignTarget; count: number | undefined }) {
  const [open, setOpen] = useState(false);
  const empty = count === 0;
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={empty} title={empty ? "The list is empty" : `Set a campaign on every ${noun(target)} shown`}>
        <Megaphone aria-hidden="true" />
        <span className="btn__label btn__label--wide-only">Set campaign…</span>
      </Button>
      {open && <SetCampaignDialog target={target} count={count} onClose={() => setOpen(false)} />}
    </>
  );
}

/** "contact" or "deal". */
const noun = (target: CampaignTarget) => (target.table === "contacts" ? "contact" : "deal");

function SetCampaignDialog({ target, count, onClose }: { target: CampaignTarget; count: number | undefined; onClose: () => void }) {
  const campaigns = useCampaigns();
  const apply = useSetListCampaign();
  const toast = useToast();
  const undo = useUndo();
  const { locale } = useDisplayFormat();
  const [touch, setTouch] = useState<Touch>("first");
  const [campaignId, setCampaignId] = useState("");
  const [error, setError] = useState<string | undefined>();
  const records = `${noun(target)}s`;
  const shown = count === undefined ? `the ${records} shown` : `the ${formatCount(count, locale)} ${records} shown`;
  const list = campaigns.data ?? [];

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!campaignId) {
      setError("Pick a campaign, or “No campaign” to clear it.");
      return;
    }
    const id = campaignId === "none" ? null : campaignId;
    apply.mutate(
      { target, touch, campaignId: id },
      {
        onSuccess: ({ matched, changed }) => {
          onClose();
          const which = touch === "first" ? "original" : "latest";
          const name = list.find((c) => c.id === id)?.name;
          const message = name
            ? `${name} is now the ${which} campaign of ${changed} of ${matched} ${records}`
            : `Cleared the ${which} campaign of ${changed} ${records}`;
          toast({ message, action: { label: "Undo", onClick: () => void undo() } });
        },
        onError: (failure) => setError(toAppError(failure).message),
      },
    );
  }

  return (
    <Modal open onOpenChange={(next) => !next && onClose()} title="Set campaign" description={`Applies to ${shown}, as one change you can undo.`}>
      <form onSubmit={submit} className="set-campaign" noValidate>
        <SegmentedChoice label="Which campaign" options={touchOptions} value={touch} onValueChange={setTouch} />
        <p className="set-campaign__hint">
          {touch === "first"
            ? `The campaign that brought them in. ${target.table === "contacts" ? "Contacts" : "Deals"} without a latest campaign get this one as their latest too.`
            : target.table === "contacts"
              ? "The latest campaign they answered. Their original campaign stays as it is."
              : "The latest campaign that touched the deal. Its original campaign stays as it is."}
        </p>
        {campaigns.isSuccess && list.length === 0 ? (
          <p className="muted">No campaigns yet: add one under Campaigns (G then M) first.</p>
        ) : (
          <SelectField
            id="set-campaign-campaign"
            label="Campaign"
            value={campaignId}
            onValueChange={(value) => {
              setCampaignId(value);
              setError(undefined);
            }}
            options={[{ value: "", label: "Pick a campaign…" }, ...list.map((c) => ({ value: c.id, label: c.name })), { value: "none", label: "No campaign (clear it)" }]}
            error={error}
          />
        )}
        <div className="dialog__actions">
          <Button onClick={onClose}>Cancel</Button>
          <Button type="submit" variant="primary" disabled={apply.isPending || list.length === 0}>
            Apply to {count === undefined ? "list" : formatCount(count, locale)}
          </Button>
        </div>
      </form>
    </Modal>
  );
}
